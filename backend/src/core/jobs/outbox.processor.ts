import { Inject, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { LOGGER } from '../logging/logging.module';
import { RedisConnections } from '../redis/redis.module';
import { QueueName } from './queue-name';
import { OutboxJobData, OutboxRow, retryDelayMs } from './outbox';
import { asMaintenance } from '../tenancy/maintenance';

/**
 * Base of every processor that delivers outbox rows. It makes delivery idempotent: a job first
 * claims its row (pending, or sending with an expired lease) in one UPDATE, so a duplicate job
 * or a second worker finds nothing to do; a sent row is never sent again. Failures go back to
 * pending with a growing delay until max_attempts, then `failed`. BullMQ retries with backoff
 * on top, and the sweeper covers anything Redis forgot.
 */
export abstract class OutboxProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  abstract readonly queue: QueueName;
  /** Performs the external effect; returns the external id (e.g. the e-mail Message-ID). */
  protected abstract deliver(row: OutboxRow): Promise<string | null>;

  private worker?: Worker<OutboxJobData>;

  constructor(
    protected readonly dataSource: DataSource,
    private readonly redis: RedisConnections,
    @Inject(APP_CONFIG) protected readonly config: AppConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {}

  /** Processors run only in the worker process; the API just records outbox rows. */
  protected shouldRun(): boolean {
    return process.env.REHA_PROCESS === 'worker';
  }

  onApplicationBootstrap(): void {
    if (!this.shouldRun()) return;
    this.worker = new Worker<OutboxJobData>(this.queue, (job) => this.process(job), {
      connection: this.redis.create(`worker-${this.queue}`),
      concurrency: 5,
      stalledInterval: 15_000,
    });
    this.worker.on('error', (err) =>
      this.logger.warn(
        { queue: this.queue, err: { message: err.message } },
        'worker connection error',
      ),
    );
    this.worker.on('failed', (job, err) =>
      this.logger.warn(
        { queue: this.queue, jobId: job?.id, err: { message: err.message } },
        'job failed',
      ),
    );
  }

  async process(job: Job<OutboxJobData>): Promise<'sent' | 'skipped'> {
    const row = await this.claim(job.data.outboxId);
    if (!row) return 'skipped';
    const log = this.logger.child({ queue: this.queue, outboxId: row.id, attempt: row.attempts });
    try {
      const externalId = await this.deliver(row);
      await asMaintenance(this.dataSource, (m) =>
        m.query(
          `UPDATE outbox_message SET state = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL, external_id = $2 WHERE id = $1`,
          [row.id, externalId],
        ),
      );
      log.info('outbox message delivered');
      return 'sent';
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
      const finalAttempt = row.attempts >= row.max_attempts;
      await asMaintenance(this.dataSource, (m) =>
        m.query(
          `UPDATE outbox_message
            SET state = $2, locked_until = NULL, last_error = $3, enqueued_at = NULL,
                due_at = now() + make_interval(secs => $4 / 1000.0)
          WHERE id = $1`,
          [row.id, finalAttempt ? 'failed' : 'pending', message, retryDelayMs(row.attempts)],
        ),
      );
      log.warn({ err: { message }, finalAttempt }, 'outbox delivery failed');
      // The outbox row schedules the next attempt; BullMQ need not retry this job as well.
      throw new UnrecoverableError(message);
    }
  }

  private async claim(id: string): Promise<OutboxRow | null> {
    const [rows] = (await asMaintenance(this.dataSource, (m) =>
      m.query(
        `UPDATE outbox_message
          SET state = 'sending', attempts = attempts + 1,
              locked_until = now() + make_interval(secs => $2 / 1000.0)
        WHERE id = $1
          AND (state = 'pending' OR (state = 'sending' AND locked_until < now()))
        RETURNING *`,
        [id, this.config.outboxLeaseMs],
      ),
    )) as [OutboxRow[], number];
    return rows[0] ?? null;
  }

  async onApplicationShutdown(): Promise<void> {
    // Graceful: waits for jobs in progress to finish before the process exits.
    await this.worker?.close();
  }
}
