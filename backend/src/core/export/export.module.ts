import { Module } from '@nestjs/common';
import { ExportService } from './export.service';

/** Spreadsheet exports (CSV and Excel). */
@Module({
  providers: [ExportService],
  exports: [ExportService],
})
export class ExportModule {}
