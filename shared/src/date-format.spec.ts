import { formatDateEt, formatDateTimeEt, parseDateEt } from './date-format';

describe('Estonian date display', () => {
  describe('formatDateEt', () => {
    it.each([
      ['2015-12-21', '21.12.2015'],
      ['2025-03-09', '09.03.2025'],
      ['0999-01-01', '01.01.0999'],
    ])('formats the plain date %s as %s', (date, text) => {
      expect(formatDateEt(date)).toBe(text);
    });

    it.each([
      ['2025-12-31T22:30:00Z', '01.01.2026', 'already New Year in Tallinn'],
      ['2025-12-31T21:59:00Z', '31.12.2025', 'still New Year’s Eve in Tallinn'],
    ])('formats the instant %s as its Tallinn date %s (%s)', (utc, text) => {
      expect(formatDateEt(new Date(utc))).toBe(text);
    });

    it.each(['2015-02-30', '21.12.2015', ''])('throws a RangeError for %j', (value) => {
      expect(() => formatDateEt(value)).toThrow(RangeError);
    });
  });

  describe('formatDateTimeEt', () => {
    it.each([
      ['2025-01-15T10:00:00Z', '15.01.2025 12:00'],
      ['2025-07-15T09:00:00Z', '15.07.2025 12:00'],
      ['2025-01-14T22:00:00Z', '15.01.2025 00:00'],
      ['2025-03-30T01:00:00Z', '30.03.2025 04:00'],
      ['2025-10-26T00:30:00Z', '26.10.2025 03:30'],
      ['2025-10-26T01:30:00Z', '26.10.2025 03:30'],
      ['2025-07-15T20:45:59Z', '15.07.2025 23:45'],
    ])('formats %s as %j in Tallinn time (24-hour)', (utc, text) => {
      expect(formatDateTimeEt(new Date(utc))).toBe(text);
    });
  });

  describe('parseDateEt', () => {
    it.each([
      ['21.12.2015', '2015-12-21'],
      ['01.03.2025', '2025-03-01'],
      ['1.3.2025', '2025-03-01'],
      [' 21.12.2015 ', '2015-12-21'],
      ['29.02.2024', '2024-02-29'],
    ])('parses %j as %s', (text, date) => {
      expect(parseDateEt(text)).toBe(date);
    });

    it.each([
      ['29.02.2025', '29 February 2025 did not exist'],
      ['31.04.2025', 'April has 30 days'],
      ['00.01.2025', 'day 0'],
      ['32.01.2025', 'day 32'],
      ['01.13.2025', 'month 13'],
      ['2015-12-21', 'the ISO format'],
      ['21/12/2015', 'slashes'],
      ['21.12.15', 'a two-digit year'],
      ['21.12.2015.', 'a trailing point'],
      ['', 'the empty string'],
    ])('returns null for %j (%s)', (text) => {
      expect(parseDateEt(text)).toBeNull();
    });
  });
});
