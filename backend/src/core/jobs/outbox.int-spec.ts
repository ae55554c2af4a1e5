import 'reflect-metadata';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { MailCaptureServer } from '../mail/capture-server';
import { createTestDatabase, TestDatabase } from '../../../test/database';
import { TestRedis } from '../../../test/redis-server';
import { testEnv } from '../../../test/env';
import { eventually, killWorker, startWorker, stopWorker } from '../../../test/worker-process';
import { dataSourceOptions } from '../database/data-source-options';
import { loadConfig } from '../config/config.schema';
import { OutboxService } from './outbox.service';
import { OutboxSweeper } from './outbox.sweeper';
import { Queues } from './queues';
import { QueueName } from './queue-name';
import { OutboxRow } from './outbox';
import { EmailOutbox } from '../mail/email-outbox';
import { RedisConnections } from '../redis/redis.module';

const silent = {
  warn: () => undefined,
  info: () => undefined,
  error: () => undefined,
} as unknown as Logger;

describe('outbox e-mail delivery (real PostgreSQL, Redis, SMTP and worker process)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let redis: TestRedis;
  let capture: MailCaptureServer;
  let release: (() => void) | undefined;
  let onFirstMessage: (() => void) | undefined;

  beforeEach(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(db.url, 3));
    await dataSource.initialize();
    redis = new TestRedis();
    await redis.start();
    let held = false;
    capture = new MailCaptureServer({
      // Holds the SMTP answer to the first message until the test releases it: the message has
      // arrived, the sender does not yet know. That is where a crash hurts.
      beforeAccept: async () => {
        if (held || !onFirstMessage) return;
        held = true;
        onFirstMessage();
        await new Promise<void>((resolve) => (release = resolve));
      },
    });
    await capture.start();
  });

  afterEach(async () => {
    release?.();
    release = undefined;
    onFirstMessage = undefined;
    await capture.stop();
    await redis.stop();
    await dataSource.destroy();
    await db.drop();
  });

  function workerEnv(extra: Record<string, string> = {}) {
    return testEnv({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      SMTP_URL: `smtp://127.0.0.1:${capture.port}`,
      OUTBOX_SWEEP_INTERVAL_MS: '200',
      OUTBOX_REQUEUE_MS: '1000',
      OUTBOX_LEASE_MS: '1500',
      ...extra,
    });
  }

  async function outboxRow(id: string): Promise<OutboxRow> {
    return (
      (await dataSource.query('SELECT * FROM outbox_message WHERE id = $1', [id])) as OutboxRow[]
    )[0]!;
  }

  function emailOutbox() {
    return new EmailOutbox(new OutboxService(dataSource));
  }

  it('queues one row per idempotency key, however often it is asked', async () => {
    const outbox = emailOutbox();
    const first = await outbox.queue({
      to: 'a@example.ee',
      subject: 'Tere',
      text: 'Tere!',
      idempotencyKey: 'booking:1:confirmation',
    });
    const again = await outbox.queue({
      to: 'a@example.ee',
      subject: 'Tere',
      text: 'Tere!',
      idempotencyKey: 'booking:1:confirmation',
    });
    expect(again.id).toBe(first.id);
    const [{ count }] = (await dataSource.query(
      'SELECT count(*)::int AS count FROM outbox_message',
    )) as [{ count: number }];
    expect(count).toBe(1);
  });

  it('sends an e-mail that was queued in Redis before Redis restarted and lost it, exactly once', async () => {
    const row = await emailOutbox().queue({
      to: 'mari.maasikas@example.ee',
      subject: 'Teie aeg on kinnitatud',
      text: 'Kohtumiseni!',
      idempotencyKey: 'redis-restart',
    });

    // The sweeper hands the row to Redis …
    const env = workerEnv();
    const config = loadConfig(env);
    const connections = new RedisConnections(config);
    const queues = new Queues(connections);
    const sweeper = new OutboxSweeper(dataSource, queues, config, silent);
    expect(await sweeper.sweep()).toBe(1);
    const probeConnection = new IORedis(redis.url, { maxRetriesPerRequest: null });
    const probe = new Queue(QueueName.Email, { connection: probeConnection });
    expect(await probe.getWaitingCount()).toBe(1);
    await probe.close();
    await probeConnection.quit();
    await queues.onApplicationShutdown();
    await connections.onApplicationShutdown();

    // … and Redis dies without persistence before any worker took the job.
    await redis.kill();
    await redis.start();

    const worker = startWorker(env);
    try {
      const sent = await eventually(
        async () => {
          const r = await outboxRow(row.id);
          return r.state === 'sent' ? r : null;
        },
        20000,
        'the outbox row to be sent',
      );
      expect(sent.attempts).toBe(1);
      // Give a duplicate every chance to appear before counting.
      await new Promise((r) => setTimeout(r, 1500));
      const messages = capture.messages();
      expect(messages).toHaveLength(1);
      expect(messages[0]!.messageId).toBe(`<${row.id}@reha.test>`);
      expect(messages[0]!.subject).toBe('Teie aeg on kinnitatud');
    } finally {
      await stopWorker(worker);
    }
  });

  it('delivers exactly one distinct Message-ID when the worker is killed mid-send', async () => {
    const row = await emailOutbox().queue({
      to: 'jaan@example.ee',
      subject: 'Arve nr 2026-0001',
      text: 'Arve on lisatud.',
      idempotencyKey: 'killed-mid-send',
    });
    const arrived = new Promise<void>((resolve) => (onFirstMessage = resolve));

    const first = startWorker(workerEnv());
    await arrived; // the capture server has the whole message; the worker waits for "250 OK"
    await killWorker(first);
    release?.();
    expect((await outboxRow(row.id)).state).toBe('sending');

    const second = startWorker(workerEnv());
    try {
      const sent = await eventually(
        async () => {
          const r = await outboxRow(row.id);
          return r.state === 'sent' ? r : null;
        },
        20000,
        'the outbox row to be sent after the lease expired',
      );
      expect(sent.attempts).toBe(2);
      await new Promise((r) => setTimeout(r, 1500));
      const ids = capture.messages().map((m) => m.messageId);
      // The server saw the message twice (the first sender never heard it was accepted);
      // the deterministic Message-ID lets the recipient's side recognise the repeat.
      expect(ids).toHaveLength(2);
      expect(new Set(ids)).toEqual(new Set([`<${row.id}@reha.test>`]));
    } finally {
      await stopWorker(second);
    }
  });

  it('retries a failed send later and marks the row failed after its last attempt', async () => {
    const row = await emailOutbox().queue({
      to: 'x@example.ee',
      subject: 'S',
      text: 'T',
      idempotencyKey: 'smtp-down',
    });
    await dataSource.query('UPDATE outbox_message SET max_attempts = 2 WHERE id = $1', [row.id]);
    await capture.stop(); // nobody answers SMTP
    const worker = startWorker(workerEnv());
    try {
      const pending = await eventually(
        async () => {
          const r = await outboxRow(row.id);
          return r.attempts === 1 && r.state === 'pending' ? r : null;
        },
        20000,
        'the first failed attempt',
      );
      expect(pending.last_error).toBeTruthy();
      expect(new Date(pending.due_at).getTime()).toBeGreaterThan(Date.now() + 2000); // backoff
      await dataSource.query('UPDATE outbox_message SET due_at = now() WHERE id = $1', [row.id]);
      const failed = await eventually(
        async () => {
          const r = await outboxRow(row.id);
          return r.state === 'failed' ? r : null;
        },
        20000,
        'the row to be marked failed',
      );
      expect(failed.attempts).toBe(2);
    } finally {
      await stopWorker(worker);
    }
  });
});
