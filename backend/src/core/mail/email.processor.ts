import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { LOGGER } from '../logging/logging.module';
import { RedisConnections } from '../redis/redis.module';
import { OutboxProcessor } from '../jobs/outbox.processor';
import { OutboxRow } from '../jobs/outbox';
import { QueueName } from '../jobs/queue-name';
import { MailService } from './mail.service';
import { EmailPayload, messageIdFor } from './email-outbox';

/** Sends e-mail outbox rows over SMTP, each with a Message-ID derived from its row. */
@Injectable()
export class EmailProcessor extends OutboxProcessor {
  readonly queue = QueueName.Email;

  constructor(
    dataSource: DataSource,
    redis: RedisConnections,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: Logger,
    private readonly mail: MailService,
  ) {
    super(dataSource, redis, config, logger);
  }

  protected async deliver(row: OutboxRow): Promise<string> {
    const payload = row.payload as unknown as EmailPayload;
    const messageId = messageIdFor(row.id, this.config.publicUrl);
    await this.mail.send({
      messageId,
      to: payload.to,
      subject: payload.subject,
      text: payload.text,
      html: payload.html,
    });
    return messageId;
  }
}
