import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { Permission } from '../../core/auth/permissions';
import { reachOf } from '../../core/auth/reach';
import { AppError, FieldProblem } from '../../core/errors/app-error';
import { Db } from '../../core/tenancy/db';
import { CreateOrgUnitInput, UpdateOrgUnitInput } from './dto/org-unit.input';
import { OrgUnit, OrgUnitReportRow, UnitManager } from './dto/org-unit.type';

/**
 * The organization's units as a tree, depth-first with siblings by name: depth and path from
 * the top-level unit down. `sort` orders the walk (a prefix sorts before its longer paths;
 * sibling names are unique as compared here, so there are no ties).
 */
const TREE = `
  tree AS (
    SELECT u.id, u.parent_id, u.name, u.code, u.description, u.created_at, u.updated_at,
           0 AS depth, ARRAY[u.name] AS path, ARRAY[lower(trim(u.name))] AS sort
      FROM org_unit u WHERE u.parent_id IS NULL
    UNION ALL
    SELECT u.id, u.parent_id, u.name, u.code, u.description, u.created_at, u.updated_at,
           t.depth + 1, t.path || u.name, t.sort || lower(trim(u.name))
      FROM org_unit u JOIN tree t ON u.parent_id = t.id
  )`;

/** Staff counted in a unit: their membership is active. */
const ACTIVE_UNIT_MEMBERS = `
  SELECT mu.unit_id, mu.user_id FROM membership_unit mu
    JOIN membership m ON m.organization_id = mu.organization_id AND m.user_id = mu.user_id
   WHERE m.active`;

/** Clients counted in a unit: not erased. */
const LIVE_UNIT_CLIENTS = `
  SELECT cu.unit_id, cu.client_id FROM client_unit cu
    JOIN client c ON c.id = cu.client_id
   WHERE c.erased_at IS NULL`;

const UNIT_SELECT = `
  WITH RECURSIVE ${TREE}
  SELECT t.id, t.parent_id, t.name, t.code, t.description, t.created_at, t.updated_at,
         t.depth, t.path,
         (SELECT count(*) FROM (${ACTIVE_UNIT_MEMBERS}) x WHERE x.unit_id = t.id)::int AS member_count,
         (SELECT count(*) FROM (${LIVE_UNIT_CLIENTS}) x WHERE x.unit_id = t.id)::int AS client_count,
         COALESCE((SELECT json_agg(json_build_object('userId', om.user_id, 'displayName', au.display_name)
                                   ORDER BY au.display_name, om.user_id)
                     FROM org_unit_manager om JOIN app_user au ON au.id = om.user_id
                    WHERE om.unit_id = t.id), '[]'::json) AS managers
    FROM tree t`;

interface UnitRow {
  id: string;
  parent_id: string | null;
  name: string;
  code: string | null;
  description: string | null;
  created_at: Date;
  updated_at: Date;
  depth: number;
  path: string[];
  member_count: number;
  client_count: number;
  managers: UnitManager[];
}

interface ReportRow {
  unit_id: string;
  name: string;
  path: string[];
  depth: number;
  users: number;
  clients: number;
  total_users: number;
  total_clients: number;
}

/** Unique constraints on org_unit, by the input field they guard. */
const UNIQUE_FIELDS: Record<string, string> = {
  org_unit_code_unique: 'code',
  org_unit_sibling_name_unique: 'name',
};

/**
 * Org units (DOMAIN.md ORG-02..04): the tree, its managers, and the per-unit report. Works in
 * the request's transaction, so RLS keeps every read and write inside the caller's
 * organization; a unit of another organization is simply not found. The database guards the
 * tree (no cycles, unique codes and sibling names, foreign keys); the checks here come first
 * so the caller gets a clear, field-named error.
 */
@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** The whole tree, depth-first, siblings by name. */
  async list(): Promise<OrgUnit[]> {
    const rows = await this.db.query<UnitRow[]>(`${UNIT_SELECT} ORDER BY t.sort`);
    return rows.map(toOrgUnit);
  }

  async get(id: string): Promise<OrgUnit> {
    if (!isUuid(id)) throw new AppError(ErrorCode.NOT_FOUND);
    const [row] = await this.db.query<UnitRow[]>(`${UNIT_SELECT} WHERE t.id = $1`, [id]);
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    return toOrgUnit(row);
  }

  async create(input: CreateOrgUnitInput): Promise<OrgUnit> {
    const parentId = input.parentId ?? null;
    const name = input.name.trim();
    const code = input.code?.trim() || null;
    const description = input.description?.trim() || null;
    const problems: FieldProblem[] = [];
    if (!name) problems.push({ field: 'input.name', key: 'REQUIRED' });
    if (parentId !== null && !(await this.exists(parentId)))
      problems.push({ field: 'input.parentId', key: 'UNKNOWN_REFERENCE' });
    else if (name && (await this.siblingNameTaken(parentId, name)))
      problems.push({ field: 'input.name', key: 'ALREADY_EXISTS' });
    if (code && (await this.codeTaken(code)))
      problems.push({ field: 'input.code', key: 'ALREADY_EXISTS' });
    const managers = input.managerUserIds ?? [];
    if (managers.length && !(await this.activeMembers(managers)))
      problems.push({ field: 'input.managerUserIds', key: 'UNKNOWN_REFERENCE' });
    if (problems.length) throw AppError.badInput(problems);

    const [{ id }] = await this.guarded('input', () =>
      this.db.query<{ id: string }[]>(
        `INSERT INTO org_unit (parent_id, name, code, description) VALUES ($1, $2, $3, $4)
         RETURNING id`,
        [parentId, name, code, description],
      ),
    );
    if (managers.length) await this.replaceManagers(id, managers);
    const fields = ['name'];
    if (parentId) fields.push('parent_id');
    if (code) fields.push('code');
    if (description) fields.push('description');
    if (managers.length) fields.push('managers');
    this.audit.record({ action: 'create', entityType: 'org_unit', entityId: id, fields });
    return this.get(id);
  }

  async update(id: string, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    const current = await this.get(id);
    const changed: string[] = [];
    const sets: string[] = [];
    const values: unknown[] = [];
    const problems: FieldProblem[] = [];
    const set = (column: string, value: unknown) => {
      changed.push(column);
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    };

    if (input.name != null) {
      const name = input.name.trim();
      if (!name) problems.push({ field: 'input.name', key: 'REQUIRED' });
      else if (name !== current.name) {
        if (await this.siblingNameTaken(current.parentId, name, id))
          problems.push({ field: 'input.name', key: 'ALREADY_EXISTS' });
        set('name', name);
      }
    }
    if (input.code !== undefined) {
      const code = input.code?.trim() || null;
      if (code !== current.code) {
        if (code && (await this.codeTaken(code, id)))
          problems.push({ field: 'input.code', key: 'ALREADY_EXISTS' });
        set('code', code);
      }
    }
    if (input.description !== undefined) {
      const description = input.description?.trim() || null;
      if (description !== current.description) set('description', description);
    }
    const managers = input.managerUserIds;
    if (managers && managers.length && !(await this.activeMembers(managers)))
      problems.push({ field: 'input.managerUserIds', key: 'UNKNOWN_REFERENCE' });
    if (problems.length) throw AppError.badInput(problems);

    if (sets.length) {
      await this.guarded('input', () =>
        this.db.query(
          `UPDATE org_unit SET ${sets.join(', ')}, updated_at = now() WHERE id = $${values.length + 1}`,
          [...values, id],
        ),
      );
    }
    if (managers != null) {
      const before = current.managers.map((m) => m.userId).sort();
      const after = [...new Set(managers)].sort();
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await this.replaceManagers(id, after);
        changed.push('managers');
      }
    }
    if (changed.length)
      this.audit.record({
        action: 'update',
        entityType: 'org_unit',
        entityId: id,
        fields: changed,
      });
    return this.get(id);
  }

  /** Moves the unit (and its subtree) under `parentId`, or to the top level when null. */
  async move(id: string, parentId: string | null): Promise<OrgUnit> {
    const current = await this.get(id);
    if (parentId === current.parentId) return current;
    if (parentId !== null) {
      if (!(await this.exists(parentId)))
        throw AppError.badInput([{ field: 'parentId', key: 'UNKNOWN_REFERENCE' }]);
      if (await this.isInSubtree(parentId, id))
        throw AppError.badInput([{ field: 'parentId', key: 'UNIT_CYCLE' }]);
    }
    if (await this.siblingNameTaken(parentId, current.name, id))
      throw AppError.badInput([{ field: 'parentId', key: 'ALREADY_EXISTS' }]);
    await this.guarded('', () =>
      this.db.query(`UPDATE org_unit SET parent_id = $1, updated_at = now() WHERE id = $2`, [
        parentId,
        id,
      ]),
    );
    this.audit.record({
      action: 'update',
      entityType: 'org_unit',
      entityId: id,
      fields: ['parent_id'],
    });
    return this.get(id);
  }

  /**
   * Deletes an empty unit. Refused while it has child units, clients or active members (each
   * reported with its count, so the admin knows what to move first). Links of erased clients
   * and of former members go with the unit: they name nobody readable any more.
   */
  async delete(id: string): Promise<string> {
    await this.get(id);
    const [counts] = await this.db.query<{ children: number; clients: number; members: number }[]>(
      `SELECT (SELECT count(*) FROM org_unit WHERE parent_id = $1)::int AS children,
              (SELECT count(*) FROM (${LIVE_UNIT_CLIENTS}) x WHERE x.unit_id = $1)::int AS clients,
              (SELECT count(*) FROM (${ACTIVE_UNIT_MEMBERS}) x WHERE x.unit_id = $1)::int AS members`,
      [id],
    );
    const problems: FieldProblem[] = [];
    if (counts!.children)
      problems.push({ field: 'id', key: 'UNIT_HAS_CHILDREN', params: { count: counts!.children } });
    if (counts!.clients)
      problems.push({ field: 'id', key: 'UNIT_HAS_CLIENTS', params: { count: counts!.clients } });
    if (counts!.members)
      problems.push({ field: 'id', key: 'UNIT_HAS_MEMBERS', params: { count: counts!.members } });
    if (problems.length) throw AppError.badInput(problems);
    await this.db.query(`DELETE FROM client_unit WHERE unit_id = $1`, [id]);
    await this.db.query(`DELETE FROM membership_unit WHERE unit_id = $1`, [id]);
    await this.db.query(`DELETE FROM org_unit WHERE id = $1`, [id]);
    this.audit.record({ action: 'delete', entityType: 'org_unit', entityId: id });
    return id;
  }

  /**
   * Per-unit numbers with the roll-up over each subtree (distinct people, so someone in two
   * units of a subtree counts once), in one query. Only the units the caller reaches with
   * statistics.read are listed and rolled up; their path still names the units above.
   */
  async report(): Promise<OrgUnitReportRow[]> {
    const reach = await reachOf(this.db, Permission.StatisticsRead);
    const rows = await this.db.query<ReportRow[]>(
      `WITH RECURSIVE ${TREE},
       visible AS (SELECT id FROM org_unit WHERE $1::uuid[] IS NULL OR id = ANY ($1::uuid[])),
       below(ancestor, descendant) AS (
         SELECT id, id FROM org_unit
         UNION ALL
         SELECT b.ancestor, u.id FROM below b JOIN org_unit u ON u.parent_id = b.descendant
       ),
       members AS (${ACTIVE_UNIT_MEMBERS}),
       clients AS (${LIVE_UNIT_CLIENTS})
       SELECT t.id AS unit_id, t.name, t.path, t.depth,
              (SELECT count(DISTINCT m.user_id) FROM members m WHERE m.unit_id = t.id)::int AS users,
              (SELECT count(DISTINCT c.client_id) FROM clients c WHERE c.unit_id = t.id)::int AS clients,
              (SELECT count(DISTINCT m.user_id) FROM below b
                 JOIN visible v ON v.id = b.descendant
                 JOIN members m ON m.unit_id = b.descendant
                WHERE b.ancestor = t.id)::int AS total_users,
              (SELECT count(DISTINCT c.client_id) FROM below b
                 JOIN visible v ON v.id = b.descendant
                 JOIN clients c ON c.unit_id = b.descendant
                WHERE b.ancestor = t.id)::int AS total_clients
         FROM tree t JOIN visible v ON v.id = t.id
        ORDER BY t.sort`,
      [reach],
    );
    return rows.map((r) => ({
      unitId: r.unit_id,
      name: r.name,
      path: r.path,
      depth: r.depth,
      users: r.users,
      clients: r.clients,
      totalUsers: r.total_users,
      totalClients: r.total_clients,
      activeServices: null,
      totalActiveServices: null,
    }));
  }

  private async exists(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const rows = await this.db.query<unknown[]>(`SELECT 1 FROM org_unit WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Whether `candidate` is `root` or lies below it. */
  private async isInSubtree(candidate: string, root: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `WITH RECURSIVE below(id) AS (
         SELECT $2::uuid UNION SELECT u.id FROM org_unit u JOIN below b ON u.parent_id = b.id
       ) SELECT 1 FROM below WHERE id = $1`,
      [candidate, root],
    );
    return rows.length > 0;
  }

  /** Sibling names compare as the unique index does: trimmed, case-insensitively. */
  private async siblingNameTaken(
    parentId: string | null,
    name: string,
    exceptId?: string,
  ): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM org_unit
        WHERE parent_id IS NOT DISTINCT FROM $1 AND lower(trim(name)) = lower(trim($2))
          AND id IS DISTINCT FROM $3`,
      [parentId, name, exceptId ?? null],
    );
    return rows.length > 0;
  }

  private async codeTaken(code: string, exceptId?: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM org_unit WHERE code = $1 AND id IS DISTINCT FROM $2`,
      [code, exceptId ?? null],
    );
    return rows.length > 0;
  }

  /** Whether every id is an active member of this organization. */
  private async activeMembers(userIds: string[]): Promise<boolean> {
    const ids = [...new Set(userIds)];
    if (!ids.every(isUuid)) return false;
    const [{ n }] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM membership WHERE user_id = ANY ($1::uuid[]) AND active`,
      [ids],
    );
    return n === ids.length;
  }

  /** The unit's managers become exactly `userIds`; each also works in the unit. */
  private async replaceManagers(unitId: string, userIds: string[]): Promise<void> {
    const ids = [...new Set(userIds)];
    await this.db.query(
      `DELETE FROM org_unit_manager WHERE unit_id = $1 AND NOT (user_id = ANY ($2::uuid[]))`,
      [unitId, ids],
    );
    if (!ids.length) return;
    await this.db.query(
      `INSERT INTO org_unit_manager (unit_id, user_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING`,
      [unitId, ids],
    );
    await this.db.query(
      `INSERT INTO membership_unit (unit_id, user_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING`,
      [unitId, ids],
    );
  }

  /**
   * Runs a write, turning the database's refusals into the same field errors the checks above
   * give: a concurrent duplicate (unique index) or a concurrent move that would close a cycle
   * (the org_unit_no_cycle trigger).
   */
  private async guarded<T>(prefix: string, write: () => Promise<T>): Promise<T> {
    const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
    try {
      return await write();
    } catch (error) {
      const { code, constraint } = pgError(error);
      if (code === '23505' && constraint && UNIQUE_FIELDS[constraint])
        throw AppError.badInput([
          {
            field: prefix ? field(UNIQUE_FIELDS[constraint]) : 'parentId',
            key: 'ALREADY_EXISTS',
          },
        ]);
      if (code === '23514' && constraint === 'org_unit_no_cycle')
        throw AppError.badInput([{ field: 'parentId', key: 'UNIT_CYCLE' }]);
      throw error;
    }
  }
}

function pgError(error: unknown): { code?: string; constraint?: string } {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  return {
    code: e.driverError?.code ?? e.code,
    constraint: e.driverError?.constraint ?? e.constraint,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUuid(value: string): boolean {
  return UUID.test(value);
}

function toOrgUnit(row: UnitRow): OrgUnit {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    code: row.code,
    description: row.description,
    depth: row.depth,
    path: row.path,
    managers: row.managers,
    memberCount: row.member_count,
    clientCount: row.client_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
