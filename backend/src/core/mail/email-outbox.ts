import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxService } from '../jobs/outbox.service';
import { OutboxRow } from '../jobs/outbox';
import { QueueName } from '../jobs/queue-name';

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** The same row always gets the same Message-ID, so a resend after a crash is recognisable. */
export function messageIdFor(outboxId: string, publicUrl: string): string {
  const host = new URL(publicUrl).hostname || 'reha.localhost';
  return `<${outboxId}@${host}>`;
}

/** The one way modules send e-mail: an outbox row, delivered by the worker. */
@Injectable()
export class EmailOutbox {
  constructor(private readonly outbox: OutboxService) {}

  queue(
    email: EmailPayload & { idempotencyKey: string; organizationId?: string | null; dueAt?: Date },
    manager?: EntityManager,
  ): Promise<OutboxRow> {
    const { idempotencyKey, organizationId, dueAt, ...payload } = email;
    return this.outbox.add(
      {
        kind: 'email',
        queue: QueueName.Email,
        idempotencyKey,
        organizationId,
        dueAt,
        payload: { ...payload },
      },
      manager,
    );
  }
}
