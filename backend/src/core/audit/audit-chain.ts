import { createHash } from 'node:crypto';

/**
 * The hash chain that makes the audit log tamper-evident (ARCHITECTURE.md "Audit"). Every
 * organization has its own chain (`chain_key` = its id; '' for platform events without one);
 * the sealer gives each committed event the next position in its chain and
 *
 *   hash = sha256(prev_hash ‖ 0x00 ‖ chain_key ‖ 0x00 ‖ chain_seq ‖ 0x00 ‖ canonical(event))
 *
 * so changing, removing or reordering a sealed event breaks every later link. Pure functions:
 * the sealer and the verifier share them, and both read the content with {@link CONTENT_SQL}
 * (timestamps as text, exactly as PostgreSQL stores them, never through a JS Date).
 */

/** prev_hash of the first event of every chain. */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/** Version of the canonical form, part of every hash: a later change of form is explicit. */
export const CANONICAL_VERSION = 'reha-audit-v1';

/** The content columns of one event, as text (bigints and timestamps never become JS numbers or Dates). */
export interface AuditEventContent {
  id: string;
  organizationId: string | null;
  /** UTC with microseconds: `2025-01-31T09:15:02.123456Z`. */
  occurredAt: string;
  principalKind: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  fields: (string | null)[];
  result: string;
  errorCode: string | null;
  requestId: string | null;
  ip: string | null;
}

/**
 * The select list that reads {@link AuditEventContent} from `audit_event` aliased `e`, with
 * the camelCase names above. `ip::text` keeps the netmask (`10.0.0.1/32`), so it is exact.
 */
export const CONTENT_SQL = `e.id::text AS "id",
  e.organization_id::text AS "organizationId",
  to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
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
  e.ip::text AS "ip"`;

/** The chain an event belongs to: its organization, or '' for platform events. */
export function chainKeyOf(organizationId: string | null | undefined): string {
  return organizationId ?? '';
}

/**
 * The event's content in one stable form: a JSON array in a fixed column order with explicit
 * nulls (JSON escaping keeps separators inside values unambiguous).
 */
export function canonicalize(event: AuditEventContent): string {
  return JSON.stringify([
    CANONICAL_VERSION,
    event.id,
    event.organizationId,
    event.occurredAt,
    event.principalKind,
    event.actorId,
    event.actorRole,
    event.action,
    event.entityType,
    event.entityId,
    event.clientId,
    [...event.fields],
    event.result,
    event.errorCode,
    event.requestId,
    event.ip,
  ]);
}

const SEPARATOR = Buffer.from([0]);

/** The hash of an event at `chainSeq` in `chainKey` whose predecessor's hash is `prevHash`. */
export function chainHash(
  prevHash: Buffer,
  chainKey: string,
  chainSeq: bigint | number | string,
  event: AuditEventContent,
): Buffer {
  if (prevHash.length !== 32) throw new RangeError('prev_hash must be 32 bytes');
  const seq = BigInt(chainSeq);
  if (seq < 1n) throw new RangeError('chain positions start at 1');
  return createHash('sha256')
    .update(prevHash)
    .update(SEPARATOR)
    .update(chainKey, 'utf8')
    .update(SEPARATOR)
    .update(seq.toString(), 'utf8')
    .update(SEPARATOR)
    .update(canonicalize(event), 'utf8')
    .digest();
}

export interface SealedLink {
  id: string;
  chainSeq: bigint;
  prevHash: Buffer;
  hash: Buffer;
}

/**
 * Links `events` (in sealing order) onto a chain whose head is at `lastSeq` with `lastHash`.
 * Returns each event's position and hashes; the last link is the new head.
 */
export function linkEvents(
  chainKey: string,
  head: { lastSeq: bigint; lastHash: Buffer },
  events: AuditEventContent[],
): SealedLink[] {
  let seq = head.lastSeq;
  let prev = head.lastHash;
  return events.map((event) => {
    seq += 1n;
    const hash = chainHash(prev, chainKey, seq, event);
    const link = { id: event.id, chainSeq: seq, prevHash: prev, hash };
    prev = hash;
    return link;
  });
}
