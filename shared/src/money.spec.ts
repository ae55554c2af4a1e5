import {
  allocateCents,
  centsToDecimalString,
  formatEuro,
  multiplyCents,
  percentOf,
  roundHalfUp,
  sumCents,
  toCents,
} from './money';

const NBSP = '\u00a0';

describe('money in integer euro cents (DOMAIN.md §5.5)', () => {
  describe('toCents', () => {
    it.each([
      ['1395', 139500],
      ['1395.5', 139550],
      ['1395,50', 139550],
      ['1395.05', 139505],
      ['-3,20', -320],
      ['+3.20', 320],
      ['\u22123,20', -320],
      ['12 345,60', 1234560],
      [`12${NBSP}345,60`, 1234560],
      ['12\u202f345,60', 1234560],
      ['1 234 567,89', 123456789],
      ['0', 0],
      ['-0', 0],
      ['0,01', 1],
      ['007', 700],
      ['  42,5  ', 4250],
      ['90071992547409.91', Number.MAX_SAFE_INTEGER],
    ])('parses %j as %i cents', (text, cents) => {
      expect(toCents(text)).toBe(cents);
    });

    it('never returns negative zero', () => {
      expect(Object.is(toCents('-0,00'), 0)).toBe(true);
    });

    it.each([
      ['1395.505', 'three decimals'],
      ['1,234', 'a comma followed by three digits is three decimals, not a thousands separator'],
      ['1.234,56', 'a point as thousands separator'],
      ['1,234.56', 'a comma as thousands separator'],
      ['1 2345', 'a badly grouped number'],
      ['12  345', 'a double space'],
      ['€5', 'a currency sign'],
      ['5 €', 'a trailing currency sign'],
      ['', 'the empty string'],
      ['   ', 'only spaces'],
      ['abc', 'letters'],
      ['1e3', 'exponent notation'],
      ['0x10', 'hexadecimal'],
      ['--1', 'a double sign'],
      ['.5', 'no integer digits'],
      ['5.', 'a decimal mark without decimals'],
      ['NaN', 'NaN'],
      ['Infinity', 'Infinity'],
      ['1_000', 'an underscore'],
      ['90071992547409.92', 'more than Number.MAX_SAFE_INTEGER cents'],
    ])('throws a RangeError for %j (%s)', (text) => {
      expect(() => toCents(text)).toThrow(RangeError);
    });

    it('throws a RangeError for a number instead of a string', () => {
      expect(() => toCents(12.5 as unknown as string)).toThrow(RangeError);
    });

    it('parses the number part of its own Estonian formatting back', () => {
      for (const cents of [0, 5, -320, 139500, 1234560, -123456789]) {
        expect(toCents(formatEuro(cents, 'et').replace(`${NBSP}€`, ''))).toBe(cents);
      }
    });
  });

  describe('centsToDecimalString', () => {
    it.each([
      [139500, '1395.00'],
      [139550, '1395.50'],
      [5, '0.05'],
      [-5, '-0.05'],
      [-320, '-3.20'],
      [0, '0.00'],
      [-0, '0.00'],
      [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
    ])('%i cents → %j', (cents, text) => {
      expect(centsToDecimalString(cents)).toBe(text);
    });

    it.each([1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])(
      'throws a RangeError for %p, which is not a safe integer',
      (value) => {
        expect(() => centsToDecimalString(value)).toThrow(RangeError);
      },
    );
  });

  describe('formatEuro', () => {
    it.each([
      [139500, 'et', `1395,00${NBSP}€`],
      [1234560, 'et', `12${NBSP}345,60${NBSP}€`],
      [123456789, 'et', `1${NBSP}234${NBSP}567,89${NBSP}€`],
      [0, 'et', `0,00${NBSP}€`],
      [-320, 'et', `\u22123,20${NBSP}€`],
      [139500, 'en', '€1,395.00'],
      [-320, 'en', '-€3.20'],
      [1234560, 'ru', `12${NBSP}345,60${NBSP}€`],
    ] as const)('formats %i cents in %s as %j', (cents, locale, text) => {
      expect(formatEuro(cents, locale)).toBe(text);
    });

    it('defaults to Estonian, also for an unknown locale', () => {
      expect(formatEuro(139500)).toBe(`1395,00${NBSP}€`);
      expect(formatEuro(139500, 'fi' as 'et')).toBe(`1395,00${NBSP}€`);
    });

    it('formats the largest safe amount exactly (no float rounding)', () => {
      expect(formatEuro(Number.MAX_SAFE_INTEGER, 'en')).toBe('€90,071,992,547,409.91');
    });

    it('refuses fractional cents', () => {
      expect(() => formatEuro(0.5)).toThrow(RangeError);
    });
  });

  describe('multiplyCents (quantity × unit price, rounded half-up per line)', () => {
    it.each([
      [2397, 5, 11985, '5 nights × 23.97 = 119.85, the yearly accommodation amount'],
      [2397, 35, 83895, '35 nights × 23.97 = 838.95 for WORKING_AGE_MENTAL'],
      [1822, 4, 7288, '4 companion nights × 18.22 = 72.88'],
      [1822, 5, 9110, '5 companion nights = 91.10, 0.01 over the 91.09 cap'],
      [23412, 3, 70236, 'child mobility physiotherapy at 3× the rate'],
      [10, 300, 3000, '300 km × 0.10 = 30.00'],
      [10, '415.5', 4155, '415.5 km × 0.10 = 41.55, the yearly travel amount'],
      [1, '0.5', 1, 'half a cent rounds up'],
      [1, 0.5, 1, 'the same with a number quantity'],
      [-1, '0.5', -1, 'a negative half cent rounds away from zero'],
      [3, '0.5', 2, '1.5 cents → 2'],
      [-3, '0.5', -2, '−1.5 cents → −2'],
      [1, '0.49', 0, '0.49 cents → 0'],
      [100, '1.005', 101, '100.5 cents → 101 (exact, unlike (1.005).toFixed(2))'],
      [1000, 1.005, 1005, 'a number quantity is read by its decimal form'],
      [1000, 0.1 + 0.2, 300, '0.30000000000000004 × 1000 cents = 300 cents'],
      [1234, '2,5', 3085, 'a decimal comma in the quantity'],
      [10, '1e-1', 1, 'exponent notation'],
      [0, 7, 0, 'zero price'],
      [1999, 0, 0, 'zero quantity'],
      [1999, -2, -3998, 'a negative quantity (a credit line)'],
    ])('%i cents × %p = %i (%s)', (cents, quantity, expected, _why) => {
      expect(multiplyCents(cents, quantity)).toBe(expected);
    });

    it.each([
      [1.5, 2, 'fractional cents'],
      [100, 'abc', 'a non-numeric quantity'],
      [100, NaN, 'NaN'],
      [100, Infinity, 'Infinity'],
      [100, '', 'an empty quantity'],
      [Number.MAX_SAFE_INTEGER, 2, 'an unsafe result'],
    ])('throws a RangeError for %p × %p (%s)', (cents, quantity, _why) => {
      expect(() => multiplyCents(cents, quantity)).toThrow(RangeError);
    });

    it('never returns negative zero', () => {
      expect(Object.is(multiplyCents(-1, '0.4'), 0)).toBe(true);
    });
  });

  describe('percentOf (VAT and other rates, rounded half-up)', () => {
    it.each([
      [10000, 24, 2400],
      [1000, 22, 220],
      [199, 22, 44],
      [12345, 13, 1605],
      [12345, '9', 1111],
      [5, 10, 1],
      [4, 10, 0],
      [-5, 10, -1],
      [100, '0.5', 1],
      [100, 0.5, 1],
      [1, 50, 1],
      [2325_00, 0, 0],
      [33333, '33.333', 11111],
    ])('%i cents at %p%% = %i cents', (cents, rate, expected) => {
      expect(percentOf(cents, rate)).toBe(expected);
    });

    it('throws a RangeError for a non-numeric rate', () => {
      expect(() => percentOf(100, '24%')).toThrow(RangeError);
    });
  });

  describe('roundHalfUp', () => {
    it.each([
      [1.005, 2, 1.01],
      ['1.005', 2, 1.01],
      [1.255, 2, 1.26],
      [1.45, 1, 1.5],
      [2.5, 0, 3],
      [-2.5, 0, -3],
      [2.4, 0, 2],
      [-2.6, 0, -3],
      [0.1 + 0.2, 2, 0.3],
      ['1.2345', 3, 1.235],
      [123, 2, 123],
      [1e21, 0, 1e21],
      [5e-7, 6, 0.000001],
    ])('roundHalfUp(%p, %i) = %p', (value, decimals, expected) => {
      expect(roundHalfUp(value, decimals)).toBe(expected);
    });

    it('rounds to an integer by default', () => {
      expect(roundHalfUp(0.5)).toBe(1);
    });

    it('never returns negative zero', () => {
      expect(Object.is(roundHalfUp(-0.4), 0)).toBe(true);
    });

    it.each([-1, 1.5, 101])('throws a RangeError for %p decimals', (decimals) => {
      expect(() => roundHalfUp(1, decimals)).toThrow(RangeError);
    });

    it.each([NaN, Infinity, 'x'])('throws a RangeError for %p', (value) => {
      expect(() => roundHalfUp(value)).toThrow(RangeError);
    });
  });

  describe('sumCents', () => {
    it('sums exactly', () => {
      expect(sumCents([139500, -320, 5])).toBe(139185);
      expect(sumCents([10, 20])).toBe(30);
    });
    it('sums an empty list to 0', () => {
      expect(sumCents([])).toBe(0);
    });
    it('matches the budget arithmetic of worked example 1: 1395.00 − 1300.00 = 95.00', () => {
      expect(sumCents([139500, -130000])).toBe(9500);
    });
    it('throws a RangeError for a fractional entry', () => {
      expect(() => sumCents([1, 1.5])).toThrow(RangeError);
    });
    it('throws a RangeError when the total is not a safe integer', () => {
      expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    });
    it('accepts an intermediate total beyond the safe range when the final total is safe', () => {
      expect(sumCents([Number.MAX_SAFE_INTEGER, 1, -2])).toBe(Number.MAX_SAFE_INTEGER - 1);
    });
  });

  describe('allocateCents', () => {
    it.each([
      [100, [1, 1, 1], [34, 33, 33]],
      [100, [1, 2], [33, 67]],
      [-100, [1, 1, 1], [-34, -33, -33]],
      [139500, [50, 30, 20], [69750, 41850, 27900]],
      [1, [1, 1], [1, 0]],
      [5, [0, 1], [0, 5]],
      [10, ['0.5', 0.25, '0.25'], [5, 3, 2]],
      [0, [1, 2, 3], [0, 0, 0]],
      [7, [1], [7]],
      [2, [1, 0, 1, 1], [1, 0, 1, 0]],
    ] as const)('allocates %i cents by %j as %j', (total, parts, expected) => {
      expect(allocateCents(total, parts)).toEqual(expected);
    });

    it('always sums exactly and gives each part within one cent of its exact share', () => {
      let seed = 12345;
      const random = (): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      for (let run = 0; run < 300; run++) {
        const total = Math.floor(random() * 2_000_000) - 1_000_000;
        const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
          Math.floor(random() * 1000),
        );
        if (!parts.some((p) => p > 0)) parts[0] = 1;
        const weightSum = parts.reduce((a, b) => a + b, 0);
        const shares = allocateCents(total, parts);
        expect(sumCents(shares)).toBe(total);
        shares.forEach((share, i) => {
          expect(Number.isInteger(share)).toBe(true);
          expect(Math.abs(share - (total * parts[i]) / weightSum)).toBeLessThan(1);
        });
      }
    });

    it.each([
      [100, [], 'no parts'],
      [100, [-1, 2], 'a negative weight'],
      [100, [0, 0], 'only zero weights'],
      [1.5, [1], 'a fractional total'],
      [100, ['x'], 'a non-numeric weight'],
    ])('throws a RangeError for %p split by %j (%s)', (total, parts, _why) => {
      expect(() => allocateCents(total, parts as (number | string)[])).toThrow(RangeError);
    });
  });
});
