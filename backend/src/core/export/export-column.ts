/** A column of an export: which property of each row, under which heading. */
export interface ExportColumn {
  key: string;
  header: string;
}

/**
 * One exported row. Values may be strings, numbers (euros, not cents: convert first),
 * bigints, booleans, Dates (printed as the Tallinn calendar date), null or undefined (empty).
 */
export type ExportRow = Record<string, unknown>;

export type ExportValue = string | number | bigint | boolean | Date | null | undefined;

/** The row's value for a column, refusing objects that would print as "[object Object]". */
export function exportValue(row: ExportRow, column: ExportColumn): ExportValue {
  const value = row[column.key];
  if (value === null || value === undefined || value instanceof Date) return value;
  if (['string', 'number', 'bigint', 'boolean'].includes(typeof value)) return value as ExportValue;
  throw new TypeError(
    `Export column "${column.key}" holds a ${typeof value}; convert it to text, a number or a Date first`,
  );
}
