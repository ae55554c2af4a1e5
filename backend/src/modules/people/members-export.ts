import type { Locale } from '@reha/shared';
import type { ExportColumn, ExportRow } from '../../core/export/export-column';
import type { Member, MemberStatus } from './dto/member.type';

type Labels = Record<Locale, string>;

/** The most rows one members export may hold; beyond it the caller narrows the filter. */
export const MEMBERS_EXPORT_MAX_ROWS = 50_000;

export const MEMBERS_SHEET_NAME: Labels = { et: 'Kasutajad', en: 'Members', ru: 'Сотрудники' };

const COLUMNS: Array<[string, Labels]> = [
  ['displayName', { et: 'Nimi', en: 'Name', ru: 'Имя' }],
  ['email', { et: 'E-post', en: 'E-mail', ru: 'Эл. почта' }],
  ['status', { et: 'Olek', en: 'Status', ru: 'Статус' }],
  ['roles', { et: 'Rollid', en: 'Roles', ru: 'Роли' }],
  ['units', { et: 'Üksused', en: 'Units', ru: 'Подразделения' }],
  ['specialties', { et: 'Erialad', en: 'Specialties', ru: 'Специальности' }],
  ['invitedAt', { et: 'Kutsutud', en: 'Invited', ru: 'Приглашён' }],
  ['acceptedAt', { et: 'Liitus', en: 'Joined', ru: 'Присоединился' }],
  ['deactivatedAt', { et: 'Deaktiveeritud', en: 'Deactivated', ru: 'Деактивирован' }],
  ['createdAt', { et: 'Loodud', en: 'Created', ru: 'Создан' }],
];

const STATUS_LABELS: Record<MemberStatus, Labels> = {
  ACTIVE: { et: 'aktiivne', en: 'active', ru: 'активен' },
  INVITED: { et: 'kutsutud', en: 'invited', ru: 'приглашён' },
  DEACTIVATED: { et: 'deaktiveeritud', en: 'deactivated', ru: 'деактивирован' },
};

/** The member fields an export holds (named in its audit event). */
export const MEMBERS_EXPORT_FIELDS = ['email', 'display_name', 'roles', 'units', 'specialties'];

export function membersExportColumns(locale: Locale): ExportColumn[] {
  return COLUMNS.map(([key, labels]) => ({ key, header: labels[locale] }));
}

/** One spreadsheet row per member: lists joined with "; ", role keys as the role's name. */
export function memberExportRow(
  member: Member,
  locale: Locale,
  roleNames: Map<string, string>,
): ExportRow {
  const role = (key: string) => roleNames.get(key) ?? key;
  return {
    displayName: member.displayName,
    email: member.email,
    status: STATUS_LABELS[member.status][locale],
    roles: member.roles.map(role).join('; '),
    units: member.units
      .map((u) => (u.roles.length ? `${u.name} (${u.roles.map(role).join(', ')})` : u.name))
      .join('; '),
    specialties: member.specialties
      .map((s) => (s.registrationNumber ? `${s.name} ${s.registrationNumber}` : s.name))
      .join('; '),
    invitedAt: member.invitedAt,
    acceptedAt: member.acceptedAt,
    deactivatedAt: member.deactivatedAt,
    createdAt: member.createdAt,
  };
}
