import { isValidIsoDate, parseIsoDate, toIsoDate } from './calendar-date';

/**
 * Instants (UTC `Date`s) and wall-clock time in Europe/Tallinn, using only Intl
 * (DOMAIN.md §5.6). Store timestamps in UTC; show them in Tallinn time:
 * EET (UTC+2) in winter, EEST (UTC+3) in summer. DST starts on the last Sunday
 * of March (03:00 local jumps to 04:00, at 01:00 UTC) and ends on the last
 * Sunday of October (04:00 local goes back to 03:00, at 01:00 UTC).
 */

export const TALLINN_TZ = 'Europe/Tallinn';

export interface LocalParts {
  /** YYYY-MM-DD in Tallinn */
  date: string;
  /** HH:MM, 24-hour, in Tallinn */
  time: string;
  /** Offset from UTC in minutes: 120 in winter, 180 in summer. */
  offsetMinutes: number;
}

export interface LocalDateTimeOptions {
  /**
   * For a wall-clock time that happens twice (the repeated hour when DST ends):
   * 'earlier' (default) picks the first instant (still summer time), 'later' the second.
   */
  ambiguous?: 'earlier' | 'later';
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

let formatter: Intl.DateTimeFormat | undefined;

function tallinnFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TALLINN_TZ,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    era: 'short',
  });
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number): WallClock {
  const parts: Record<string, string> = {};
  for (const p of tallinnFormatter().formatToParts(new Date(ms))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24, // some engines print midnight as 24 even with h23
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function utcOf(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** Tallinn's UTC offset in minutes at instant `ms`. */
function offsetMinutesAt(ms: number): number {
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((utcOf(wallClock(wholeSecond)) - wholeSecond) / MINUTE_MS);
}

function assertDate(d: Date): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime()))
    throw new RangeError('Expected a valid Date');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The Tallinn calendar date, wall-clock time (HH:MM, seconds dropped) and UTC offset of an instant. */
export function utcToLocalParts(d: Date): LocalParts {
  assertDate(d);
  const w = wallClock(d.getTime());
  return {
    date: toIsoDate(w.year, w.month, w.day),
    time: `${pad2(w.hour)}:${pad2(w.minute)}`,
    offsetMinutes: offsetMinutesAt(d.getTime()),
  };
}

/** The calendar date in Tallinn of an instant, YYYY-MM-DD (e.g. 2025-12-31T22:30Z → 2026-01-01). */
export function tallinnDateOf(d: Date): string {
  return utcToLocalParts(d).date;
}

/**
 * The instant at which the Tallinn wall clock shows `date` `time`.
 * - Throws RangeError for a malformed date or time, or for a wall-clock time
 *   that does not exist (skipped when DST starts, e.g. 2025-03-30 03:30).
 * - For a time that happens twice (when DST ends, e.g. 2025-10-26 03:30) returns
 *   the earlier instant by default, or the later with `{ ambiguous: 'later' }`.
 */
export function localDateTimeToUtc(
  date: string,
  time: string,
  opts: LocalDateTimeOptions = {},
): Date {
  if (!isValidIsoDate(date))
    throw new RangeError(`Not a valid date (expected YYYY-MM-DD): ${JSON.stringify(date)}`);
  const t = typeof time === 'string' ? TIME.exec(time) : null;
  if (!t)
    throw new RangeError(`Not a valid time (expected HH:MM, 00:00–23:59): ${JSON.stringify(time)}`);
  const { year, month, day } = parseIsoDate(date);
  const hour = Number(t[1]);
  const minute = Number(t[2]);
  const naive = utcOf({ year, month, day, hour, minute, second: 0 });
  // The offsets in force a day and a half either side cover any single transition.
  const offsets = new Set([
    offsetMinutesAt(naive - 36 * HOUR_MS),
    offsetMinutesAt(naive + 36 * HOUR_MS),
  ]);
  const matches = [...offsets]
    .map((offset) => naive - offset * MINUTE_MS)
    .filter((ms) => {
      const w = wallClock(ms);
      return (
        w.year === year &&
        w.month === month &&
        w.day === day &&
        w.hour === hour &&
        w.minute === minute
      );
    })
    .sort((a, b) => a - b);
  if (matches.length === 0) {
    throw new RangeError(
      `The local time ${date} ${time} does not exist in ${TALLINN_TZ}: the clocks skip it when daylight saving time starts`,
    );
  }
  return new Date(opts.ambiguous === 'later' ? matches[matches.length - 1] : matches[0]);
}
