import { Injectable } from '@nestjs/common';
import { ErrorCode, Locale } from '@reha/shared';
import { AuditService } from '../../core/audit/audit.service';
import { AppError } from '../../core/errors/app-error';
import { decodeCursor } from '../../core/graphql/pagination';
import { Db } from '../../core/tenancy/db';
import { MemberFilter, MemberOrderBy, MemberOrderField, SortDirection } from './dto/member.input';
import { Member, MemberStatus, Specialty } from './dto/member.type';

/** The personal fields a member read shows (named in the audit event, never their values). */
export const MEMBER_READ_FIELDS = ['email', 'display_name'];

/** A member's status from the membership row: the one definition, used in SQL everywhere. */
const STATUS_SQL = `CASE WHEN NOT m.active THEN 'DEACTIVATED'
  WHEN m.accepted_at IS NULL THEN 'INVITED' ELSE 'ACTIVE' END`;

/**
 * Sort keys of each order as text, so one keyset cursor shape ([key, second key, user id])
 * serves every order. Created-at keeps the database's microseconds (no JavaScript rounding).
 */
const ORDER_KEYS: Record<MemberOrderField, [string, string]> = {
  [MemberOrderField.NAME]: ['lower(u.display_name)', 'lower(u.email::text)'],
  [MemberOrderField.EMAIL]: ['lower(u.email::text)', 'lower(u.display_name)'],
  [MemberOrderField.STATUS]: [
    `CASE WHEN NOT m.active THEN '2' WHEN m.accepted_at IS NULL THEN '1' ELSE '0' END`,
    'lower(u.display_name)',
  ],
  [MemberOrderField.CREATED_AT]: [
    `to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
    'lower(u.display_name)',
  ],
};

const DEFAULT_ORDER: MemberOrderBy = {
  field: MemberOrderField.NAME,
  direction: SortDirection.ASC,
};

interface MemberRow {
  user_id: string;
  email: string;
  display_name: string;
  status: MemberStatus;
  roles: string[];
  invited_at: Date | null;
  accepted_at: Date | null;
  deactivated_at: Date | null;
  created_at: Date;
  k1: string;
  k2: string;
  total?: string;
}

/** One page of members with the cursor values of each row. */
export interface MemberPage {
  rows: Array<{ member: Member; cursor: string[] }>;
  total: number;
}

/**
 * Reading the organization's members: list (filter, order, keyset pages), one member, the
 * rows of an export, the specialties classifier. Runs in the request transaction; RLS keeps
 * it to the caller's organization. Every member shown is a read of staff personal data
 * (e-mail, name) and is audited, one event per member.
 */
@Injectable()
export class MemberDirectory {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async page(
    locale: Locale,
    filter: MemberFilter | undefined,
    orderBy: MemberOrderBy | undefined,
    first: number,
    after?: string,
  ): Promise<MemberPage> {
    const order = orderBy ?? DEFAULT_ORDER;
    const { where, params } = filterSql(filter);
    const cursor = after ? decodeCursor(after, 3).map(String) : undefined;
    const [k1, k2] = ORDER_KEYS[order.field];
    const dir = order.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    const n = params.length;
    const rows = await this.db.query<MemberRow[]>(
      `WITH matching AS (${memberSelect(`${k1} AS k1, ${k2} AS k2`)} WHERE ${where})
       SELECT x.*, (SELECT count(*) FROM matching) AS total FROM matching x
        ${cursor ? `WHERE (x.k1, x.k2, x.user_id) ${dir === 'ASC' ? '>' : '<'} ($${n + 1}, $${n + 2}, $${n + 3}::uuid)` : ''}
        ORDER BY x.k1 ${dir}, x.k2 ${dir}, x.user_id ${dir}
        LIMIT ${first + 1}`,
      cursor ? [...params, ...cursor] : params,
    );
    const members = await this.complete(rows, locale);
    return {
      rows: members.map((member, i) => ({
        member,
        cursor: [rows[i]!.k1, rows[i]!.k2, rows[i]!.user_id],
      })),
      total: Number(rows[0]?.total ?? 0),
    };
  }

  /** One member of the organization, or NOT_FOUND (another organization's too). */
  async get(userId: string, locale: Locale): Promise<Member> {
    const [member] = await this.byIds([userId], locale);
    if (!member) throw new AppError(ErrorCode.NOT_FOUND);
    return member;
  }

  /**
   * Members by user id, in no particular order; unknown ids are left out. `record: false`
   * for a service's own look before a change (the answer after it is the audited read).
   */
  async byIds(userIds: string[], locale: Locale, options = { record: true }): Promise<Member[]> {
    const ids = userIds.filter((id) => UUID.test(id));
    if (!ids.length) return [];
    const rows = await this.db.query<MemberRow[]>(
      `${memberSelect(`'' AS k1, '' AS k2`)} WHERE m.user_id = ANY($1::uuid[])`,
      [ids],
    );
    return options.record ? this.complete(rows, locale) : this.withDetails(rows, locale);
  }

  /** Every matching member in name order, at most `limit` + 1 of them (the caller caps). */
  async matching(locale: Locale, filter: MemberFilter | undefined, limit: number) {
    const { where, params } = filterSql(filter);
    const [k1, k2] = ORDER_KEYS[MemberOrderField.NAME];
    const rows = await this.db.query<MemberRow[]>(
      `${memberSelect(`${k1} AS k1, ${k2} AS k2`)} WHERE ${where}
        ORDER BY k1, k2, m.user_id LIMIT ${limit + 1}`,
      params,
    );
    return this.withDetails(rows, locale);
  }

  async count(filter: MemberFilter | undefined): Promise<number> {
    const { where, params } = filterSql(filter);
    const [row] = await this.db.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM membership m JOIN app_user u ON u.id = m.user_id WHERE ${where}`,
      params,
    );
    return Number(row!.n);
  }

  async specialties(locale: Locale): Promise<Specialty[]> {
    return this.db.query<Specialty[]>(
      `SELECT key, ${nameColumn(locale)} AS name, registration FROM specialty ORDER BY position, key`,
    );
  }

  /** Names of the organization's roles in `locale`, by key (for exports). */
  async roleNames(locale: Locale): Promise<Map<string, string>> {
    const rows = await this.db.query<{ key: string; name: string }[]>(
      `SELECT key, ${nameColumn(locale)} AS name FROM role`,
    );
    return new Map(rows.map((r) => [r.key, r.name]));
  }

  /** Adds units, managed units and specialties, and records the read of each member. */
  private async complete(rows: MemberRow[], locale: Locale): Promise<Member[]> {
    const members = await this.withDetails(rows, locale);
    for (const m of members)
      this.audit.record({
        action: 'read',
        entityType: 'membership',
        entityId: m.userId,
        fields: MEMBER_READ_FIELDS,
      });
    return members;
  }

  private async withDetails(rows: MemberRow[], locale: Locale): Promise<Member[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.user_id);
    // One after another: the request's transaction is one connection.
    const units = await this.db.query<
      { user_id: string; unit_id: string; name: string; roles: string[] }[]
    >(
      `SELECT mu.user_id, mu.unit_id, u.name, mu.roles
         FROM membership_unit mu JOIN org_unit u ON u.id = mu.unit_id
        WHERE mu.user_id = ANY($1::uuid[]) ORDER BY lower(u.name), u.id`,
      [ids],
    );
    const managed = await this.db.query<{ user_id: string; unit_id: string }[]>(
      `SELECT user_id, unit_id FROM org_unit_manager WHERE user_id = ANY($1::uuid[])
        ORDER BY unit_id`,
      [ids],
    );
    const specialties = await this.db.query<
      { user_id: string; key: string; name: string; registration_number: string | null }[]
    >(
      `SELECT ms.user_id, s.key, s.${nameColumn(locale)} AS name, ms.registration_number
         FROM member_specialty ms JOIN specialty s ON s.key = ms.specialty_key
        WHERE ms.user_id = ANY($1::uuid[]) ORDER BY s.position, s.key`,
      [ids],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      email: r.email,
      displayName: r.display_name,
      status: r.status,
      roles: r.roles,
      units: units
        .filter((u) => u.user_id === r.user_id)
        .map((u) => ({ unitId: u.unit_id, name: u.name, roles: u.roles })),
      managerOf: managed.filter((u) => u.user_id === r.user_id).map((u) => u.unit_id),
      specialties: specialties
        .filter((s) => s.user_id === r.user_id)
        .map((s) => ({ key: s.key, name: s.name, registrationNumber: s.registration_number })),
      invitedAt: r.invited_at,
      acceptedAt: r.accepted_at,
      deactivatedAt: r.deactivated_at,
      createdAt: r.created_at,
    }));
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function nameColumn(locale: Locale): string {
  return { et: 'name_et', en: 'name_en', ru: 'name_ru' }[locale] ?? 'name_et';
}

function memberSelect(orderKeys: string): string {
  return `SELECT m.user_id, u.email, u.display_name, ${STATUS_SQL} AS status, m.roles,
                 m.invited_at, m.accepted_at, m.deactivated_at, m.created_at, ${orderKeys}
            FROM membership m JOIN app_user u ON u.id = m.user_id`;
}

/** The filter's conditions on `membership m` / `app_user u`, with their parameters. */
function filterSql(filter: MemberFilter | undefined): { where: string; params: unknown[] } {
  const conditions = ['true'];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const search = filter?.search?.trim();
  if (search) {
    const p = param(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`(u.display_name ILIKE ${p} OR u.email::text ILIKE ${p})`);
  }
  if (filter?.status) conditions.push(`${STATUS_SQL} = ${param(filter.status)}`);
  if (filter?.role) {
    const p = param(filter.role);
    conditions.push(`(${p} = ANY (m.roles) OR EXISTS (SELECT 1 FROM membership_unit mu
      WHERE mu.user_id = m.user_id AND ${p} = ANY (mu.roles)))`);
  }
  if (filter?.unitId) {
    conditions.push(`EXISTS (SELECT 1 FROM membership_unit mu
      WHERE mu.user_id = m.user_id AND mu.unit_id IN (
        WITH RECURSIVE below(id) AS (
          SELECT id FROM org_unit WHERE id = ${param(filter.unitId)}::uuid
          UNION SELECT c.id FROM org_unit c JOIN below b ON c.parent_id = b.id)
        SELECT id FROM below))`);
  }
  if (filter?.specialty)
    conditions.push(`EXISTS (SELECT 1 FROM member_specialty ms
      WHERE ms.user_id = m.user_id AND ms.specialty_key = ${param(filter.specialty)})`);
  return { where: conditions.join(' AND '), params };
}
