import { Injectable } from '@nestjs/common';
import { writeCsv } from './csv-writer';
import { ExportColumn, ExportRow } from './export-column';
import { writeXlsx } from './xlsx-writer';

/** The two spreadsheet formats (the values of the GraphQL enum ExportFormat). */
export type SpreadsheetFormat = 'csv' | 'xlsx';

const MIME: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A spreadsheet as the API hands it over (the GraphQL type ExportedFile). */
export interface SpreadsheetFile {
  filename: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
}

/** The one way to hand tabular data to a spreadsheet: CSV for Estonian Excel, or XLSX. */
@Injectable()
export class ExportService {
  toCsv(columns: ExportColumn[], rows: ExportRow[]): Buffer {
    return writeCsv(columns, rows);
  }

  toXlsx(sheetName: string, columns: ExportColumn[], rows: ExportRow[]): Promise<Buffer> {
    return writeXlsx(sheetName, columns, rows);
  }

  /** `rows` as a file named `<baseName>.<format>` (the sheet is named `sheetName` in XLSX). */
  async toFile(
    format: SpreadsheetFormat,
    names: { sheetName: string; baseName: string },
    columns: ExportColumn[],
    rows: ExportRow[],
  ): Promise<SpreadsheetFile> {
    const content =
      format === 'xlsx'
        ? await this.toXlsx(names.sheetName, columns, rows)
        : this.toCsv(columns, rows);
    return {
      filename: `${names.baseName}.${format}`,
      mimeType: MIME[format],
      contentBase64: content.toString('base64'),
      rowCount: rows.length,
    };
  }
}
