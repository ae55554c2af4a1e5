import {
  addDays,
  ageOn,
  dayOfWeekIso,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isValidIsoDate,
  parseIsoDate,
} from './calendar-date';

describe('plain calendar dates', () => {
  describe('isValidIsoDate', () => {
    it.each([
      '2025-01-01',
      '2024-02-29',
      '2000-02-29',
      '2025-04-30',
      '2025-12-31',
      '0001-01-01',
      '9999-12-31',
    ])('accepts %s', (date) => {
      expect(isValidIsoDate(date)).toBe(true);
    });

    it.each([
      ['2025-02-29', '2025 is not a leap year'],
      ['1900-02-29', '1900 was not a leap year'],
      ['2025-04-31', 'April has 30 days'],
      ['2025-13-01', 'month 13'],
      ['2025-00-10', 'month 0'],
      ['2025-01-00', 'day 0'],
      ['0000-01-01', 'year 0'],
      ['2025-1-01', 'a one-digit month'],
      ['25-01-01', 'a two-digit year'],
      ['2025-01-01T00:00', 'a time part'],
      [' 2025-01-01', 'a leading space'],
      ['01.01.2025', 'the Estonian display format'],
      ['', 'the empty string'],
    ])('rejects %j (%s)', (date) => {
      expect(isValidIsoDate(date)).toBe(false);
    });

    it('rejects non-strings', () => {
      expect(isValidIsoDate(new Date())).toBe(false);
      expect(isValidIsoDate(null)).toBe(false);
    });
  });

  it.each([
    [2000, true],
    [2024, true],
    [1900, false],
    [2025, false],
  ])('isLeapYear(%i) = %p', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('parseIsoDate splits a date and throws a RangeError for an invalid one', () => {
    expect(parseIsoDate('2025-03-09')).toEqual({ year: 2025, month: 3, day: 9 });
    expect(() => parseIsoDate('2025-02-30')).toThrow(RangeError);
  });

  describe('addDays', () => {
    it.each([
      ['2025-02-28', 1, '2025-03-01'],
      ['2024-02-28', 1, '2024-02-29'],
      ['2025-12-31', 1, '2026-01-01'],
      ['2025-03-01', -1, '2025-02-28'],
      ['2025-03-29', 2, '2025-03-31'],
      ['2025-10-25', 2, '2025-10-27'],
      ['2025-01-01', 365, '2026-01-01'],
      ['2025-06-15', 0, '2025-06-15'],
      ['0050-01-01', 1, '0050-01-02'],
      ['2025-03-03', 60, '2025-05-02'],
    ])('%s + %i days = %s', (date, n, expected) => {
      expect(addDays(date, n)).toBe(expected);
    });

    it('gives the contact deadline of worked example 9: decision received 03.03.2025 → contact by 02.05.2025', () => {
      expect(addDays('2025-03-03', 60)).toBe('2025-05-02');
    });

    it.each([
      ['2025-01-01', 1.5],
      ['2025-01-01', NaN],
      ['2025-02-30', 1],
      ['9999-12-31', 1],
    ])('throws a RangeError for %s + %p', (date, n) => {
      expect(() => addDays(date, n)).toThrow(RangeError);
    });
  });

  it.each([
    ['2025-01-01', '2026-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-03-31', '2025-03-30', -1],
  ])('daysBetween(%s, %s) = %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  describe('dayOfWeekIso (Monday = 1 … Sunday = 7)', () => {
    it.each([
      ['2025-04-14', 1],
      ['2025-12-24', 3],
      ['2000-01-01', 6],
      ['2025-04-20', 7],
      ['2025-03-30', 7],
      ['2026-03-29', 7],
      ['2025-10-26', 7],
      ['2026-10-25', 7],
    ])('%s is day %i', (date, dow) => {
      expect(dayOfWeekIso(date)).toBe(dow);
    });
  });

  describe('ageOn', () => {
    it.each([
      ['1976-05-03', '2025-05-02', 48, 'the day before the birthday'],
      ['1976-05-03', '2025-05-03', 49, 'on the birthday'],
      ['2009-03-01', '2025-02-28', 15, 'under 16 the day before turning 16'],
      ['2009-03-01', '2025-03-01', 16, '16 on the 16th birthday'],
      ['2000-02-29', '2016-02-28', 15, 'a leap-day baby the day before a leap-year birthday'],
      ['2000-02-29', '2016-02-29', 16, 'a leap-day baby on 29 February'],
      [
        '2000-02-29',
        '2017-02-28',
        16,
        'a leap-day baby on 28 February of a common year (not yet a birthday)',
      ],
      ['2000-02-29', '2017-03-01', 17, 'a leap-day baby on 1 March of a common year'],
      ['2025-06-01', '2025-06-01', 0, 'on the day of birth'],
      ['2024-12-31', '2025-01-01', 0, 'one day old across a year boundary'],
    ])('born %s, on %s: %i (%s)', (birth, on, age) => {
      expect(ageOn(birth, on)).toBe(age);
    });

    it('throws a RangeError when the date is before the birth date', () => {
      expect(() => ageOn('2025-06-02', '2025-06-01')).toThrow(RangeError);
    });

    it('throws a RangeError for an invalid date', () => {
      expect(() => ageOn('2025-02-30', '2025-06-01')).toThrow(RangeError);
    });
  });
});
