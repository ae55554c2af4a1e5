import { Injectable } from '@nestjs/common';
import { Db } from '../tenancy/db';
import { AppError } from '../errors/app-error';
import { Connection, decodeCursor, toConnection } from '../graphql/pagination';
import { AuditEvent, AuditEventFilter, AuditPrincipalKind, AuditResultValue } from './audit.types';

/** The columns an audit-log page or export shows, as audit records them for the reader. */
export const AUDIT_LOG_FIELDS = [
  'occurred_at',
  'principal_kind',
  'actor_id',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'client_id',
  'fields',
  'result',
  'error_code',
  'request_id',
  'ip',
  'chain_seq',
  'sealed_at',
];

/** One row as read for export: times already as Tallinn wall-clock text. */
export interface AuditExportRow {
  id: string;
  occurredAt: string;
  principalKind: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  fields: string;
  result: string;
  errorCode: string | null;
  requestId: string | null;
  ip: string | null;
  chainPosition: string | null;
}

interface PageRow {
  id: string;
  occurredAt: Date;
  occurredAtText: string;
  principalKind: AuditPrincipalKind;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  fields: string[];
  result: AuditResultValue;
  errorCode: string | null;
  requestId: string | null;
  ip: string | null;
  sealedAt: Date | null;
  chainPosition: string | null;
}

const COLUMNS = `e.id::text AS "id",
  e.occurred_at AS "occurredAt",
  to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAtText",
  e.principal_kind AS "principalKind",
  e.actor_id::text AS "actorId",
  e.actor_role AS "actorRole",
  e.action AS "action",
  e.entity_type AS "entityType",
  e.entity_id AS "entityId",
  e.client_id::text AS "clientId",
  e.fields AS "fields",
  e.result AS "result",
  e.error_code AS "errorCode",
  e.request_id AS "requestId",
  host(e.ip) AS "ip",
  e.sealed_at AS "sealedAt",
  e.chain_seq::text AS "chainPosition"`;

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const CURSOR_ID = /^\d{1,19}$/;

/**
 * Reads the audit log of the caller's organization, newest first. Always through the
 * request's transaction as reha_app: RLS limits every query to the caller's organization.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly db: Db) {}

  async page(
    filter: AuditEventFilter | undefined,
    first: number,
    after: string | undefined,
  ): Promise<Connection<AuditEvent>> {
    const { where, params } = conditions(filter);
    const total = await this.count(where, params);
    const pageWhere = [...where];
    const pageParams = [...params];
    if (after) {
      const [time, id] = decodeCursor(after, 2);
      if (typeof time !== 'string' || !CURSOR_TIME.test(time) || !CURSOR_ID.test(String(id)))
        throw AppError.badInput([{ field: 'after', key: 'INVALID_FORMAT' }]);
      pageParams.push(time, String(id));
      pageWhere.push(
        `(e.occurred_at, e.id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::bigint)`,
      );
    }
    pageParams.push(first + 1);
    const rows = await this.db.query<PageRow[]>(
      `SELECT ${COLUMNS} FROM audit_event e ${whereSql(pageWhere)}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT $${pageParams.length}`,
      pageParams,
    );
    const connection = toConnection(rows, first, total, (r) => [r.occurredAtText, r.id]);
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node }) => ({ cursor, node: toEvent(node) })),
    };
  }

  /** How many events match, to refuse an export over the limit before reading it. */
  async countMatching(filter: AuditEventFilter | undefined): Promise<number> {
    const { where, params } = conditions(filter);
    return this.count(where, params);
  }

  /** Every matching event, newest first, for a spreadsheet. */
  async exportRows(filter: AuditEventFilter | undefined, limit: number): Promise<AuditExportRow[]> {
    const { where, params } = conditions(filter);
    params.push(limit);
    return this.db.query<AuditExportRow[]>(
      `SELECT e.id::text AS "id",
              to_char(e.occurred_at AT TIME ZONE 'Europe/Tallinn', 'DD.MM.YYYY HH24:MI:SS') AS "occurredAt",
              e.principal_kind AS "principalKind", e.actor_id::text AS "actorId",
              e.actor_role AS "actorRole", e.action AS "action", e.entity_type AS "entityType",
              e.entity_id AS "entityId", e.client_id::text AS "clientId",
              array_to_string(e.fields, ', ') AS "fields", e.result AS "result",
              e.error_code AS "errorCode", e.request_id AS "requestId", host(e.ip) AS "ip",
              e.chain_seq::text AS "chainPosition"
         FROM audit_event e ${whereSql(where)}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT $${params.length}`,
      params,
    );
  }

  private async count(where: string[], params: unknown[]): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event e ${whereSql(where)}`,
      params,
    );
    return row!.n;
  }
}

function conditions(filter: AuditEventFilter | undefined): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (!filter) return { where, params };
  if (filter.from && filter.to && filter.from.getTime() > filter.to.getTime())
    throw AppError.badInput([{ field: 'filter.to', key: 'INVALID_VALUE' }]);
  if (filter.from) add((p) => `e.occurred_at >= ${p}::timestamptz`, filter.from.toISOString());
  if (filter.to) add((p) => `e.occurred_at < ${p}::timestamptz`, filter.to.toISOString());
  if (filter.actions?.length) add((p) => `e.action = ANY(${p}::text[])`, filter.actions);
  if (filter.principalKind) add((p) => `e.principal_kind = ${p}`, filter.principalKind);
  if (filter.actorId) add((p) => `e.actor_id = ${p}::uuid`, filter.actorId);
  if (filter.entityType) add((p) => `e.entity_type = ${p}`, filter.entityType);
  if (filter.entityId) add((p) => `e.entity_id = ${p}`, filter.entityId);
  if (filter.clientId) add((p) => `e.client_id = ${p}::uuid`, filter.clientId);
  if (filter.result) add((p) => `e.result = ${p}`, filter.result);
  return { where, params };
}

function whereSql(where: string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

function toEvent(row: PageRow): AuditEvent {
  const { occurredAtText: _text, ...event } = row;
  return event;
}
