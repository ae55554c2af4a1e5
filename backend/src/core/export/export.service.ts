import { Injectable } from '@nestjs/common';
import { writeCsv } from './csv-writer';
import { ExportColumn, ExportRow } from './export-column';
import { writeXlsx } from './xlsx-writer';

/** The one way to hand tabular data to a spreadsheet: CSV for Estonian Excel, or XLSX. */
@Injectable()
export class ExportService {
  toCsv(columns: ExportColumn[], rows: ExportRow[]): Buffer {
    return writeCsv(columns, rows);
  }

  toXlsx(sheetName: string, columns: ExportColumn[], rows: ExportRow[]): Promise<Buffer> {
    return writeXlsx(sheetName, columns, rows);
  }
}
