/**
 * The permission catalogue: every permission the code checks, with what it allows and which
 * kind of principal may hold it. Roles (default-roles.ts, and each organization's `role`
 * rows) are made of these keys; a key that is not here is refused wherever roles are edited.
 *
 * A module that needs a new permission adds it here (a name in `Permission`, an entry in
 * `PERMISSION_CATALOGUE`), grants it to the default roles that need it in default-roles.ts,
 * declares it on its resolvers with `@RequirePermission`, and lists its operations in the
 * role × operation matrix (backend/test/access-matrix.ts).
 */
export const Permission = {
  ClientRead: 'client.read',
  ClientCreate: 'client.create',
  ClientUpdate: 'client.update',
  ClientErase: 'client.erase',
  ClientHealthRead: 'client.health.read',
  AuditRead: 'audit.read',
  AuditExport: 'audit.export',
  InvoiceRead: 'invoice.read',
  InvoiceCreate: 'invoice.create',
  InvoiceSend: 'invoice.send',
  UserManage: 'user.manage',
  RoleManage: 'role.manage',
  OrganizationManage: 'organization.manage',
  CatalogManage: 'catalog.manage',
  PriceManage: 'price.manage',
  StatisticsRead: 'statistics.read',
  PlatformOrganizations: 'platform.organizations',
  PlatformTariffs: 'platform.tariffs',
  DevtoolsEmail: 'devtools.email',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/** Who may hold a permission: an organization's staff (through its roles), an agency, the operator. */
export type PermissionHolder = 'staff' | 'agency' | 'operator';

export interface PermissionInfo {
  description: string;
  holders: readonly PermissionHolder[];
  /** Reads personal data of clients or staff (never for agencies; ARCHITECTURE.md "Principals"). */
  readsPersonalData: boolean;
}

export const PERMISSION_CATALOGUE: Readonly<Record<Permission, PermissionInfo>> = {
  'client.read': {
    description:
      "Find and read the organization's clients: names, isikukood, contacts (field rules may mask or hide fields).",
    holders: ['staff'],
    readsPersonalData: true,
  },
  'client.create': {
    description: 'Register a new client.',
    holders: ['staff'],
    readsPersonalData: true,
  },
  'client.update': {
    description: "Change a client's identity and card.",
    holders: ['staff'],
    readsPersonalData: true,
  },
  'client.erase': {
    description: "Erase a client's personal data for good (crypto-shredding; GDPR erasure).",
    holders: ['staff'],
    readsPersonalData: true,
  },
  'client.health.read': {
    description:
      'Read health-related client data: notes and free text, later plans, datasets and nursing records (care roles only).',
    holders: ['staff'],
    readsPersonalData: true,
  },
  'audit.read': {
    description: "Browse the organization's audit log (who saw or changed which record, and when).",
    holders: ['staff'],
    readsPersonalData: true,
  },
  'audit.export': {
    description: "Export the organization's audit log as CSV or Excel.",
    holders: ['staff'],
    readsPersonalData: true,
  },
  'invoice.read': {
    description: "Read the organization's invoices, balances and payments.",
    holders: ['staff'],
    readsPersonalData: true,
  },
  'invoice.create': {
    description: 'Create and confirm invoices.',
    holders: ['staff'],
    readsPersonalData: true,
  },
  'invoice.send': {
    description: 'Send invoices to funders and clients (e-invoice, e-mail).',
    holders: ['staff'],
    readsPersonalData: true,
  },
  'user.manage': {
    description: "Add staff, change their memberships and roles, end a staff member's access.",
    holders: ['staff'],
    readsPersonalData: true,
  },
  'role.manage': {
    description: "Edit the organization's roles: permissions, scope and field rules.",
    holders: ['staff'],
    readsPersonalData: false,
  },
  'organization.manage': {
    description: "Change the organization's settings, branding and org units.",
    holders: ['staff'],
    readsPersonalData: false,
  },
  'catalog.manage': {
    description:
      "Design the organization's services and service packages, and keep the specialists and rooms registries.",
    holders: ['staff'],
    readsPersonalData: false,
  },
  'price.manage': {
    description:
      "Keep the organization's price lists per funder and capitation rates: enter, schedule, import and export prices.",
    holders: ['staff'],
    readsPersonalData: false,
  },
  'statistics.read': {
    description: 'Read aggregated, anonymised statistics (never row-level personal data).',
    holders: ['staff', 'agency'],
    readsPersonalData: false,
  },
  'platform.organizations': {
    description: 'Create, suspend and reactivate organizations (platform operator).',
    holders: ['operator'],
    readsPersonalData: false,
  },
  'platform.tariffs': {
    description:
      'Maintain central reference data: state tariffs, service codes, limit rules, funder templates (platform operator).',
    holders: ['operator'],
    readsPersonalData: false,
  },
  'devtools.email': {
    description:
      'Send a test e-mail through the outbox (developer tool; also needs REHA_DEV_TOOLS).',
    holders: ['operator'],
    readsPersonalData: false,
  },
};

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);

export function isPermission(value: unknown): value is Permission {
  return (
    typeof value === 'string' && Object.prototype.hasOwnProperty.call(PERMISSION_CATALOGUE, value)
  );
}

/**
 * What a role held in one org unit only (`membership_unit.roles`) may give: work with the
 * clients of that unit (and its subtree) and its statistics. Everything else — managing
 * people, roles, settings, the catalog, prices, invoices, the audit log, erasure — is an
 * organization-wide power and comes only from roles held organization-wide
 * (`membership.roles`). `reha_begin_request` (migration 1764400000003) applies this list.
 */
export const UNIT_SCOPED_PERMISSIONS: readonly Permission[] = [
  'client.read',
  'client.create',
  'client.update',
  'client.health.read',
  'statistics.read',
];

/**
 * Field rules: how a role sees one governed field of a GraphQL object (`@FieldAccess`).
 * `show` is the absence of a rule; `mask` keeps the last 3 characters; `hide` answers null.
 */
export type FieldRule = 'mask' | 'hide';
export const FIELD_RULES: readonly FieldRule[] = ['mask', 'hide'];

/**
 * The governed fields, by rule key. `requires`: a permission without which the field is
 * hidden whatever the rules say (the health gate); rules can only narrow further.
 */
export const FIELD_RULE_KEYS = {
  'client.isikukood': { description: "The client's personal identification code." },
  'client.notes': {
    description: 'Free-text notes on the client card (can hold health-related text).',
    requires: Permission.ClientHealthRead,
  },
} as const satisfies Record<string, { description: string; requires?: Permission }>;
export type FieldRuleKey = keyof typeof FIELD_RULE_KEYS;

export function isFieldRuleKey(value: unknown): value is FieldRuleKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FIELD_RULE_KEYS, value);
}

/**
 * How far a role reaches inside its organization, narrowest first: records assigned to the
 * staff member, their org unit, their unit and its subtree, the whole organization. Guards
 * check permissions; services check scope (`scopeOf` in access.ts).
 */
export const ACCESS_SCOPES = ['own', 'unit', 'subtree', 'organization'] as const;
export type AccessScope = (typeof ACCESS_SCOPES)[number];

export function isAccessScope(value: unknown): value is AccessScope {
  return typeof value === 'string' && (ACCESS_SCOPES as readonly string[]).includes(value);
}
