import { localDateTimeToUtc, TALLINN_TZ, tallinnDateOf, utcToLocalParts } from './tallinn-time';

const iso = (d: Date): string => d.toISOString().replace(':00.000Z', 'Z');

describe('Europe/Tallinn time (DOMAIN.md §5.6)', () => {
  it('names the zone', () => {
    expect(TALLINN_TZ).toBe('Europe/Tallinn');
  });

  describe('localDateTimeToUtc', () => {
    it.each([
      ['2025-01-15', '12:00', '2025-01-15T10:00Z', 'winter time, UTC+2'],
      ['2025-07-15', '12:00', '2025-07-15T09:00Z', 'summer time, UTC+3'],
      [
        '2025-01-01',
        '00:00',
        '2024-12-31T22:00Z',
        'local midnight on New Year is still the previous day in UTC',
      ],
      ['2025-03-30', '02:59', '2025-03-30T00:59Z', 'the last minute before DST starts'],
      ['2025-03-30', '04:00', '2025-03-30T01:00Z', 'the first minute of summer time'],
      ['2025-10-26', '02:59', '2025-10-25T23:59Z', 'before the repeated hour'],
      ['2025-10-26', '04:00', '2025-10-26T02:00Z', 'after the repeated hour, winter time'],
      ['2026-03-29', '04:00', '2026-03-29T01:00Z', 'DST starts on 29.03 in 2026'],
    ])('%s %s local is %s (%s)', (date, time, utc) => {
      expect(iso(localDateTimeToUtc(date, time))).toBe(utc);
    });

    it.each([
      ['2025-03-30', '03:00'],
      ['2025-03-30', '03:30'],
      ['2025-03-30', '03:59'],
      ['2026-03-29', '03:30'],
    ])(
      'throws a RangeError for %s %s, which does not exist (the clocks jump from 03:00 to 04:00)',
      (date, time) => {
        expect(() => localDateTimeToUtc(date, time)).toThrow(RangeError);
        expect(() => localDateTimeToUtc(date, time)).toThrow(/does not exist in Europe\/Tallinn/);
      },
    );

    it.each([
      ['2025-10-26', '03:30', '2025-10-26T00:30Z', '2025-10-26T01:30Z'],
      ['2025-10-26', '03:00', '2025-10-26T00:00Z', '2025-10-26T01:00Z'],
      ['2025-10-26', '03:59', '2025-10-26T00:59Z', '2025-10-26T01:59Z'],
      ['2026-10-25', '03:30', '2026-10-25T00:30Z', '2026-10-25T01:30Z'],
    ])(
      '%s %s happens twice: the earlier %s by default, %s when asked for the later',
      (date, time, earlier, later) => {
        expect(iso(localDateTimeToUtc(date, time))).toBe(earlier);
        expect(iso(localDateTimeToUtc(date, time, { ambiguous: 'earlier' }))).toBe(earlier);
        expect(iso(localDateTimeToUtc(date, time, { ambiguous: 'later' }))).toBe(later);
      },
    );

    it('ignores the ambiguous option for a time that happens once', () => {
      expect(iso(localDateTimeToUtc('2025-07-15', '12:00', { ambiguous: 'later' }))).toBe(
        '2025-07-15T09:00Z',
      );
    });

    it.each([
      ['2025-02-30', '12:00', 'a date that does not exist'],
      ['2025-1-5', '12:00', 'a malformed date'],
      ['2025-01-15', '24:00', 'hour 24'],
      ['2025-01-15', '12:60', 'minute 60'],
      ['2025-01-15', '1200', 'no colon'],
      ['2025-01-15', '9:00', 'a one-digit hour'],
      ['2025-01-15', '12:00:00', 'seconds'],
    ])('throws a RangeError for %j %j (%s)', (date, time) => {
      expect(() => localDateTimeToUtc(date, time)).toThrow(RangeError);
    });
  });

  describe('utcToLocalParts', () => {
    it.each([
      ['2025-03-30T00:59:59Z', '2025-03-30', '02:59', 120],
      ['2025-03-30T01:00:00Z', '2025-03-30', '04:00', 180],
      ['2025-10-26T00:30:00Z', '2025-10-26', '03:30', 180],
      ['2025-10-26T01:30:00Z', '2025-10-26', '03:30', 120],
      ['2025-12-31T22:30:00Z', '2026-01-01', '00:30', 120],
      ['2025-06-30T21:00:00Z', '2025-07-01', '00:00', 180],
      ['2025-01-15T10:00:59.999Z', '2025-01-15', '12:00', 120],
    ])('%s is %s %s at UTC%+i minutes', (utc, date, time, offsetMinutes) => {
      expect(utcToLocalParts(new Date(utc))).toEqual({ date, time, offsetMinutes });
    });

    it('throws a RangeError for an invalid Date', () => {
      expect(() => utcToLocalParts(new Date('nonsense'))).toThrow(RangeError);
    });
  });

  describe('tallinnDateOf', () => {
    it.each([
      ['2025-06-30T20:59:59Z', '2025-06-30'],
      ['2025-06-30T21:00:00Z', '2025-07-01'],
      ['2025-12-31T21:59:59Z', '2025-12-31'],
      ['2025-12-31T22:00:00Z', '2026-01-01'],
    ])('the Tallinn date of %s is %s', (utc, date) => {
      expect(tallinnDateOf(new Date(utc))).toBe(date);
    });
  });

  it('round-trips every quarter hour around the 2025 and 2026 DST changes', () => {
    for (const start of [
      '2025-03-29T00:00Z',
      '2025-10-25T00:00Z',
      '2026-03-28T00:00Z',
      '2026-10-24T00:00Z',
    ]) {
      const from = Date.parse(start);
      for (let ms = from; ms < from + 3 * 86_400_000; ms += 15 * 60_000) {
        const parts = utcToLocalParts(new Date(ms));
        const back = localDateTimeToUtc(parts.date, parts.time, {
          ambiguous: parts.offsetMinutes === 180 ? 'earlier' : 'later',
        });
        expect(back.getTime()).toBe(ms);
      }
    }
  });

  it('does not depend on the process time zone', () => {
    const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
      .process.env;
    const saved = env.TZ;
    try {
      env.TZ = 'America/Los_Angeles';
      expect(iso(localDateTimeToUtc('2025-10-26', '03:30', { ambiguous: 'later' }))).toBe(
        '2025-10-26T01:30Z',
      );
      expect(utcToLocalParts(new Date('2025-12-31T22:30:00Z'))).toEqual({
        date: '2026-01-01',
        time: '00:30',
        offsetMinutes: 120,
      });
    } finally {
      if (saved === undefined) delete env.TZ;
      else env.TZ = saved;
    }
  });
});
