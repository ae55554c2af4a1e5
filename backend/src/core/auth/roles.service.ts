import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@reha/shared';
import { AuditService } from '../audit/audit.service';
import { AppError, FieldProblem } from '../errors/app-error';
import { Db } from '../tenancy/db';
import { holdable, mustDenyViolations, RoleNames } from './default-roles';
import {
  ACCESS_SCOPES,
  AccessScope,
  ALL_PERMISSIONS,
  FIELD_RULES,
  FieldRule,
  isAccessScope,
  isFieldRuleKey,
  isPermission,
} from './permissions';

/** One of the organization's roles. */
export interface Role {
  id: string;
  key: string;
  names: RoleNames;
  permissions: string[];
  scope: AccessScope;
  fieldRules: Record<string, FieldRule>;
  /** Shipped with Reha (default-roles.ts); kept in step with the file until customized. */
  isDefault: boolean;
  /** When an admin last edited a default role; from then on the file no longer changes it. */
  customizedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A role as the role editor sends it: created when the key is new, replaced otherwise. */
export interface RoleInput {
  key: string;
  names: RoleNames;
  permissions: readonly string[];
  scope: string;
  fieldRules?: Readonly<Record<string, string | undefined>>;
}

const KEY = /^[a-z][a-z0-9-]{1,62}$/;
const NAME_MAX = 100;

interface RoleRow {
  id: string;
  key: string;
  name_et: string;
  name_en: string;
  name_ru: string;
  permissions: string[];
  scope: AccessScope;
  field_rules: Record<string, FieldRule>;
  is_default: boolean;
  customized_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * The organization's roles (ARCHITECTURE.md "Authorization"; default-roles.ts tells where
 * they come from). Runs in the caller's request transaction, so RLS keeps every read and
 * write inside the caller's organization. Who may call it is the resolver's business
 * (`@RequirePermission('role.manage')` for changes); a change takes effect with each
 * member's next request, which resolves roles afresh.
 */
@Injectable()
export class RolesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Role[]> {
    const rows = await this.db.query<RoleRow[]>(`SELECT * FROM role ORDER BY position, key`);
    return rows.map(toRole);
  }

  /** Active memberships per role key (one query; keys nobody holds are absent). */
  async memberCounts(): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ key: string; n: number }>>(
      `SELECT r.key, count(*)::int AS n
         FROM membership m CROSS JOIN LATERAL unnest(m.roles) AS r(key)
        WHERE m.active GROUP BY r.key`,
    );
    return new Map(rows.map((row) => [row.key, row.n]));
  }

  async get(key: string): Promise<Role> {
    const [row] = await this.db.query<RoleRow[]>(`SELECT * FROM role WHERE key = $1`, [key]);
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    return toRole(row);
  }

  /**
   * Creates the role or replaces its content. Refuses unknown permissions, scopes and field
   * rules (BAD_USER_INPUT naming the field), permissions no staff role may hold, and the
   * must-deny cells of default-roles.ts (ROLE_MUST_DENY). Editing a default role marks it
   * customized, so later changes to the data file leave it alone. Audited as create or
   * update with the names of the changed fields.
   */
  async upsert(input: RoleInput): Promise<Role> {
    const clean = validate(input);
    const [existing] = await this.db.query<RoleRow[]>(
      `SELECT * FROM role WHERE key = $1 FOR UPDATE`,
      [clean.key],
    );
    const values = [
      clean.names.et,
      clean.names.en,
      clean.names.ru,
      clean.permissions,
      clean.scope,
      JSON.stringify(clean.fieldRules),
    ];
    if (!existing) {
      let created: RoleRow[];
      try {
        created = await this.db.query<RoleRow[]>(
          `INSERT INTO role (key, name_et, name_en, name_ru, permissions, scope, field_rules)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) RETURNING *`,
          [clean.key, ...values],
        );
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new AppError(ErrorCode.CONFLICT);
        throw error;
      }
      this.audit.record({
        action: 'create',
        entityType: 'role',
        entityId: clean.key,
        fields: ['names', 'permissions', 'scope', 'field_rules'],
      });
      return toRole(created[0]!);
    }
    const before = toRole(existing);
    const changed = changedFields(before, clean);
    if (changed.length === 0) return before;
    const [updated] = (await this.db.query(
      `UPDATE role SET name_et = $2, name_en = $3, name_ru = $4, permissions = $5, scope = $6,
                       field_rules = $7::jsonb, updated_at = now(),
                       customized_at = CASE WHEN is_default THEN now() ELSE customized_at END
        WHERE id = $1 RETURNING *`,
      [existing.id, ...values],
    )) as [RoleRow[], number];
    this.audit.record({
      action: 'update',
      entityType: 'role',
      entityId: clean.key,
      fields: changed,
    });
    return toRole(updated![0]!);
  }

  /** Puts a customized default role back to the shipped content, which then follows the file again. */
  async resetToDefault(key: string): Promise<Role> {
    const [updated] = (await this.db.query(
      `UPDATE role r SET name_et = d.name_et, name_en = d.name_en, name_ru = d.name_ru,
                         permissions = d.permissions, scope = d.scope,
                         field_rules = d.field_rules, position = d.position,
                         customized_at = NULL, updated_at = now()
         FROM default_role d
        WHERE r.key = $1 AND d.key = r.key AND r.is_default
        RETURNING r.*`,
      [key],
    )) as [RoleRow[], number];
    const row = updated?.[0];
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    this.audit.record({
      action: 'update',
      entityType: 'role',
      entityId: key,
      fields: ['names', 'permissions', 'scope', 'field_rules', 'customized_at'],
    });
    return toRole(row);
  }
}

interface CleanInput {
  key: string;
  names: RoleNames;
  permissions: string[];
  scope: AccessScope;
  fieldRules: Record<string, FieldRule>;
}

function validate(input: RoleInput): CleanInput {
  const problems: FieldProblem[] = [];
  const key = typeof input.key === 'string' ? input.key.trim() : '';
  if (!KEY.test(key)) problems.push({ field: 'input.key', key: 'INVALID_FORMAT' });
  const names = { et: '', en: '', ru: '' };
  for (const locale of ['et', 'en', 'ru'] as const) {
    const value = input.names?.[locale];
    const name = typeof value === 'string' ? value.trim() : '';
    if (!name) problems.push({ field: `input.names.${locale}`, key: 'REQUIRED' });
    else if (name.length > NAME_MAX)
      problems.push({ field: `input.names.${locale}`, key: 'TOO_LONG', params: { max: NAME_MAX } });
    names[locale] = name;
  }
  const asked = Array.isArray(input.permissions) ? input.permissions : [];
  for (const p of asked) {
    if (!isPermission(p) || !holdable('staff', p))
      problems.push({
        field: 'input.permissions',
        key: 'INVALID_VALUE',
        params: { value: String(p) },
      });
  }
  // Catalogue order, no duplicates: equal content compares equal.
  const permissions = ALL_PERMISSIONS.filter((p) => asked.includes(p));
  if (!isAccessScope(input.scope))
    problems.push({
      field: 'input.scope',
      key: 'NOT_ONE_OF',
      params: { allowed: ACCESS_SCOPES.join(', ') },
    });
  const fieldRules: Record<string, FieldRule> = {};
  for (const [field, rule] of Object.entries(input.fieldRules ?? {})) {
    if (rule === undefined) continue;
    if (!isFieldRuleKey(field))
      problems.push({ field: 'input.fieldRules', key: 'INVALID_VALUE', params: { value: field } });
    else if (!(FIELD_RULES as readonly string[]).includes(rule))
      problems.push({
        field: `input.fieldRules.${field}`,
        key: 'NOT_ONE_OF',
        params: { allowed: FIELD_RULES.join(', ') },
      });
    else fieldRules[field] = rule as FieldRule;
  }
  // The organization must never lock itself out of managing its users and roles.
  if (key === 'organization-admin') {
    for (const kept of ['role.manage', 'user.manage'])
      if (!(permissions as readonly string[]).includes(kept))
        problems.push({ field: 'input.permissions', key: 'REQUIRED', params: { value: kept } });
  }
  if (problems.length) throw AppError.badInput(problems);
  const [violation] = mustDenyViolations(key, permissions);
  if (violation)
    throw new AppError(ErrorCode.ROLE_MUST_DENY, {
      role: key,
      permission: violation.permission,
    });
  return { key, names, permissions, scope: input.scope as AccessScope, fieldRules };
}

function changedFields(before: Role, after: CleanInput): string[] {
  const changed: string[] = [];
  if (JSON.stringify(before.names) !== JSON.stringify(after.names)) changed.push('names');
  if ([...before.permissions].sort().join() !== [...after.permissions].sort().join())
    changed.push('permissions');
  if (before.scope !== after.scope) changed.push('scope');
  if (JSON.stringify(sorted(before.fieldRules)) !== JSON.stringify(sorted(after.fieldRules)))
    changed.push('field_rules');
  return changed;
}

function sorted(rules: Record<string, string>): Array<[string, string]> {
  return Object.entries(rules).sort(([a], [b]) => a.localeCompare(b));
}

function toRole(row: RoleRow): Role {
  return {
    id: row.id,
    key: row.key,
    names: { et: row.name_et, en: row.name_en, ru: row.name_ru },
    permissions: row.permissions,
    scope: row.scope,
    fieldRules: row.field_rules,
    isDefault: row.is_default,
    customizedAt: row.customized_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
