import {
  AccessScope,
  FieldRule,
  FieldRuleKey,
  Permission,
  PERMISSION_CATALOGUE,
  PermissionHolder,
} from './permissions';

/**
 * THE DEFAULT ROLES — the reviewed role × permission table (ARCHITECTURE.md "Authorization",
 * DOMAIN.md §2). Change it only together with its review: every change shows up in the
 * role × operation matrix test and in the must-deny cells below.
 *
 * Where roles live. Roles are data per organization: the tenant table `role` (one row per
 * organization and key: names et/en/ru, permissions, scope, field rules, `is_default`,
 * `customized_at`). A membership names its roles by key (`membership.roles`); a trigger
 * refuses keys the organization has no role for, and a role still named by a membership
 * cannot be deleted or renamed.
 *
 * How the defaults reach an organization. This file is the source. `syncDefaultRoles`
 * (migrations/helpers/roles.ts) copies it into the central table `default_role` and from
 * there into every organization's `role` rows; an AFTER INSERT trigger on `organization`
 * copies `default_role` into each new organization, so there is no seed step and no
 * organization without its roles. The sync runs in the roles migration and again after
 * every `migrate()` (src/cli/migrate.ts), so a change to this file reaches every
 * deployment with its next migration run: new default roles are added to every
 * organization, and default rows the organization never edited (`customized_at IS NULL`)
 * are updated. A row an organization admin edited (RolesService.upsert sets
 * `customized_at`) is theirs and is left alone; a key removed here stays in organizations
 * as their own role (`is_default = false`). A test asserts `default_role` equals this file.
 *
 * How a request sees them. `reha_begin_request` returns, in the request's one opening round
 * trip and under RLS, the staff member's membership roles with each role's permissions,
 * scope and field rules; `resolveAccess` (access.ts) unites them into the principal's
 * permissions, widest scope and field rules. Platform operators and agency analysts are no
 * organization's members: their permission sets are the two constants below, in code.
 */

export interface RoleNames {
  et: string;
  en: string;
  ru: string;
}

export interface DefaultRole {
  key: string;
  names: RoleNames;
  permissions: readonly Permission[];
  scope: AccessScope;
  fieldRules: Readonly<Partial<Record<FieldRuleKey, FieldRule>>>;
}

/** Roles every organization starts with, in the order the role editor lists them. */
export const DEFAULT_ROLES: readonly DefaultRole[] = [
  {
    // Runs the organization: users, roles, settings; answers data-subject requests (access,
    // erasure), which needs the whole client record, notes included. Could grant itself any
    // organization permission through role.manage anyway.
    key: 'organization-admin',
    names: {
      et: 'Asutuse administraator',
      en: 'Organization administrator',
      ru: 'Администратор организации',
    },
    permissions: [
      'client.read',
      'client.create',
      'client.update',
      'client.erase',
      'client.health.read',
      'audit.read',
      'audit.export',
      'invoice.read',
      'user.manage',
      'role.manage',
      'organization.manage',
      'catalog.manage',
      'price.manage',
      'statistics.read',
    ],
    scope: 'organization',
    fieldRules: {},
  },
  {
    // Delivers services, fills datasets, writes plans: the clients of their unit subtree and
    // those assigned to them (DOMAIN.md §2: "staff see clients of their own org-unit subtree,
    // or clients assigned to them").
    key: 'specialist',
    names: { et: 'Spetsialist', en: 'Specialist', ru: 'Специалист' },
    permissions: ['client.read', 'client.create', 'client.update', 'client.health.read'],
    scope: 'subtree',
    fieldRules: {},
  },
  {
    // Leads the client's team across funding years: the whole file of assigned clients.
    key: 'case-manager',
    names: { et: 'Juhtumikorraldaja', en: 'Case manager', ru: 'Координатор случая' },
    permissions: ['client.read', 'client.create', 'client.update', 'client.health.read'],
    scope: 'own',
    fieldRules: {},
  },
  {
    // Client lists and reports for their unit subtree; no health records.
    key: 'unit-manager',
    names: { et: 'Üksuse juht', en: 'Unit manager', ru: 'Руководитель подразделения' },
    permissions: ['client.read', 'client.create', 'client.update', 'statistics.read'],
    scope: 'subtree',
    fieldRules: {},
  },
  {
    // Invoices, balances, payments; who the client is (funders' invoices name the
    // isikukood), never their health.
    key: 'accountant',
    names: { et: 'Raamatupidaja', en: 'Accountant', ru: 'Бухгалтер' },
    permissions: [
      'client.read',
      'invoice.read',
      'invoice.create',
      'invoice.send',
      'price.manage',
      'statistics.read',
    ],
    scope: 'organization',
    fieldRules: { 'client.notes': 'hide' },
  },
  {
    // Front desk: registers clients and books; sees who someone is, not their code or notes.
    key: 'receptionist',
    names: { et: 'Registraator', en: 'Receptionist', ru: 'Регистратор' },
    permissions: ['client.read', 'client.create', 'client.update'],
    scope: 'organization',
    fieldRules: { 'client.isikukood': 'mask', 'client.notes': 'hide' },
  },
  {
    // Visits assigned clients at home: card and care notes, not the personal code.
    key: 'home-care-worker',
    names: { et: 'Koduhooldustöötaja', en: 'Home-care worker', ru: 'Работник по уходу на дому' },
    permissions: ['client.read', 'client.health.read'],
    scope: 'own',
    fieldRules: { 'client.isikukood': 'mask' },
  },
];

/** A principal outside any organization, with a fixed permission set. */
export interface PlatformRole {
  key: string;
  names: RoleNames;
  holder: Exclude<PermissionHolder, 'staff'>;
  permissions: readonly Permission[];
}

/** Runs the platform: central reference data, organizations, developer tools. */
export const PLATFORM_OPERATOR: PlatformRole = {
  key: 'platform-operator',
  names: { et: 'Platvormi haldur', en: 'Platform operator', ru: 'Оператор платформы' },
  holder: 'operator',
  permissions: ['platform.organizations', 'platform.tariffs', 'devtools.email'],
};

/** A state agency's analyst (SKA, TK, Tervisekassa, KOV): aggregates only. */
export const AGENCY_ANALYST: PlatformRole = {
  key: 'agency-analyst',
  names: { et: 'Ameti analüütik', en: 'Agency analyst', ru: 'Аналитик ведомства' },
  holder: 'agency',
  permissions: ['statistics.read'],
};

export const PLATFORM_ROLES: readonly PlatformRole[] = [PLATFORM_OPERATOR, AGENCY_ANALYST];

/**
 * MUST-DENY CELLS: permissions a role must never hold, whatever an organization edits.
 * `permissions` are keys or `prefix.*` patterns. Checked by the tests against this file and
 * by RolesService.upsert against every edit (refused with ROLE_MUST_DENY).
 */
export interface MustDeny {
  role: string;
  permissions: readonly string[];
  reason: string;
}

export const MUST_DENY: readonly MustDeny[] = [
  {
    role: 'receptionist',
    permissions: ['client.health.read'],
    reason:
      'Data minimisation (SEC-04): the front desk registers and books, it never needs health data.',
  },
  {
    role: 'accountant',
    permissions: ['client.health.read'],
    reason: 'Data minimisation (SEC-04): invoicing needs who and what, never health data.',
  },
  {
    role: 'specialist',
    permissions: ['invoice.send'],
    reason: 'Separation of duties: whoever delivers a service does not bill the funder for it.',
  },
  {
    role: 'agency-analyst',
    permissions: ['client.*', 'audit.*'],
    reason: 'Agencies see aggregated, anonymised data only, never row-level personal data.',
  },
  {
    role: 'platform-operator',
    permissions: ['client.*'],
    reason:
      "The operator runs the platform; it reaches tenants' client data only through audited maintenance paths.",
  },
];

/** Whether `permission` is `pattern` or falls under a `prefix.*` pattern. */
export function matchesPermission(pattern: string, permission: string): boolean {
  return pattern.endsWith('.*')
    ? permission.startsWith(pattern.slice(0, -1))
    : pattern === permission;
}

/** The must-deny cells the permissions of role `roleKey` would break (empty when none). */
export function mustDenyViolations(
  roleKey: string,
  permissions: readonly string[],
): Array<{ permission: string; rule: MustDeny }> {
  const found: Array<{ permission: string; rule: MustDeny }> = [];
  for (const rule of MUST_DENY) {
    if (rule.role !== roleKey) continue;
    for (const permission of permissions)
      if (rule.permissions.some((pattern) => matchesPermission(pattern, permission)))
        found.push({ permission, rule });
  }
  return found;
}

/** Whether a principal of kind `holder` may hold `permission` at all. */
export function holdable(holder: PermissionHolder, permission: Permission): boolean {
  return PERMISSION_CATALOGUE[permission].holders.includes(holder);
}
