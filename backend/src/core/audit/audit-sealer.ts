import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { LOGGER } from '../logging/logging.module';
import { Db } from '../tenancy/db';
import type { SystemPrincipal } from '../tenancy/principal';
import { TenantTransactions } from '../tenancy/tenant-transactions';
import {
  AuditEventContent,
  chainKeyOf,
  CONTENT_SQL,
  GENESIS_HASH,
  linkEvents,
} from './audit-chain';

/** Events per pass (and per transaction). */
export const SEAL_BATCH = 1000;

const SEALER: SystemPrincipal = { kind: 'system', job: 'audit-sealer' };

/**
 * Chains committed audit events (ARCHITECTURE.md "Audit"). Requests insert their events
 * without a link (no lock on the hot path); this job, in the worker every
 * AUDIT_SEAL_INTERVAL_MS, gives each unsealed event the next position in its organization's
 * chain and its hash, and moves the chain head, in one transaction as reha_maintenance.
 *
 * Only committed rows are visible to it, so chain order is the order events became visible.
 * `FOR UPDATE SKIP LOCKED` lets several workers seal at once without taking the same rows;
 * they serialize on each chain head (`FOR UPDATE`, locked in key order so two sealers never
 * deadlock), and under READ COMMITTED the second one reads the head the first one left.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The loop runs only in the worker process; the API only inserts events. */
  onApplicationBootstrap(): void {
    if (process.env.REHA_PROCESS === 'worker') this.start();
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.sealPending()
        .catch((err: Error) => {
          this.logger.warn({ err: { message: err.message } }, 'audit sealing failed; will retry');
          return 0;
        })
        .then((sealed) => {
          if (sealed > 0) this.logger.debug({ sealed }, 'audit events sealed');
          return sealed;
        });
      void this.running.then((sealed) => {
        if (!this.timer) return;
        // A full batch means more are waiting: go on at once.
        this.timer = setTimeout(tick, sealed >= SEAL_BATCH ? 0 : this.config.auditSealIntervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** One pass over up to `limit` unsealed events; returns how many were sealed. */
  async sealPending(limit = SEAL_BATCH): Promise<number> {
    return this.transactions.run(
      SEALER,
      async () => {
        const rows = await this.db.query<AuditEventContent[]>(
          `SELECT ${CONTENT_SQL}
             FROM audit_event e
            WHERE e.hash IS NULL
            ORDER BY e.id
            LIMIT $1
            FOR UPDATE SKIP LOCKED`,
          [limit],
        );
        const chains = new Map<string, AuditEventContent[]>();
        for (const row of rows) {
          const key = chainKeyOf(row.organizationId);
          const list = chains.get(key);
          if (list) list.push(row);
          else chains.set(key, [row]);
        }
        for (const key of [...chains.keys()].sort()) await this.sealChain(key, chains.get(key)!);
        return rows.length;
      },
      { role: 'reha_maintenance' },
    );
  }

  private async sealChain(chainKey: string, events: AuditEventContent[]): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_chain (chain_key, last_seq, last_hash) VALUES ($1, 0, $2)
       ON CONFLICT (chain_key) DO NOTHING`,
      [chainKey, GENESIS_HASH],
    );
    const [head] = await this.db.query<{ lastSeq: string; lastHash: Buffer }[]>(
      `SELECT last_seq::text AS "lastSeq", last_hash AS "lastHash"
         FROM audit_chain WHERE chain_key = $1 FOR UPDATE`,
      [chainKey],
    );
    const links = linkEvents(
      chainKey,
      { lastSeq: BigInt(head!.lastSeq), lastHash: head!.lastHash },
      events,
    );
    await this.db.query(
      `UPDATE audit_event e
          SET chain_seq = l.chain_seq, prev_hash = l.prev_hash, hash = l.hash, sealed_at = now()
         FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bytea[])
           AS l(id, chain_seq, prev_hash, hash)
        WHERE e.id = l.id`,
      [
        links.map((l) => l.id),
        links.map((l) => l.chainSeq.toString()),
        links.map((l) => l.prevHash),
        links.map((l) => l.hash),
      ],
    );
    const tail = links[links.length - 1]!;
    await this.db.query(
      `UPDATE audit_chain SET last_seq = $2, last_hash = $3, updated_at = now()
        WHERE chain_key = $1`,
      [chainKey, tail.chainSeq.toString(), tail.hash],
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const timer = this.timer;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    await this.running;
  }
}
