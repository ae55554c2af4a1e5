import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueueName } from './queue-name';
import { OutboxRow } from './outbox';
import { asMaintenance } from '../tenancy/maintenance';
import { currentScope } from '../tenancy/scope';

export interface NewOutboxMessage {
  kind: string;
  queue: QueueName;
  /** Unique: a second call with the same key returns the first row and adds nothing. */
  idempotencyKey: string;
  payload: Record<string, unknown>;
  organizationId?: string | null;
  dueAt?: Date;
  maxAttempts?: number;
}

/**
 * Records what must be delivered. Call it inside the business transaction (pass its
 * EntityManager) so the message exists exactly when the change that caused it commits;
 * the worker's sweeper enqueues it.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inside a request, job or command the message joins its transaction (and organization);
   * outside one it is written on the maintenance path.
   */
  async add(message: NewOutboxMessage, manager?: EntityManager): Promise<OutboxRow> {
    const current = manager ?? currentScope()?.transaction?.manager;
    if (!current) return asMaintenance(this.dataSource, (m) => this.add(message, m));
    return this.insert(message, current);
  }

  private async insert(message: NewOutboxMessage, manager: EntityManager): Promise<OutboxRow> {
    const inserted = (await manager.query(
      `INSERT INTO outbox_message (organization_id, kind, queue, idempotency_key, payload, due_at, max_attempts)
       VALUES (COALESCE($1::uuid, NULLIF(current_setting('app.organization_id', true), '')::uuid),
               $2, $3, $4, $5, COALESCE($6, now()), $7)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING *`,
      [
        message.organizationId ?? null,
        message.kind,
        message.queue,
        message.idempotencyKey,
        JSON.stringify(message.payload),
        message.dueAt ?? null,
        message.maxAttempts ?? 8,
      ],
    )) as OutboxRow[];
    if (inserted[0]) return inserted[0];
    const existing = (await manager.query(
      `SELECT * FROM outbox_message WHERE idempotency_key = $1`,
      [message.idempotencyKey],
    )) as OutboxRow[];
    return existing[0]!;
  }

  async get(id: string, manager?: EntityManager): Promise<OutboxRow | null> {
    const current = manager ?? currentScope()?.transaction?.manager;
    if (!current) return asMaintenance(this.dataSource, (m) => this.get(id, m));
    const rows = (await current.query(`SELECT * FROM outbox_message WHERE id = $1`, [
      id,
    ])) as OutboxRow[];
    return rows[0] ?? null;
  }
}
