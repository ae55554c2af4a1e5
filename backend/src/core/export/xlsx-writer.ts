import { tallinnDateOf } from '@reha/shared';
import ExcelJS from 'exceljs';
import { ExportColumn, ExportRow, ExportValue, exportValue } from './export-column';

// Excel's limits: 31 characters and none of []:*?/\ in a sheet name, 32 767 characters in a cell.
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;
const CELL_TEXT_MAX = 32767;
const COLUMN_WIDTH = { min: 8, max: 60 } as const;
const DATE_FORMAT = 'dd.mm.yyyy';

/**
 * An Excel workbook with one sheet: bold, frozen header row with a filter, columns as wide as
 * their content, numbers as numbers and dates as dates, so the recipient can sort and sum.
 * Text is always stored as text, never as a formula.
 */
export async function writeXlsx(
  sheetName: string,
  columns: ExportColumn[],
  rows: ExportRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Reha';
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });

  const widths = columns.map((column) => column.header.length);
  sheet.addRow(columns.map((column) => cleanText(column.header)));
  for (const row of rows) {
    const values = columns.map((column) => exportValue(row, column));
    const added = sheet.addRow(values.map(cellValue));
    values.forEach((value, i) => {
      if (value instanceof Date) added.getCell(i + 1).numFmt = DATE_FORMAT;
      widths[i] = Math.max(widths[i]!, displayLength(value));
    });
  }

  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F4' } };
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = Math.min(
      COLUMN_WIDTH.max,
      Math.max(COLUMN_WIDTH.min, width + 2),
    );
  });
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(value: ExportValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  // Excel dates carry no time zone: write the Tallinn calendar date as that day's midnight.
  if (value instanceof Date) return new Date(`${tallinnDateOf(value)}T00:00:00Z`);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'boolean') return value;
  return cleanText(value);
}

/** Drops the control characters XML cannot hold (Excel reports such a file as damaged). */
function cleanText(text: string): string {
  let clean = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) clean += char;
  }
  return clean.length > CELL_TEXT_MAX ? clean.slice(0, CELL_TEXT_MAX) : clean;
}

function safeSheetName(name: string): string {
  const safe = name
    .replace(SHEET_NAME_FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, SHEET_NAME_MAX)
    .trim();
  return safe || 'Export';
}

function displayLength(value: ExportValue): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return DATE_FORMAT.length;
  // The longest line, for text that wraps onto several.
  return Math.max(
    ...String(value)
      .split('\n')
      .map((line) => line.length),
  );
}
