import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions every later module relies on, the transactional outbox that makes job delivery
 * survive a Redis restart, and the record of which demo/seed data sets were loaded.
 */
export class CoreOutbox1763900000000 implements MigrationInterface {
  name = 'CoreOutbox1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid,
        kind text NOT NULL,
        queue text NOT NULL,
        idempotency_key text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        state text NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        max_attempts integer NOT NULL DEFAULT 8 CHECK (max_attempts > 0),
        due_at timestamptz NOT NULL DEFAULT now(),
        enqueued_at timestamptz,
        enqueue_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_error text,
        external_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT outbox_message_idempotency_key_unique UNIQUE (idempotency_key)
      )`);
    // The sweeper's two questions: which pending rows are due, which sends have lost their worker.
    await q.query(
      `CREATE INDEX outbox_message_pending_due_idx ON outbox_message (due_at) WHERE state = 'pending'`,
    );
    await q.query(
      `CREATE INDEX outbox_message_sending_lease_idx ON outbox_message (locked_until) WHERE state = 'sending'`,
    );
    await q.query(`
      CREATE TABLE seed_run (
        name text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE seed_run`);
    await q.query(`DROP TABLE outbox_message`);
  }
}
