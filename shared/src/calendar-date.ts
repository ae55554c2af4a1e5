/**
 * Plain calendar dates ("YYYY-MM-DD", no time, no time zone): birth dates, service
 * dates, decision validity, budget years. All arithmetic is done on the proleptic
 * Gregorian calendar in UTC, so the machine's time zone never leaks in.
 *
 * Supported years: 0001–9999 (four-digit ISO dates).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real date written as YYYY-MM-DD (e.g. rejects 2025-02-29 and 2025-04-31). */
export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True when year/month/day name a day that exists (year 1–9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Splits a valid ISO date; throws RangeError for anything else. */
export function parseIsoDate(isoDate: string): DateParts {
  if (!isValidIsoDate(isoDate))
    throw new RangeError(
      `Not a valid date (expected a real YYYY-MM-DD date): ${JSON.stringify(isoDate)}`,
    );
  return {
    year: Number(isoDate.slice(0, 4)),
    month: Number(isoDate.slice(5, 7)),
    day: Number(isoDate.slice(8, 10)),
  };
}

/** Formats year/month/day as YYYY-MM-DD (zero-padded). */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utcMs({ year, month, day }: DateParts): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999
  return d.getTime();
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999)
    throw new RangeError(`Date out of the supported range 0001–9999 (year ${year})`);
  return toIsoDate(year, d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date `n` calendar days after `isoDate` (`n` may be negative). */
export function addDays(isoDate: string, n: number): string {
  if (!Number.isSafeInteger(n))
    throw new RangeError(`addDays needs a whole number of days, got ${n}`);
  return fromUtcMs(utcMs(parseIsoDate(isoDate)) + n * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(parseIsoDate(to)) - utcMs(parseIsoDate(from))) / DAY_MS);
}

/** ISO day of the week: Monday = 1 … Sunday = 7. */
export function dayOfWeekIso(isoDate: string): number {
  const weekday = new Date(utcMs(parseIsoDate(isoDate))).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * Age in whole years on `onDate` for someone born on `birthDate`.
 *
 * Policy: the age goes up on the birthday; someone born on 29 February has their
 * birthday on 1 March in common years (the month/day comparison rule). Throws a
 * RangeError when `onDate` is before `birthDate`.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const b = parseIsoDate(birthDate);
  const o = parseIsoDate(onDate);
  if (onDate < birthDate)
    throw new RangeError(`ageOn: ${onDate} is before the birth date ${birthDate}`);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}
