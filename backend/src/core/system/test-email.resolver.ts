import { Args, Field, InputType, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Permission } from '../auth/permissions';
import { RequirePermission } from '../auth/require-permission';
import { IsEmail, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { ErrorCode } from '@reha/shared';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { AppError } from '../errors/app-error';
import { EmailOutbox } from '../mail/email-outbox';

@InputType()
export class SendTestEmailInput {
  @Field({ description: 'Recipient address.' })
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(254)
  to: string;

  @Field({ nullable: true, description: 'Subject; a default one when empty.' })
  @IsOptional()
  @MaxLength(200)
  subject?: string;

  @Field({ description: 'Client-chosen key: sending twice with the same key sends one e-mail.' })
  @IsNotEmpty()
  @MaxLength(100)
  idempotencyKey: string;
}

@ObjectType()
export class OutboxMessageStatus {
  @Field()
  id: string;
  @Field()
  state: string;
}

/**
 * Developer tool: queues a test e-mail through the outbox, to see mail delivery work end to
 * end (/dev/mail shows it). For the platform operator (`devtools.email`), and refused even
 * to them unless REHA_DEV_TOOLS is on.
 */
@Resolver()
export class TestEmailResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly email: EmailOutbox,
  ) {}

  @RequirePermission(Permission.DevtoolsEmail)
  @Mutation(() => OutboxMessageStatus)
  async sendTestEmail(@Args('input') input: SendTestEmailInput): Promise<OutboxMessageStatus> {
    if (!this.config.devTools) throw new AppError(ErrorCode.FORBIDDEN);
    const row = await this.email.queue({
      to: input.to,
      subject: input.subject || 'Reha test e-mail – õ ä ö ü š ž',
      text: 'See on Reha testkiri. This is a Reha test e-mail. Это тестовое письмо Reha.',
      idempotencyKey: `test-email:${input.idempotencyKey}`,
    });
    return { id: row.id, state: row.state };
  }
}
