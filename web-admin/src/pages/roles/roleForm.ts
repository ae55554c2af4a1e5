import { validationMessage, type Locale } from '@reha/shared';
import type { Role } from '../../api/useRoles';
import type { UpsertRoleInput } from '../../gql/graphql';

export const ACCESS_SCOPES = ['own', 'unit', 'subtree', 'organization'] as const;
export type AccessScope = (typeof ACCESS_SCOPES)[number];

/** How a role sees a governed field; `show` is the absence of a rule. */
export const FIELD_VISIBILITIES = ['show', 'mask', 'hide'] as const;
export type FieldVisibility = (typeof FIELD_VISIBILITIES)[number];

export interface RoleFormValues {
  key: string;
  names: { et: string; en: string; ru: string };
  permissions: string[];
  scope: AccessScope;
  fieldRules: Record<string, FieldVisibility>;
}

/** The editor's fields, named by the last part of the API's paths (`input.names.et` → `et`). */
export const ROLE_FIELDS = ['key', 'et', 'en', 'ru', 'permissions', 'scope', 'fieldRules'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

// RolesService's rules, checked here first.
const KEY = /^[a-z][a-z0-9-]{1,62}$/;
const NAME_MAX = 100;

export function isAccessScope(value: string): value is AccessScope {
  return (ACCESS_SCOPES as readonly string[]).includes(value);
}

export function isFieldVisibility(value: string): value is FieldVisibility {
  return (FIELD_VISIBILITIES as readonly string[]).includes(value);
}

export const NEW_ROLE: RoleFormValues = {
  key: '',
  names: { et: '', en: '', ru: '' },
  permissions: [],
  scope: 'own',
  fieldRules: {},
};

export function roleFormValues(role: Role): RoleFormValues {
  return {
    key: role.key,
    names: { et: role.names.et, en: role.names.en, ru: role.names.ru },
    permissions: role.permissions,
    scope: isAccessScope(role.scope) ? role.scope : 'own',
    fieldRules: Object.fromEntries(
      role.fieldRules.flatMap(({ field, rule }) =>
        isFieldVisibility(rule) ? [[field, rule] as const] : [],
      ),
    ),
  };
}

/** Problems found before sending, with the API's own messages (from @reha/shared). */
export function validateRole(
  values: RoleFormValues,
  locale: Locale,
): Partial<Record<RoleField, string>> {
  const problems: Partial<Record<RoleField, string>> = {};
  if (!KEY.test(values.key.trim())) problems.key = validationMessage('INVALID_FORMAT', locale);
  for (const language of ['et', 'en', 'ru'] as const) {
    const name = values.names[language].trim();
    if (!name) problems[language] = validationMessage('REQUIRED', locale);
    else if (name.length > NAME_MAX)
      problems[language] = validationMessage('TOO_LONG', locale, { max: NAME_MAX });
  }
  return problems;
}

export function roleInput(values: RoleFormValues): UpsertRoleInput {
  return {
    key: values.key.trim(),
    names: {
      et: values.names.et.trim(),
      en: values.names.en.trim(),
      ru: values.names.ru.trim(),
    },
    permissions: values.permissions,
    scope: values.scope,
    fieldRules: Object.entries(values.fieldRules)
      .filter(([, rule]) => rule !== 'show')
      .map(([field, rule]) => ({ field, rule })),
  };
}

/** The area a permission belongs to: the part of its key before the first dot (`client`). */
export function areaOf(permission: string): string {
  return permission.split('.')[0] ?? permission;
}

/** Catalogue entries grouped by area, in catalogue order. */
export function groupByArea<T extends { key: string }>(entries: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const area = areaOf(entry.key);
    groups.set(area, [...(groups.get(area) ?? []), entry]);
  }
  return [...groups];
}
