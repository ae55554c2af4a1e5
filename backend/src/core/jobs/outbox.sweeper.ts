import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { LOGGER } from '../logging/logging.module';
import { Queues } from './queues';
import { QueueName } from './queue-name';
import { OutboxJobData } from './outbox';
import { asMaintenance } from '../tenancy/maintenance';

/**
 * Moves due outbox rows into BullMQ. Rows are picked when they are pending and due and were
 * not enqueued recently (a Redis restart drops queued jobs: they come back after
 * OUTBOX_REQUEUE_MS), or when a send's lease ran out (its worker died mid-send).
 * `FOR UPDATE SKIP LOCKED` lets several workers sweep at once without double work.
 */
@Injectable()
export class OutboxSweeper implements OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Queues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  start(): void {
    const tick = () => {
      this.running = this.sweep()
        .catch((err: Error) => {
          this.logger.warn({ err: { message: err.message } }, 'outbox sweep failed; will retry');
          return 0;
        })
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.config.outboxSweepIntervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** One pass; returns how many rows were enqueued. */
  async sweep(limit = 500): Promise<number> {
    return asMaintenance(this.dataSource, async (manager) => {
      const due = (await manager.query(
        `SELECT id, queue, enqueue_count FROM outbox_message
          WHERE (state = 'pending' AND due_at <= now()
                 AND (enqueued_at IS NULL OR enqueued_at < now() - make_interval(secs => $1 / 1000.0)))
             OR (state = 'sending' AND locked_until < now())
          ORDER BY due_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [this.config.outboxRequeueMs, limit],
      )) as Array<{ id: string; queue: QueueName; enqueue_count: number }>;
      for (const row of due) {
        const data: OutboxJobData = { outboxId: row.id };
        // A fresh job id per enqueue: an old job with the same id (completed, or stalled in a
        // dead worker) would otherwise make BullMQ ignore the add.
        await this.queues
          .get(row.queue)
          .add(row.queue, data, { jobId: `outbox-${row.id}-${row.enqueue_count + 1}` });
      }
      if (due.length) {
        await manager.query(
          `UPDATE outbox_message SET enqueued_at = now(), enqueue_count = enqueue_count + 1 WHERE id = ANY($1::uuid[])`,
          [due.map((r) => r.id)],
        );
      }
      return due.length;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const timer = this.timer;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    await this.running;
  }
}
