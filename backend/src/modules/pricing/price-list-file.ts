import { isValidIsoDate, Locale, parseDateEt, toCents } from '@reha/shared';
import ExcelJS from 'exceljs';
import type { FieldProblem } from '../../core/errors/app-error';
import {
  DELIVERY_FORMS,
  DeliveryForm,
  FORM_LABELS,
  VAT_CATEGORIES,
  VatCategory,
} from './price-terms';

/**
 * The price list file, as exported and imported: one row per price version, Estonian headings.
 * A row names its service by `Teenuse ID` (as exported) or, when that cell is empty, by the
 * service's exact name (case and surrounding spaces ignored); `Riiklik kood` is for the reader
 * and not used to find the service. Prices as "29,36" or "29.36"; dates as dd.mm.yyyy or
 * YYYY-MM-DD; an empty `Kehtib kuni` = until further notice.
 */
export const PRICE_FILE_COLUMNS = [
  { key: 'serviceId', header: 'Teenuse ID' },
  { key: 'serviceName', header: 'Teenus' },
  { key: 'stateCode', header: 'Riiklik kood' },
  { key: 'form', header: 'Vorm' },
  { key: 'groupSizeMin', header: 'Grupi suurus alates' },
  { key: 'groupSizeMax', header: 'Grupi suurus kuni' },
  { key: 'price', header: 'Hind (€)' },
  { key: 'vatCategory', header: 'KM kategooria' },
  { key: 'validFrom', header: 'Kehtib alates' },
  { key: 'validTo', header: 'Kehtib kuni' },
] as const;
export type PriceFileKey = (typeof PRICE_FILE_COLUMNS)[number]['key'];

export const HEADER_OF = Object.fromEntries(
  PRICE_FILE_COLUMNS.map((c) => [c.key, c.header]),
) as Record<PriceFileKey, string>;

/** The columns a file must have (the service by ID or by name: at least one of the two). */
const REQUIRED: PriceFileKey[] = ['form', 'price', 'validFrom'];

export const VAT_LABELS: Record<VatCategory, string> = {
  standard: 'standardmäär',
  reduced: 'vähendatud määr',
  exempt: 'maksuvaba',
};

/** The most a file may hold. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_FILE_ROWS = 5000;

/** One data row of a file by column, with its line number (the heading is line 1). */
export interface FileRow {
  line: number;
  cells: Partial<Record<PriceFileKey, string>>;
}

/** A row's values, typed; the service still as the file named it. */
export interface ParsedPriceRow {
  serviceId: string | null;
  serviceName: string | null;
  form: DeliveryForm;
  groupSizeMin: number;
  groupSizeMax: number;
  priceCents: number;
  vatCategory: VatCategory;
  validFrom: string;
  validTo: string | null;
}

/** A problem of a row, by column key. */
export type RowProblem = FieldProblem & { field: PriceFileKey | 'row' };

/** Reads an RFC 4180 CSV with `;` (or `,`) between fields, UTF-8 with or without a BOM. */
export function readCsv(text: string): string[][] {
  const source = text.replace(/^\ufeff/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The first sheet of a workbook as text cells (dates as YYYY-MM-DD, numbers as written). */
export async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/**
 * The data rows by column, found by their headings (case and spaces ignored; the English keys
 * work too). Returns the headings a file lacks instead, if any.
 */
export function rowsByColumn(table: string[][]): { rows: FileRow[]; missing: PriceFileKey[] } {
  const norm = (s: string) => s.trim().toLowerCase();
  const heading = (table[0] ?? []).map(norm);
  const index = new Map<PriceFileKey, number>();
  for (const column of PRICE_FILE_COLUMNS) {
    const at = heading.findIndex((h) => h === norm(column.header) || h === norm(column.key));
    if (at >= 0) index.set(column.key, at);
  }
  const missing = REQUIRED.filter((k) => !index.has(k));
  if (!index.has('serviceId') && !index.has('serviceName')) missing.unshift('serviceName');
  const rows: FileRow[] = [];
  table.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row: FileRow = { line: i + 2, cells: {} };
    for (const [key, at] of index) row.cells[key] = (cells[at] ?? '').trim();
    rows.push(row);
  });
  return { rows, missing };
}

function parseDate(text: string): string | null {
  if (isValidIsoDate(text)) return text;
  return parseDateEt(text);
}

function parseForm(text: string): DeliveryForm | null {
  const t = text.toLowerCase();
  return DELIVERY_FORMS.find((f) => f === t || Object.values(FORM_LABELS[f]).includes(t)) ?? null;
}

function parseVat(text: string): VatCategory | null {
  const t = text.toLowerCase();
  if (t === '') return 'exempt';
  return VAT_CATEGORIES.find((v) => v === t || VAT_LABELS[v] === t) ?? null;
}

function parseSize(text: string | undefined, fallback: number): number | null {
  if (!text) return fallback;
  return /^\d{1,3}$/.test(text) ? Number(text) : null;
}

/** A row's typed values, or what is wrong with each of its cells. */
export function parseRow(row: FileRow): { value: ParsedPriceRow } | { problems: RowProblem[] } {
  const c = row.cells;
  const problems: RowProblem[] = [];
  const serviceId = c.serviceId || null;
  const serviceName = c.serviceName || null;
  if (!serviceId && !serviceName) problems.push({ field: 'serviceName', key: 'REQUIRED' });
  const form = parseForm(c.form ?? '');
  if (!form)
    problems.push({
      field: 'form',
      key: c.form ? 'NOT_ONE_OF' : 'REQUIRED',
      params: { allowed: DELIVERY_FORMS.map((f) => FORM_LABELS[f].et).join(', ') },
    });
  const groupSizeMin = parseSize(c.groupSizeMin, 1);
  if (groupSizeMin === null) problems.push({ field: 'groupSizeMin', key: 'NOT_AN_INTEGER' });
  const groupSizeMax = parseSize(c.groupSizeMax, groupSizeMin ?? 1);
  if (groupSizeMax === null) problems.push({ field: 'groupSizeMax', key: 'NOT_AN_INTEGER' });
  let priceCents: number | null = null;
  try {
    priceCents = c.price ? toCents(c.price) : null;
    if (priceCents === null) problems.push({ field: 'price', key: 'REQUIRED' });
  } catch {
    problems.push({ field: 'price', key: 'NOT_A_NUMBER' });
  }
  const vatCategory = parseVat(c.vatCategory ?? '');
  if (!vatCategory)
    problems.push({
      field: 'vatCategory',
      key: 'NOT_ONE_OF',
      params: { allowed: Object.values(VAT_LABELS).join(', ') },
    });
  const validFrom = c.validFrom ? parseDate(c.validFrom) : null;
  if (!validFrom)
    problems.push({ field: 'validFrom', key: c.validFrom ? 'INVALID_DATE' : 'REQUIRED' });
  const validTo = c.validTo ? parseDate(c.validTo) : null;
  if (c.validTo && !validTo) problems.push({ field: 'validTo', key: 'INVALID_DATE' });
  if (problems.length) return { problems };
  return {
    value: {
      serviceId,
      serviceName,
      form: form!,
      groupSizeMin: groupSizeMin!,
      groupSizeMax: groupSizeMax!,
      priceCents: priceCents!,
      vatCategory: vatCategory!,
      validFrom: validFrom!,
      validTo,
    },
  };
}

export function headerOf(field: string, locale: Locale): string {
  if (field === 'row') return { et: 'rida', en: 'row', ru: 'строка' }[locale];
  return HEADER_OF[field as PriceFileKey] ?? field;
}
