import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox.service';
import { OutboxSweeper } from './outbox.sweeper';
import { Queues } from './queues';

@Global()
@Module({
  providers: [Queues, OutboxService, OutboxSweeper],
  exports: [Queues, OutboxService, OutboxSweeper],
})
export class JobsModule {}
