import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { EmailOutbox } from './email-outbox';
import { EmailProcessor } from './email.processor';

@Global()
@Module({
  providers: [MailService, EmailOutbox, EmailProcessor],
  exports: [MailService, EmailOutbox],
})
export class MailModule {}
