import { Injectable } from '@nestjs/common';
import { ErrorCode, Locale, tallinnDateOf } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { AppError, FieldProblem } from '../../core/errors/app-error';
import { decodeCursor } from '../../core/graphql/pagination';
import { Db } from '../../core/tenancy/db';
import {
  CreateSpecialistInput,
  SpecialistFilter,
  SpecialistServiceInput,
  UpdateSpecialistInput,
} from './dto/specialist.input';
import { Specialist } from './dto/specialist.type';
import { UUID } from './member-directory';

/**
 * The personal fields a specialist read shows (named in the audit event, never their
 * values): a staff member's name and sign-in e-mail, or an external person's contacts.
 */
export const SPECIALIST_READ_FIELDS = ['name', 'email', 'phone'];

/** The most rows one specialists export may hold; beyond it the caller narrows the filter. */
export const SPECIALISTS_EXPORT_MAX_ROWS = 50_000;

interface SpecialistRow {
  id: string;
  user_id: string | null;
  external: boolean;
  name: string;
  email: string | null;
  phone: string | null;
  professions: string[];
  qualifications: string | null;
  cost_per_hour_cents: number | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
  k1: string;
  total?: string;
}

/** One page of specialists with the cursor values of each row. */
export interface SpecialistPage {
  rows: Array<{ specialist: Specialist; cursor: string[] }>;
  total: number;
}

/**
 * A staff specialist's name and e-mail are their account's (app_user, visible to colleagues
 * under RLS), so a rename shows everywhere; `specialist.name` keeps the name they had when
 * registered, for the NOT NULL column and history. An external one's are their own columns.
 */
const SPECIALIST_SELECT = `SELECT s.id, s.user_id, s.external,
       coalesce(u.display_name, s.name) AS name,
       CASE WHEN s.external THEN s.email::text ELSE u.email::text END AS email,
       s.phone, s.professions, s.qualifications, s.cost_per_hour_cents, s.active,
       s.created_at, s.updated_at, lower(coalesce(u.display_name, s.name)) AS k1
  FROM specialist s LEFT JOIN app_user u ON u.id = s.user_id`;

/**
 * The specialists registry (issue 7 item 6): staff members and external specialists with
 * professions, qualifications, the services they may provide and their cost (for cost
 * accounting), and the org units they work in. Runs in the request transaction under RLS.
 *
 * Every specialist shown is a read of personal data (a staff member's or an external
 * person's name and contacts) and is audited, one event per specialist, like members are.
 * Specialists are never deleted: deactivation keeps them for the history of their work.
 */
@Injectable()
export class SpecialistsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async page(
    locale: Locale,
    filter: SpecialistFilter | undefined,
    first: number,
    after?: string,
  ): Promise<SpecialistPage> {
    const { where, params } = filterSql(filter);
    const cursor = after ? decodeCursor(after, 2).map(String) : undefined;
    const n = params.length;
    const rows = await this.db.query<SpecialistRow[]>(
      `WITH matching AS (${SPECIALIST_SELECT} WHERE ${where})
       SELECT x.*, (SELECT count(*) FROM matching) AS total FROM matching x
        ${cursor ? `WHERE (x.k1, x.id) > ($${n + 1}, $${n + 2}::uuid)` : ''}
        ORDER BY x.k1, x.id LIMIT ${first + 1}`,
      cursor ? [...params, ...cursor] : params,
    );
    const specialists = await this.complete(rows, locale);
    return {
      rows: specialists.map((specialist, i) => ({
        specialist,
        cursor: [rows[i]!.k1, rows[i]!.id],
      })),
      total: Number(rows[0]?.total ?? 0),
    };
  }

  /** One specialist of the organization, or NOT_FOUND (another organization's too). */
  async get(id: string, locale: Locale): Promise<Specialist> {
    if (!UUID.test(id)) throw new AppError(ErrorCode.NOT_FOUND);
    const rows = await this.db.query<SpecialistRow[]>(`${SPECIALIST_SELECT} WHERE s.id = $1`, [id]);
    if (!rows.length) throw new AppError(ErrorCode.NOT_FOUND);
    return (await this.complete(rows, locale))[0]!;
  }

  async count(filter: SpecialistFilter | undefined): Promise<number> {
    const { where, params } = filterSql(filter);
    const [row] = await this.db.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM specialist s LEFT JOIN app_user u ON u.id = s.user_id
        WHERE ${where}`,
      params,
    );
    return Number(row!.n);
  }

  /** Every matching specialist in name order, at most `limit` (for an export: not recorded one by one). */
  async matching(
    locale: Locale,
    filter: SpecialistFilter | undefined,
    limit: number,
  ): Promise<Specialist[]> {
    const { where, params } = filterSql(filter);
    const rows = await this.db.query<SpecialistRow[]>(
      `${SPECIALIST_SELECT} WHERE ${where} ORDER BY k1, s.id LIMIT ${limit}`,
      params,
    );
    return this.withDetails(rows, locale);
  }

  async create(input: CreateSpecialistInput, locale: Locale): Promise<Specialist> {
    const problems: FieldProblem[] = [];
    let name = input.name?.trim() ?? '';
    if (input.userId) {
      const member = await this.activeMember(input.userId);
      if (!member) problems.push({ field: 'input.userId', key: 'UNKNOWN_REFERENCE' });
      else if (member.specialist) problems.push({ field: 'input.userId', key: 'ALREADY_EXISTS' });
      else name = member.display_name;
      // A staff member's name and e-mail are their account's; two sources would disagree.
      if (input.name != null) problems.push({ field: 'input.name', key: 'INVALID_VALUE' });
      if (input.email != null) problems.push({ field: 'input.email', key: 'INVALID_VALUE' });
    } else if (!name) problems.push({ field: 'input.name', key: 'REQUIRED' });
    const services = uniqueServices(input.services ?? []);
    problems.push(
      ...(await this.referenceProblems(input.professions, services, input.unitIds)),
      ...(await this.professionProblems(input.professions, services, locale, (i) =>
        serviceField(i),
      )),
    );
    if (problems.length) throw AppError.badInput(problems);

    const now = this.clock.now();
    const [{ id }] = await this.db
      .query<{ id: string }[]>(
        `INSERT INTO specialist (user_id, name, email, phone, external, professions,
                                 qualifications, cost_per_hour_cents, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
        [
          input.userId ?? null,
          name,
          input.userId ? null : input.email?.trim() || null,
          input.phone?.trim() || null,
          !input.userId,
          unique(input.professions),
          input.qualifications?.trim() || null,
          input.costPerHourCents ?? null,
          now,
        ],
      )
      .catch(alreadySpecialist);
    await this.writeServices(id, services);
    await this.writeUnits(id, input.unitIds ?? []);
    this.audit.record({
      action: 'create',
      entityType: 'specialist',
      entityId: id,
      fields: [
        input.userId ? 'user_id' : 'name',
        ...(input.email ? ['email'] : []),
        ...(input.phone ? ['phone'] : []),
        'professions',
        ...(input.qualifications ? ['qualifications'] : []),
        ...(input.costPerHourCents != null ? ['cost_per_hour_cents'] : []),
        ...(services.length ? ['services'] : []),
        ...(input.unitIds?.length ? ['units'] : []),
      ],
    });
    return this.get(id, locale);
  }

  async update(id: string, input: UpdateSpecialistInput, locale: Locale): Promise<Specialist> {
    const current = await this.locked(id);
    const problems: FieldProblem[] = [];
    if (!current.external) {
      if (input.name !== undefined) problems.push({ field: 'input.name', key: 'INVALID_VALUE' });
      if (input.email !== undefined) problems.push({ field: 'input.email', key: 'INVALID_VALUE' });
    } else if (input.name !== undefined && !input.name?.trim())
      problems.push({ field: 'input.name', key: 'REQUIRED' });
    const currentServices = await this.db.query<
      { service_id: string; cost_cents: number | null }[]
    >(
      `SELECT service_id, cost_cents FROM specialist_service WHERE specialist_id = $1
        ORDER BY service_id`,
      [id],
    );
    const services = input.services
      ? uniqueServices(input.services)
      : currentServices.map((s) => ({ serviceId: s.service_id, costCents: s.cost_cents }));
    const professions = input.professions ?? current.professions;
    problems.push(
      ...(await this.referenceProblems(
        input.professions,
        input.services ? services : [],
        input.unitIds,
      )),
    );
    // A new service is checked against the professions it will have; a changed profession
    // list against the services the specialist keeps.
    if (input.services || input.professions)
      problems.push(
        ...(await this.professionProblems(professions, services, locale, (i) =>
          input.services ? serviceField(i) : 'input.professions',
        )),
      );
    if (problems.length) throw AppError.badInput(problems.filter(firstPerField));

    const changed: string[] = [];
    const columns: Array<[string, unknown]> = [];
    const set = (column: string, value: unknown, before: unknown) => {
      if (JSON.stringify(value) === JSON.stringify(before)) return;
      changed.push(column);
      columns.push([column, value]);
    };
    if (input.name != null) set('name', input.name.trim(), current.name);
    if (input.email !== undefined) set('email', input.email?.trim() || null, current.email);
    if (input.phone !== undefined) set('phone', input.phone?.trim() || null, current.phone);
    if (input.professions !== undefined)
      set('professions', unique(input.professions), current.professions);
    if (input.qualifications !== undefined)
      set('qualifications', input.qualifications?.trim() || null, current.qualifications);
    if (input.costPerHourCents !== undefined)
      set('cost_per_hour_cents', input.costPerHourCents, current.cost_per_hour_cents);
    if (input.services && !sameServices(services, currentServices)) {
      await this.db.query(`DELETE FROM specialist_service WHERE specialist_id = $1`, [id]);
      await this.writeServices(id, services);
      changed.push('services');
    }
    if (input.unitIds) {
      const before = await this.db.query<{ unit_id: string }[]>(
        `SELECT unit_id FROM specialist_unit WHERE specialist_id = $1`,
        [id],
      );
      if (
        !sameSet(
          input.unitIds,
          before.map((u) => u.unit_id),
        )
      ) {
        await this.db.query(`DELETE FROM specialist_unit WHERE specialist_id = $1`, [id]);
        await this.writeUnits(id, input.unitIds);
        changed.push('units');
      }
    }
    if (changed.length) {
      await this.db.query(
        `UPDATE specialist SET ${columns.map(([c], i) => `${c} = $${i + 2}`).join(', ')}${
          columns.length ? ', ' : ''
        }updated_at = $${columns.length + 2} WHERE id = $1`,
        [id, ...columns.map(([, v]) => v), this.clock.now()],
      );
      this.audit.record({
        action: 'update',
        entityType: 'specialist',
        entityId: id,
        fields: changed,
      });
    }
    return this.get(id, locale);
  }

  /** Active or not: a deactivated specialist keeps their history and is offered for no new work. */
  async setActive(id: string, active: boolean, locale: Locale): Promise<Specialist> {
    const current = await this.locked(id);
    if (current.active !== active) {
      await this.db.query(`UPDATE specialist SET active = $2, updated_at = $3 WHERE id = $1`, [
        id,
        active,
        this.clock.now(),
      ]);
      this.audit.record({
        action: 'update',
        entityType: 'specialist',
        entityId: id,
        fields: ['active'],
      });
    }
    return this.get(id, locale);
  }

  /** The specialist's own row, locked for the change; NOT_FOUND outside the organization. */
  private async locked(id: string) {
    if (!UUID.test(id)) throw new AppError(ErrorCode.NOT_FOUND);
    const [row] = await this.db.query<
      Array<Omit<SpecialistRow, 'k1' | 'user_id' | 'created_at' | 'updated_at'>>
    >(
      `SELECT id, external, name, email::text AS email, phone, professions, qualifications,
              cost_per_hour_cents, active
         FROM specialist WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw new AppError(ErrorCode.NOT_FOUND);
    return row;
  }

  /** The member `userId` if active in the organization, and whether they are a specialist. */
  private async activeMember(userId: string) {
    const [row] = await this.db.query<{ display_name: string; specialist: boolean }[]>(
      `SELECT u.display_name,
              EXISTS (SELECT 1 FROM specialist s WHERE s.user_id = m.user_id) AS specialist
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.user_id = $1 AND m.active`,
      [userId],
    );
    return row;
  }

  /** Professions, services and units that do not exist in the classifier or the organization. */
  private async referenceProblems(
    professions: string[] | undefined,
    services: SpecialistServiceInput[],
    unitIds: string[] | undefined,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const keys = unique(professions ?? []);
    if (keys.length) {
      const found = await this.db.query<unknown[]>(`SELECT 1 FROM specialty WHERE key = ANY($1)`, [
        keys,
      ]);
      if (found.length !== keys.length)
        problems.push({ field: 'input.professions', key: 'UNKNOWN_REFERENCE' });
    }
    if (services.length) {
      const found = new Set(
        (
          await this.db.query<{ id: string }[]>(
            `SELECT id FROM provider_service WHERE id = ANY($1::uuid[])`,
            [services.map((s) => s.serviceId)],
          )
        ).map((r) => r.id),
      );
      services.forEach((s, i) => {
        if (!found.has(s.serviceId))
          problems.push({ field: serviceField(i), key: 'UNKNOWN_REFERENCE' });
      });
    }
    const units = unique(unitIds ?? []);
    if (units.length) {
      const found = await this.db.query<unknown[]>(
        `SELECT 1 FROM org_unit WHERE id = ANY($1::uuid[])`,
        [units],
      );
      if (found.length !== units.length)
        problems.push({ field: 'input.unitIds', key: 'UNKNOWN_REFERENCE' });
    }
    return problems;
  }

  /**
   * PROFESSION_NOT_ALLOWED for each service on a state code whose classifier row valid today
   * names professions, none of which the specialist has (DOMAIN.md §4.5: e.g. SKA
   * physiotherapy only by a physiotherapist). `allowed` lists the names in the caller's
   * language. A code without professions, or a private service, takes anyone.
   */
  private async professionProblems(
    professions: string[],
    services: SpecialistServiceInput[],
    locale: Locale,
    fieldOf: (index: number) => string,
  ): Promise<FieldProblem[]> {
    if (!services.length) return [];
    const rules = await this.db.query<{ id: string; professions: string[] }[]>(
      `SELECT ps.id, st.professions
         FROM provider_service ps
         JOIN state_service st ON st.code = ps.state_code AND st.valid @> $2::date
        WHERE ps.id = ANY($1::uuid[]) AND cardinality(st.professions) > 0`,
      [services.map((s) => s.serviceId), tallinnDateOf(this.clock.now())],
    );
    const problems: FieldProblem[] = [];
    for (const [i, service] of services.entries()) {
      const allowed = rules.find((r) => r.id === service.serviceId)?.professions;
      if (!allowed || allowed.some((p) => professions.includes(p))) continue;
      const names = await this.db.query<{ name: string }[]>(
        `SELECT ${nameColumn(locale)} AS name FROM specialty WHERE key = ANY($1)
          ORDER BY position, key`,
        [allowed],
      );
      problems.push({
        field: fieldOf(i),
        key: 'PROFESSION_NOT_ALLOWED',
        params: { allowed: names.map((n) => n.name).join(', ') },
      });
    }
    return problems;
  }

  private async writeServices(id: string, services: SpecialistServiceInput[]): Promise<void> {
    for (const s of services)
      await this.db.query(
        `INSERT INTO specialist_service (specialist_id, service_id, cost_cents) VALUES ($1, $2, $3)`,
        [id, s.serviceId, s.costCents ?? null],
      );
  }

  private async writeUnits(id: string, unitIds: string[]): Promise<void> {
    for (const unitId of unique(unitIds))
      await this.db.query(`INSERT INTO specialist_unit (specialist_id, unit_id) VALUES ($1, $2)`, [
        id,
        unitId,
      ]);
  }

  /** Adds professions, services and units, and records the read of each specialist. */
  private async complete(rows: SpecialistRow[], locale: Locale): Promise<Specialist[]> {
    const specialists = await this.withDetails(rows, locale);
    for (const s of specialists)
      this.audit.record({
        action: 'read',
        entityType: 'specialist',
        entityId: s.id,
        fields: SPECIALIST_READ_FIELDS,
      });
    return specialists;
  }

  private async withDetails(rows: SpecialistRow[], locale: Locale): Promise<Specialist[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    // One after another: the request's transaction is one connection.
    const professions = await this.db.query<{ key: string; name: string }[]>(
      `SELECT key, ${nameColumn(locale)} AS name FROM specialty WHERE key = ANY($1)
        ORDER BY position, key`,
      [unique(rows.flatMap((r) => r.professions))],
    );
    const services = await this.db.query<
      {
        specialist_id: string;
        service_id: string;
        name: string;
        state_code: string | null;
        cost_cents: number | null;
      }[]
    >(
      `SELECT ss.specialist_id, ss.service_id, ps.name, ps.state_code, ss.cost_cents
         FROM specialist_service ss JOIN provider_service ps ON ps.id = ss.service_id
        WHERE ss.specialist_id = ANY($1::uuid[]) ORDER BY lower(ps.name), ps.id`,
      [ids],
    );
    const units = await this.db.query<{ specialist_id: string; unit_id: string; name: string }[]>(
      `SELECT su.specialist_id, su.unit_id, u.name
         FROM specialist_unit su JOIN org_unit u ON u.id = su.unit_id
        WHERE su.specialist_id = ANY($1::uuid[]) ORDER BY lower(u.name), u.id`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      external: r.external,
      name: r.name,
      email: r.email,
      phone: r.phone,
      professions: professions.filter((p) => r.professions.includes(p.key)),
      qualifications: r.qualifications,
      costPerHourCents: r.cost_per_hour_cents,
      services: services
        .filter((s) => s.specialist_id === r.id)
        .map((s) => ({
          serviceId: s.service_id,
          name: s.name,
          stateCode: s.state_code,
          costCents: s.cost_cents,
        })),
      units: units
        .filter((u) => u.specialist_id === r.id)
        .map((u) => ({ unitId: u.unit_id, name: u.name })),
      active: r.active,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }
}

function nameColumn(locale: Locale): string {
  return { et: 'name_et', en: 'name_en', ru: 'name_ru' }[locale] ?? 'name_et';
}

const serviceField = (index: number) => `input.services.${index}.serviceId`;

/** One problem per field: the first found is the one to fix first. */
function firstPerField(problem: FieldProblem, index: number, all: FieldProblem[]): boolean {
  return all.findIndex((p) => p.field === problem.field) === index;
}

/** A service named twice keeps its last cost. */
function uniqueServices(services: SpecialistServiceInput[]): SpecialistServiceInput[] {
  return [...new Map(services.map((s) => [s.serviceId, s])).values()];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function sameSet(a: string[], b: string[]): boolean {
  const x = unique(a).sort();
  const y = unique(b).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function sameServices(
  input: SpecialistServiceInput[],
  current: Array<{ service_id: string; cost_cents: number | null }>,
): boolean {
  const key = (list: Array<[string, number | null]>) => JSON.stringify(list.sort());
  return (
    key(input.map((s) => [s.serviceId, s.costCents ?? null])) ===
    key(current.map((s) => [s.service_id, s.cost_cents]))
  );
}

/** The race the check before the insert cannot close: the database's unique constraint. */
function alreadySpecialist(error: unknown): never {
  const e = error as { driverError?: { code?: string; constraint?: string } };
  if (e.driverError?.code === '23505' && e.driverError.constraint === 'specialist_one_per_member')
    throw AppError.badInput([{ field: 'input.userId', key: 'ALREADY_EXISTS' }]);
  throw error;
}

/** The filter's conditions on `specialist s` / `app_user u`, with their parameters. */
function filterSql(filter: SpecialistFilter | undefined): { where: string; params: unknown[] } {
  const conditions = ['true'];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const search = filter?.search?.trim();
  if (search) {
    const p = param(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`(coalesce(u.display_name, s.name) ILIKE ${p}
      OR (CASE WHEN s.external THEN s.email::text ELSE u.email::text END) ILIKE ${p})`);
  }
  if (filter?.profession) conditions.push(`${param(filter.profession)} = ANY (s.professions)`);
  if (filter?.unitId)
    conditions.push(`EXISTS (SELECT 1 FROM specialist_unit su
      WHERE su.specialist_id = s.id AND su.unit_id IN (
        WITH RECURSIVE below(id) AS (
          SELECT id FROM org_unit WHERE id = ${param(filter.unitId)}::uuid
          UNION SELECT c.id FROM org_unit c JOIN below b ON c.parent_id = b.id)
        SELECT id FROM below))`);
  if (filter?.serviceId)
    conditions.push(`EXISTS (SELECT 1 FROM specialist_service ss
      WHERE ss.specialist_id = s.id AND ss.service_id = ${param(filter.serviceId)}::uuid)`);
  if (filter?.active !== undefined && filter.active !== null)
    conditions.push(`s.active = ${param(filter.active)}`);
  if (filter?.external !== undefined && filter.external !== null)
    conditions.push(`s.external = ${param(filter.external)}`);
  return { where: conditions.join(' AND '), params };
}
