import { isRealDate, parseIsoDate, toIsoDate } from './calendar-date';
import { utcToLocalParts } from './tallinn-time';

/**
 * Estonian display formats (DOMAIN.md §5.6): dates as dd.mm.yyyy (21.12.2015),
 * times as 24-hour HH:MM, always in Europe/Tallinn for instants.
 */

function isoToEt(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${String(year).padStart(4, '0')}`;
}

/**
 * A plain date 'YYYY-MM-DD' → 'dd.mm.yyyy'; a Date → its Tallinn calendar date
 * as 'dd.mm.yyyy'. Throws RangeError for an invalid date.
 */
export function formatDateEt(value: string | Date): string {
  if (value instanceof Date) return isoToEt(utcToLocalParts(value).date);
  return isoToEt(value);
}

/** An instant as 'dd.mm.yyyy HH:MM' in Tallinn time. */
export function formatDateTimeEt(d: Date): string {
  const { date, time } = utcToLocalParts(d);
  return `${isoToEt(date)} ${time}`;
}

/**
 * Parses an Estonian date 'dd.mm.yyyy' into 'YYYY-MM-DD', or null when it is
 * malformed or not a real date. Surrounding whitespace is ignored and one-digit
 * day or month is accepted ('1.3.2025'); the year must have 4 digits.
 */
export function parseDateEt(value: string): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  return isRealDate(year, month, day) ? toIsoDate(year, month, day) : null;
}
