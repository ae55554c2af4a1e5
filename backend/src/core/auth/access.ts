import type { Principal } from '../tenancy/principal';
import { AGENCY_ANALYST, PLATFORM_OPERATOR } from './default-roles';
import {
  ACCESS_SCOPES,
  AccessScope,
  FIELD_RULE_KEYS,
  FieldRule,
  FieldRuleKey,
  isAccessScope,
} from './permissions';

/** One role of a staff member as `reha_begin_request` returns it (the organization's row). */
export interface RoleGrant {
  key: string;
  permissions: string[];
  scope: string;
  fieldRules: Record<string, string>;
}

/** What a staff member may do in their organization: the union of their roles. */
export interface ResolvedAccess {
  permissions: ReadonlySet<string>;
  /** The widest scope of their roles; `own` when they have none. */
  scope: AccessScope;
  /** Only the fields every one of their roles restricts; the most permissive rule wins. */
  fieldRules: Readonly<Partial<Record<string, FieldRule>>>;
}

const RULE_ORDER: Record<FieldRule | 'show', number> = { show: 0, mask: 1, hide: 2 };

/**
 * Unites a staff member's roles: any role's permission counts, the widest scope counts, and
 * a field stays masked or hidden only if every role restricts it (a role without a rule for
 * a field shows it). Unknown scopes and rules fail closed (narrowest scope, hidden field).
 */
export function resolveAccess(grants: readonly RoleGrant[]): ResolvedAccess {
  const permissions = new Set<string>();
  let scope = 0;
  for (const grant of grants) {
    for (const p of grant.permissions) permissions.add(p);
    if (isAccessScope(grant.scope)) scope = Math.max(scope, ACCESS_SCOPES.indexOf(grant.scope));
  }
  const fieldRules: Partial<Record<string, FieldRule>> = {};
  if (grants.length > 0) {
    const keys = new Set(grants.flatMap((g) => Object.keys(g.fieldRules ?? {})));
    for (const key of keys) {
      let loosest: FieldRule | 'show' = 'hide';
      for (const grant of grants) {
        const raw = grant.fieldRules?.[key];
        const rule: FieldRule | 'show' =
          raw === undefined ? 'show' : raw === 'mask' || raw === 'hide' ? raw : 'hide';
        if (RULE_ORDER[rule] < RULE_ORDER[loosest]) loosest = rule;
      }
      if (loosest !== 'show') fieldRules[key] = loosest;
    }
  }
  return { permissions, scope: ACCESS_SCOPES[scope]!, fieldRules };
}

/** Permissions of the platform's own principals (not organization members), from the data file. */
const OPERATOR_PERMISSIONS: ReadonlySet<string> = new Set(PLATFORM_OPERATOR.permissions);
const AGENCY_PERMISSIONS: ReadonlySet<string> = new Set(AGENCY_ANALYST.permissions);

/**
 * Permissions the principal holds: a staff member's resolved roles, an integrator's granted
 * scopes, the operator's and agency analyst's fixed sets; nothing for persons, jobs and
 * anonymous callers.
 */
export function permissionsOf(principal: Principal): ReadonlySet<string> {
  switch (principal.kind) {
    case 'staff':
    case 'integrator':
      return principal.permissions;
    case 'operator':
      return OPERATOR_PERMISSIONS;
    case 'agency':
      return AGENCY_PERMISSIONS;
    default:
      return new Set();
  }
}

/**
 * How far a staff member reaches inside their organization (ARCHITECTURE.md: "Guards check
 * permissions; services check scope"). The guard only knows that a permission is held;
 * a service that lists or opens records filters them by this scope: `own` = records
 * assigned to the user, `unit` = their org unit, `subtree` = their unit and below,
 * `organization` = everything RLS lets through. Org units and assignments arrive with the
 * organizations issue; until then services have nothing to filter by, and RLS (the
 * organization) is the boundary. Everyone but staff and integrators: `own`, the narrowest.
 */
export function scopeOf(principal: Principal): AccessScope {
  if (principal.kind === 'staff') return principal.scope ?? 'own';
  if (principal.kind === 'integrator') return 'organization';
  return 'own';
}

/**
 * How `principal` sees the governed field `key`: without the field's required permission it
 * is hidden; otherwise the principal's field rule applies (staff only). Principals without
 * field rules of their own (persons, agencies, the operator, jobs) never see a governed
 * field through a staff type.
 */
export function fieldRuleFor(
  principal: Principal | undefined,
  key: FieldRuleKey,
): FieldRule | 'show' {
  if (!principal) return 'hide';
  const requires = (FIELD_RULE_KEYS[key] as { requires?: string }).requires;
  if (principal.kind !== 'staff' && principal.kind !== 'integrator') return 'hide';
  if (requires && !permissionsOf(principal).has(requires)) return 'hide';
  if (principal.kind === 'integrator') return 'show';
  return principal.fieldRules?.[key] ?? 'show';
}

/** Masks all but the last 3 characters, always with 8 dots so the length is not told. */
export function maskValue(value: string): string {
  return `••••••••${value.length > 3 ? value.slice(-3) : ''}`;
}

/** `value` as the rule lets the caller see it. */
export function applyFieldRule<T>(rule: FieldRule | 'show', value: T): T | string | null {
  if (value === null || value === undefined) return value ?? null;
  if (rule === 'hide') return null;
  if (rule === 'mask') return maskValue(String(value));
  return value;
}
