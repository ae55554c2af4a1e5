import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module';
import { DocumentService } from './document.service';

/** Branded PDF documents. */
@Module({
  imports: [ClockModule],
  providers: [DocumentService],
  exports: [DocumentService],
})
export class DocumentsModule {}
