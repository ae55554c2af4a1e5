import { pickLocale } from '@reha/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoleChoices, useSpecialties } from '../../api/useMembers';
import { useOrgUnits } from '../../api/useOrgUnits';

export interface Choice {
  value: string;
  label: string;
}

/**
 * What a member's roles, units and specialties are chosen from, with names in the UI language.
 * A role the list cannot name (the roles query needs role.manage) shows by its key.
 */
export function useMemberChoices() {
  const { i18n } = useTranslation();
  const roles = useRoleChoices();
  const units = useOrgUnits();
  const specialties = useSpecialties();
  const locale = pickLocale(i18n.language);

  return useMemo(() => {
    const roleNames = new Map(roles.data?.map((role) => [role.key, role.names[locale]]));
    const roleOptions: Choice[] = (roles.data ?? []).map((role) => ({
      value: role.key,
      label: role.names[locale],
    }));
    // The path tells apart units of the same name in different places ("Tartu › Noored").
    const unitOptions: Choice[] = (units.data ?? []).map((unit) => ({
      value: unit.id,
      label: unit.path.join(' › '),
    }));
    return {
      roleName: (key: string) => roleNames.get(key) ?? key,
      roleOptions,
      unitOptions,
      units: units.data ?? [],
      specialties: specialties.data ?? [],
      /** The first failed list, if any: the form says it could not load its choices. */
      error: roles.error ?? units.error ?? specialties.error,
    };
  }, [
    locale,
    roles.data,
    roles.error,
    units.data,
    units.error,
    specialties.data,
    specialties.error,
  ]);
}
