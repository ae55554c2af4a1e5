import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuditEventContent, chainHash, CONTENT_SQL, GENESIS_HASH } from './audit-chain';

/** Runs one SQL statement and returns its rows. */
export type SqlQuery = <T>(sql: string, parameters?: unknown[]) => Promise<T[]>;

export type ChainBreakKind =
  /** The event's content was changed after sealing. */
  | 'content'
  /** The event does not point at its predecessor's hash: the predecessor was changed and re-hashed. */
  | 'link'
  /** Positions are missing before the event: sealed events were deleted. */
  | 'gap'
  /** A position appears twice or goes backwards. */
  | 'order'
  /** The chain head does not match the last event: the tail was removed, or the head altered. */
  | 'head';

export interface ChainBreak {
  kind: ChainBreakKind;
  /** The first event that does not verify (for a truncated tail: the last one left), if any. */
  eventId: string | null;
  chainSeq: string | null;
  message: string;
}

export interface ChainReport {
  /** The organization id, or '' for the platform chain. */
  chainKey: string;
  /** Sealed events walked. */
  events: number;
  /** Committed events the sealer has not chained yet (not protected until it has). */
  unsealed: number;
  /** The first problem found, or null when the chain is intact. */
  broken: ChainBreak | null;
}

export interface VerificationReport {
  chains: ChainReport[];
  intact: boolean;
}

interface WalkedRow extends AuditEventContent {
  chainSeq: string;
  prevHash: Buffer | null;
  hash: Buffer;
}

const BATCH = 5000;

/**
 * Walks every audit chain in position order and recomputes each link. Reports per chain how
 * many sealed events it holds, how many are still waiting for the sealer, and the FIRST event
 * that breaks: changed content, a broken link, a gap (deleted events) or a head that does not
 * match the last event (a truncated tail). `query` must run inside one REPEATABLE READ
 * transaction as reha_maintenance, so the chains and their heads are one consistent snapshot
 * while the sealer keeps working.
 */
export async function verifyAuditChains(query: SqlQuery): Promise<VerificationReport> {
  const heads = await query<{ chainKey: string; lastSeq: string; lastHash: Buffer }>(
    `SELECT chain_key AS "chainKey", last_seq::text AS "lastSeq", last_hash AS "lastHash"
       FROM audit_chain`,
  );
  const counts = await query<{ chainKey: string; unsealed: number }>(
    `SELECT COALESCE(organization_id::text, '') AS "chainKey",
            (count(*) FILTER (WHERE hash IS NULL))::int AS unsealed
       FROM audit_event GROUP BY 1`,
  );
  const headOf = new Map(heads.map((h) => [h.chainKey, h]));
  const unsealedOf = new Map(counts.map((c) => [c.chainKey, c.unsealed]));
  const keys = [...new Set([...headOf.keys(), ...unsealedOf.keys()])].sort();
  const chains: ChainReport[] = [];
  for (const chainKey of keys) {
    const report = await verifyChain(query, chainKey, headOf.get(chainKey));
    chains.push({ ...report, unsealed: unsealedOf.get(chainKey) ?? 0 });
  }
  return { chains, intact: chains.every((c) => !c.broken) };
}

async function verifyChain(
  query: SqlQuery,
  chainKey: string,
  head: { lastSeq: string; lastHash: Buffer } | undefined,
): Promise<Omit<ChainReport, 'unsealed'>> {
  const headSeq = head ? BigInt(head.lastSeq) : 0n;
  let events = 0;
  let broken: ChainBreak | null = null;
  let prevSeq = 0n;
  let prevHash = GENESIS_HASH;
  let last: WalkedRow | undefined;
  const breakAt = (kind: ChainBreakKind, row: WalkedRow | undefined, message: string) => {
    broken ??= { kind, eventId: row?.id ?? null, chainSeq: row?.chainSeq ?? null, message };
  };
  const where = chainKey === '' ? 'e.organization_id IS NULL' : 'e.organization_id = $3::uuid';
  for (;;) {
    const rows = await query<WalkedRow>(
      `SELECT ${CONTENT_SQL}, e.chain_seq::text AS "chainSeq", e.prev_hash AS "prevHash",
              e.hash AS "hash"
         FROM audit_event e
        WHERE ${where} AND e.chain_seq > $1::bigint
        ORDER BY e.chain_seq
        LIMIT $2`,
      chainKey === '' ? [prevSeq.toString(), BATCH] : [prevSeq.toString(), BATCH, chainKey],
    );
    for (const row of rows) {
      events++;
      const seq = BigInt(row.chainSeq);
      if (!broken) {
        if (!head) {
          breakAt('head', row, 'the chain has sealed events but no chain head');
        } else if (seq > headSeq) {
          breakAt(
            'head',
            row,
            `sealed beyond the chain head (which ends at position ${headSeq}): the head was rolled back`,
          );
        } else if (seq > prevSeq + 1n) {
          const from = prevSeq + 1n;
          const to = seq - 1n;
          breakAt(
            'gap',
            row,
            `chain position${from === to ? ` ${from} is` : `s ${from}–${to} are`} missing before it: sealed events were deleted`,
          );
        } else if (seq <= prevSeq) {
          breakAt('order', row, `chain position ${seq} appears more than once`);
        } else if (!row.prevHash || !row.prevHash.equals(prevHash)) {
          breakAt(
            'link',
            row,
            seq === 1n
              ? 'the first event does not start from the genesis hash'
              : 'it does not link to the event before it: that event was changed and re-hashed',
          );
        } else if (!chainHash(prevHash, chainKey, seq, row).equals(row.hash)) {
          breakAt('content', row, 'content does not match its hash');
        }
      }
      prevSeq = seq;
      prevHash = row.hash;
      last = row;
    }
    if (rows.length < BATCH) break;
  }
  if (!broken && head) {
    if (headSeq > prevSeq) {
      const missing = headSeq - prevSeq;
      breakAt(
        'head',
        last,
        `the chain head records ${headSeq} events but the chain ends at position ${prevSeq}: ` +
          `the last ${missing === 1n ? 'event was' : `${missing} events were`} deleted`,
      );
    } else if (!head.lastHash.equals(prevHash)) {
      breakAt(
        'head',
        last,
        'the chain head does not match the last event: it was changed and re-hashed, or the head altered',
      );
    }
  }
  return { chainKey, events, broken };
}

/** A readable report, one line per chain and a summary. */
export function formatVerificationReport(report: VerificationReport): string {
  const lines = report.chains.map((chain) => {
    const label = `audit chain ${chain.chainKey || 'platform'}`;
    const pending = chain.unsealed ? ` (${chain.unsealed} not yet sealed)` : '';
    const b = chain.broken;
    if (!b) return `${label}: ${chain.events} events OK${pending}`;
    const where = b.eventId
      ? `${b.kind === 'head' && !b.message.startsWith('sealed') ? 'after' : 'at'} event ${b.eventId} (chain position ${b.chainSeq})`
      : 'at its start';
    return `${label}: BROKEN ${where}: ${b.message}${pending}`;
  });
  const broken = report.chains.filter((c) => c.broken).length;
  const total = report.chains.reduce((n, c) => n + c.events, 0);
  lines.push(
    report.chains.length === 0
      ? 'no audit events yet'
      : broken === 0
        ? `${report.chains.length} chain${report.chains.length === 1 ? '' : 's'}, ${total} events: all intact`
        : `${broken} of ${report.chains.length} chains BROKEN`,
  );
  return lines.join('\n') + '\n';
}

/**
 * Verifies the database at `databaseUrl` (as its owner, switching to reha_maintenance in a
 * read-only snapshot): for the CLI, without a Nest application.
 */
export async function verifyAuditDatabase(databaseUrl: string): Promise<VerificationReport> {
  const client = new Client({
    connectionString: databaseUrl,
    application_name: 'reha-audit-verify',
  });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query('SET LOCAL ROLE reha_maintenance');
    const report = await verifyAuditChains(
      async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    );
    await client.query('ROLLBACK');
    return report;
  } finally {
    await client.end();
  }
}

/** The verifier inside the application (operator tools, tests), on the application's pool. */
@Injectable()
export class AuditVerifier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verify(): Promise<VerificationReport> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      await runner.query('SET LOCAL ROLE reha_maintenance');
      return await verifyAuditChains(
        async <T>(sql: string, params?: unknown[]) => (await runner.query(sql, params)) as T[],
      );
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}
