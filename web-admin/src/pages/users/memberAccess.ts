import type { MemberSpecialtyInput, MemberUnitInput } from '../../gql/graphql';

/** A member's access as the invite and edit forms hold it. */
export interface MemberAccess {
  /** Organization-wide role keys. */
  roles: string[];
  /** Units they work in, each with roles they hold only there. */
  units: { unitId: string; roles: string[] }[];
  specialties: { key: string; registrationNumber: string }[];
}

export const NO_ACCESS: MemberAccess = { roles: [], units: [], specialties: [] };

/** The form's access as the API's input lists (a blank registration number is none). */
export function accessInput(access: MemberAccess): {
  roles: string[];
  units: MemberUnitInput[];
  specialties: MemberSpecialtyInput[];
} {
  return {
    roles: access.roles,
    units: access.units.map(({ unitId, roles }) => ({ unitId, roles })),
    specialties: access.specialties.map(({ key, registrationNumber }) => ({
      key,
      registrationNumber: registrationNumber.trim() || null,
    })),
  };
}

/** A member as the API describes them, in the form's shape. */
export function accessOf(member: {
  roles: string[];
  units: { unitId: string; roles: string[] }[];
  specialties: { key: string; registrationNumber?: string | null }[];
}): MemberAccess {
  return {
    roles: [...member.roles],
    units: member.units.map(({ unitId, roles }) => ({ unitId, roles: [...roles] })),
    specialties: member.specialties.map(({ key, registrationNumber }) => ({
      key,
      registrationNumber: registrationNumber ?? '',
    })),
  };
}

/** The field a form shows the error of an API input path at (`input.specialties.1.registrationNumber`). */
export function accessFieldOf(path: string, access: MemberAccess): string | undefined {
  const relative = path.replace(/^input\./, '');
  const registration = /^specialties\.(\d+)\.registrationNumber$/.exec(relative);
  if (registration) {
    const key = access.specialties[Number(registration[1])]?.key;
    return key ? `registration.${key}` : 'specialties';
  }
  const unitRoles = /^units\.(\d+)\.roles/.exec(relative);
  if (unitRoles) {
    const unitId = access.units[Number(unitRoles[1])]?.unitId;
    return unitId ? `unitRoles.${unitId}` : 'units';
  }
  return relative.split('.')[0];
}

/** What the database accepts as a registration number (member_specialty CHECK). */
const REGISTRATION_NUMBER = /^[A-Za-z0-9-]{2,30}$/;

/** Why the access cannot be saved, as message keys by field (empty when it can). */
export function accessProblems(
  access: MemberAccess,
): Record<string, 'roleRequired' | 'registrationFormat'> {
  const problems: Record<string, 'roleRequired' | 'registrationFormat'> = {};
  // A member needs a role somewhere: in the whole organization or in one of their units.
  if (access.roles.length === 0 && access.units.every((unit) => unit.roles.length === 0))
    problems.roles = 'roleRequired';
  for (const { key, registrationNumber } of access.specialties) {
    const number = registrationNumber.trim();
    if (number && !REGISTRATION_NUMBER.test(number))
      problems[`registration.${key}`] = 'registrationFormat';
  }
  return problems;
}
