import { formatDateEt } from '@reha/shared';
import { ExportColumn, ExportRow, ExportValue, exportValue } from './export-column';

/**
 * CSV the way Excel with Estonian regional settings opens it by double-click: UTF-8 with a BOM
 * (without it Excel reads Windows-1257 and garbles õ ä ö ü š ž), `;` between fields (the list
 * separator where the decimal mark is a comma), CRLF line ends, RFC 4180 quoting.
 */
export function writeCsv(columns: ExportColumn[], rows: ExportRow[]): Buffer {
  const lines = [
    columns.map((column) => csvField(column.header)),
    ...rows.map((row) => columns.map((column) => csvField(csvText(exportValue(row, column))))),
  ];
  const BOM = '\ufeff';
  return Buffer.from(BOM + lines.map((fields) => fields.join(';') + '\r\n').join(''), 'utf8');
}

function csvText(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDateEt(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  return String(value);
}

// A cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @, and tab or
// carriage return, which some spreadsheets skip before looking for one.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(,\d+)?$/;
const NEEDS_QUOTES = /[;"\r\n]/;

function csvField(text: string): string {
  // The apostrophe makes a spreadsheet show the text as it is; negative numbers stay numbers.
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
