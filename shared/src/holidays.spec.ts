import {
  addWorkingDays,
  easterSunday,
  estonianPublicHolidays,
  isPublicHoliday,
  isWorkingDay,
  shortenedWorkingDays,
  workingDaysInYear,
} from './holidays';

describe('Estonian public holidays and working days (DOMAIN.md §5.6)', () => {
  describe('easterSunday and the Easter-based holidays', () => {
    it.each([
      [2024, '2024-03-29', '2024-03-31', '2024-05-19'],
      [2025, '2025-04-18', '2025-04-20', '2025-06-08'],
      [2026, '2026-04-03', '2026-04-05', '2026-05-24'],
      [2027, '2027-03-26', '2027-03-28', '2027-05-16'],
    ])('in %i: Good Friday %s, Easter %s, Pentecost %s', (year, goodFriday, easter, pentecost) => {
      expect(easterSunday(year)).toBe(easter);
      const byName = Object.fromEntries(
        estonianPublicHolidays(year).map((h) => [h.nameEn, h.date]),
      );
      expect(byName['Good Friday']).toBe(goodFriday);
      expect(byName['Easter Sunday']).toBe(easter);
      expect(byName.Pentecost).toBe(pentecost);
    });

    it.each([
      [2000, '2000-04-23'],
      [2019, '2019-04-21'],
      [1818, '1818-03-22'],
      [2038, '2038-04-25'],
      [2285, '2285-03-22'],
    ])('Easter %i is on %s (including the earliest and latest possible dates)', (year, date) => {
      expect(easterSunday(year)).toBe(date);
    });

    it('always falls on a Sunday between 22 March and 25 April', () => {
      for (let year = 1900; year <= 2200; year++) {
        const date = easterSunday(year);
        expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(0);
        expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25').toBe(true);
      }
    });

    it.each([1582, 10000, 2025.5, NaN])('throws a RangeError for year %p', (year) => {
      expect(() => easterSunday(year)).toThrow(RangeError);
      expect(() => estonianPublicHolidays(year)).toThrow(RangeError);
    });
  });

  describe('estonianPublicHolidays', () => {
    it('lists the 12 holidays of 2025 in date order, with names in three languages', () => {
      expect(estonianPublicHolidays(2025)).toEqual([
        { date: '2025-01-01', nameEt: 'uusaasta', nameEn: "New Year's Day", nameRu: 'Новый год' },
        {
          date: '2025-02-24',
          nameEt: 'iseseisvuspäev',
          nameEn: 'Independence Day',
          nameRu: 'День независимости',
        },
        {
          date: '2025-04-18',
          nameEt: 'suur reede',
          nameEn: 'Good Friday',
          nameRu: 'Страстная пятница',
        },
        {
          date: '2025-04-20',
          nameEt: 'ülestõusmispühade 1. püha',
          nameEn: 'Easter Sunday',
          nameRu: 'Пасха',
        },
        { date: '2025-05-01', nameEt: 'kevadpüha', nameEn: 'Spring Day', nameRu: 'Праздник весны' },
        { date: '2025-06-08', nameEt: 'nelipühade 1. püha', nameEn: 'Pentecost', nameRu: 'Троица' },
        { date: '2025-06-23', nameEt: 'võidupüha', nameEn: 'Victory Day', nameRu: 'День победы' },
        { date: '2025-06-24', nameEt: 'jaanipäev', nameEn: 'Midsummer Day', nameRu: 'Иванов день' },
        {
          date: '2025-08-20',
          nameEt: 'taasiseseisvumispäev',
          nameEn: 'Restoration of Independence Day',
          nameRu: 'День восстановления независимости',
        },
        {
          date: '2025-12-24',
          nameEt: 'jõululaupäev',
          nameEn: 'Christmas Eve',
          nameRu: 'Сочельник',
        },
        {
          date: '2025-12-25',
          nameEt: 'esimene jõulupüha',
          nameEn: 'Christmas Day',
          nameRu: 'Рождество',
        },
        {
          date: '2025-12-26',
          nameEt: 'teine jõulupüha',
          nameEn: 'Boxing Day',
          nameRu: 'Второй день Рождества',
        },
      ]);
    });

    it('sorts Easter before 1 May even when Pentecost falls in May (2026)', () => {
      expect(estonianPublicHolidays(2026).map((h) => h.date)).toEqual([
        '2026-01-01',
        '2026-02-24',
        '2026-04-03',
        '2026-04-05',
        '2026-05-01',
        '2026-05-24',
        '2026-06-23',
        '2026-06-24',
        '2026-08-20',
        '2026-12-24',
        '2026-12-25',
        '2026-12-26',
      ]);
    });

    it('returns a fresh copy, so callers cannot corrupt the cache', () => {
      const list = estonianPublicHolidays(2025);
      list[0]!.date = '1999-01-01';
      list.pop();
      expect(estonianPublicHolidays(2025)).toHaveLength(12);
      expect(estonianPublicHolidays(2025)[0]!.date).toBe('2025-01-01');
    });
  });

  describe('isPublicHoliday and isWorkingDay', () => {
    it.each([
      ['2025-01-01', true, false, 'New Year, a Wednesday'],
      ['2025-04-18', true, false, 'Good Friday'],
      ['2025-04-20', true, false, 'Easter Sunday'],
      ['2025-04-21', false, true, 'Easter Monday is not a holiday in Estonia'],
      ['2025-06-08', true, false, 'Pentecost'],
      ['2025-12-24', true, false, 'Christmas Eve, a Wednesday'],
      ['2026-12-26', true, false, 'Boxing Day on a Saturday (no substitute day)'],
      ['2026-12-28', false, true, 'the Monday after: no substitute day off'],
      ['2025-04-14', false, true, 'an ordinary Monday'],
      ['2025-04-19', false, false, 'an ordinary Saturday'],
      ['2025-03-30', false, false, 'an ordinary Sunday (the DST change)'],
      ['2025-12-31', false, true, "New Year's Eve is a (shortened) working day"],
    ])('%s: holiday %p, working day %p (%s)', (date, holiday, working) => {
      expect(isPublicHoliday(date)).toBe(holiday);
      expect(isWorkingDay(date)).toBe(working);
    });

    it('throws a RangeError for an invalid date', () => {
      expect(() => isPublicHoliday('2025-02-29')).toThrow(RangeError);
      expect(() => isWorkingDay('31.12.2025')).toThrow(RangeError);
    });
  });

  describe('addWorkingDays', () => {
    it.each([
      ['2025-04-14', 10, '2025-04-29', 'Good Friday is skipped'],
      [
        '2025-12-19',
        10,
        '2026-01-08',
        'Christmas and New Year are skipped across the year boundary',
      ],
      ['2025-04-29', -10, '2025-04-14', 'counting backwards'],
      [
        '2025-04-17',
        1,
        '2025-04-21',
        'from Maundy Thursday over Good Friday and the weekend to Easter Monday',
      ],
      ['2025-04-19', 1, '2025-04-21', 'from a Saturday'],
      ['2025-06-20', 1, '2025-06-25', 'over Victory Day and Midsummer Day'],
      ['2025-04-19', 0, '2025-04-19', 'zero days returns the start date, even a weekend day'],
    ])('%s + %i working days = %s (%s)', (date, n, expected) => {
      expect(addWorkingDays(date, n)).toBe(expected);
    });

    it('gives the SKA decision deadline for a child: 10 working days', () => {
      expect(addWorkingDays('2025-12-19', 10)).toBe('2026-01-08');
    });

    it.each([
      ['2025-02-30', 1],
      ['2025-01-01', 1.5],
    ])('throws a RangeError for %s + %p', (date, n) => {
      expect(() => addWorkingDays(date, n)).toThrow(RangeError);
    });
  });

  describe('workingDaysInYear', () => {
    it.each([
      [2024, 254],
      [2025, 251],
      [2026, 252],
    ])('%i has %i working days', (year, days) => {
      expect(workingDaysInYear(year)).toBe(days);
    });
  });

  describe('shortenedWorkingDays (the working day before 1 Jan, 24 Feb, 23 Jun and 24 Dec)', () => {
    it.each([
      [2024, ['2024-02-23', '2024-12-23', '2024-12-31'], '22.06.2024 is a Saturday'],
      [2025, ['2025-12-23', '2025-12-31'], '23.02 and 22.06 are Sundays'],
      [2026, ['2026-02-23', '2026-06-22', '2026-12-23', '2026-12-31'], 'all four are working days'],
      [2027, ['2027-02-23', '2027-06-22', '2027-12-23', '2027-12-31'], 'all four are working days'],
    ])('%i: %j (%s)', (year, days) => {
      expect(shortenedWorkingDays(year)).toEqual(days);
    });
  });
});
