import { addDays, dayOfWeekIso, isLeapYear, parseIsoDate, toIsoDate } from './calendar-date';

/**
 * Estonian public holidays (Holidays and Anniversaries Act; DOMAIN.md §5.6),
 * working days and shortened days (Employment Contracts Act §53).
 *
 * The list is the current one; historic changes (e.g. 24 December became a
 * public holiday in 2005) are not modelled. There is no substitute day off when
 * a holiday falls on a weekend.
 */

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string;
  nameEt: string;
  nameEn: string;
  nameRu: string;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(
      `Year must be an integer from 1583 to 9999 (Gregorian calendar), got ${year}`,
    );
  }
}

/** Gregorian Easter Sunday (Meeus/Jones/Butcher), YYYY-MM-DD. */
export function easterSunday(year: number): string {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(year, month, day);
}

type Names = Omit<PublicHoliday, 'date'>;

const FIXED: ReadonlyArray<readonly [string, Names]> = [
  ['01-01', { nameEt: 'uusaasta', nameEn: "New Year's Day", nameRu: 'Новый год' }],
  ['02-24', { nameEt: 'iseseisvuspäev', nameEn: 'Independence Day', nameRu: 'День независимости' }],
  ['05-01', { nameEt: 'kevadpüha', nameEn: 'Spring Day', nameRu: 'Праздник весны' }],
  ['06-23', { nameEt: 'võidupüha', nameEn: 'Victory Day', nameRu: 'День победы' }],
  ['06-24', { nameEt: 'jaanipäev', nameEn: 'Midsummer Day', nameRu: 'Иванов день' }],
  [
    '08-20',
    {
      nameEt: 'taasiseseisvumispäev',
      nameEn: 'Restoration of Independence Day',
      nameRu: 'День восстановления независимости',
    },
  ],
  ['12-24', { nameEt: 'jõululaupäev', nameEn: 'Christmas Eve', nameRu: 'Сочельник' }],
  ['12-25', { nameEt: 'esimene jõulupüha', nameEn: 'Christmas Day', nameRu: 'Рождество' }],
  ['12-26', { nameEt: 'teine jõulupüha', nameEn: 'Boxing Day', nameRu: 'Второй день Рождества' }],
];

const EASTER_BASED: ReadonlyArray<readonly [number, Names]> = [
  [-2, { nameEt: 'suur reede', nameEn: 'Good Friday', nameRu: 'Страстная пятница' }],
  [0, { nameEt: 'ülestõusmispühade 1. püha', nameEn: 'Easter Sunday', nameRu: 'Пасха' }],
  [49, { nameEt: 'nelipühade 1. püha', nameEn: 'Pentecost', nameRu: 'Троица' }],
];

const cache = new Map<number, { list: readonly PublicHoliday[]; dates: ReadonlySet<string> }>();

function holidaysOf(year: number): { list: readonly PublicHoliday[]; dates: ReadonlySet<string> } {
  let entry = cache.get(year);
  if (!entry) {
    assertYear(year);
    const easter = easterSunday(year);
    const list: PublicHoliday[] = [
      ...FIXED.map(([monthDay, names]) => ({
        date: `${String(year).padStart(4, '0')}-${monthDay}`,
        ...names,
      })),
      ...EASTER_BASED.map(([offset, names]) => ({ date: addDays(easter, offset), ...names })),
    ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    entry = { list: Object.freeze(list), dates: new Set(list.map((h) => h.date)) };
    cache.set(year, entry);
  }
  return entry;
}

/** The 12 public holidays of `year`, sorted by date (Easter Sunday and Pentecost included although they are Sundays). */
export function estonianPublicHolidays(year: number): PublicHoliday[] {
  return holidaysOf(year).list.map((h) => ({ ...h }));
}

/** True when `isoDate` is an Estonian public holiday. Throws RangeError for an invalid date. */
export function isPublicHoliday(isoDate: string): boolean {
  const { year } = parseIsoDate(isoDate);
  return holidaysOf(year).dates.has(isoDate);
}

/** Monday–Friday and not a public holiday. */
export function isWorkingDay(isoDate: string): boolean {
  return dayOfWeekIso(isoDate) <= 5 && !isPublicHoliday(isoDate);
}

/**
 * The date `n` working days after `isoDate` (before it when `n` is negative).
 * The start date itself is never counted; `n = 0` returns `isoDate` unchanged.
 * addWorkingDays('2025-04-14', 10) = '2025-04-29'.
 */
export function addWorkingDays(isoDate: string, n: number): string {
  parseIsoDate(isoDate);
  if (!Number.isSafeInteger(n))
    throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let date = isoDate;
  while (left > 0) {
    date = addDays(date, step);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** Number of working days (Mon–Fri, not a public holiday) in `year`. 2026 → 252. */
export function workingDaysInYear(year: number): number {
  assertYear(year);
  const days = isLeapYear(year) ? 366 : 365;
  const firstDay = toIsoDate(year, 1, 1);
  let count = 0;
  for (let i = 0; i < days; i++) if (isWorkingDay(addDays(firstDay, i))) count += 1;
  return count;
}

/**
 * Days shortened by 3 hours in `year` (Employment Contracts Act §53): the day
 * immediately before 24 Feb, 23 Jun, 24 Dec and 1 Jan (of the next year, i.e.
 * 31 Dec), but only when that day is a working day. Sorted YYYY-MM-DD dates.
 */
export function shortenedWorkingDays(year: number): string[] {
  assertYear(year);
  return [
    toIsoDate(year, 2, 23),
    toIsoDate(year, 6, 22),
    toIsoDate(year, 12, 23),
    toIsoDate(year, 12, 31),
  ].filter(isWorkingDay);
}
