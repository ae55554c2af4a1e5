import { isikukoodCheckDigit, isValidIsikukood, parseIsikukood } from './isikukood';

describe('isikukood (DOMAIN.md §5.1)', () => {
  describe('the DOMAIN.md vectors', () => {
    it.each([
      ['37605030299', '1976-05-03', 'M', 'a male born 1976 (first-round sum 108, mod 11 = 9)'],
      ['49403136515', '1994-03-13', 'F', 'a female born 1994 (sum 170, mod 11 = 5)'],
      ['60001019906', '2000-01-01', 'F', 'a female born 2000 (sum 171, mod 11 = 6)'],
      ['49403130003', '1994-03-13', 'F', 'round 1 gives 10, round 2 gives 3'],
      ['49403131150', '1994-03-13', 'F', 'both rounds give 10, so the check digit is 0'],
    ])('accepts %s: %s, sex %s (%s)', (code, birthDate, sex) => {
      expect(isValidIsikukood(code)).toBe(true);
      expect(parseIsikukood(code)).toEqual({ birthDate, sex });
    });

    it.each([
      ['37605030290', 'the check digit should be 9'],
      ['37613030299', 'month 13 does not exist'],
      ['49402296513', '29 February 1994 did not exist'],
      ['90001010000', 'century digit 9 is not used'],
      ['4940313651', 'it has only 10 digits'],
    ])('rejects %s because %s', (code) => {
      expect(isValidIsikukood(code)).toBe(false);
      expect(parseIsikukood(code)).toBeNull();
    });
  });

  describe('century and sex from the first digit', () => {
    it.each([
      ['10001010013', '1800-01-01', 'M'],
      ['29912310010', '1899-12-31', 'F'],
      ['39404300125', '1994-04-30', 'M'],
      ['60002291230', '2000-02-29', 'F'],
      ['52402290029', '2024-02-29', 'M'],
      ['70001010019', '2100-01-01', 'M'],
      ['89912310026', '2199-12-31', 'F'],
    ])('parses %s as born %s, sex %s', (code, birthDate, sex) => {
      expect(parseIsikukood(code)).toEqual({ birthDate, sex });
    });

    it('rejects century digit 0 even with a matching check digit', () => {
      const first10 = '0000101000';
      expect(isValidIsikukood(first10 + isikukoodCheckDigit(first10))).toBe(false);
    });
  });

  describe('birth dates must be real dates', () => {
    it('accepts 29 February 2000, a leap year divisible by 400', () => {
      expect(isValidIsikukood('60002291230')).toBe(true);
    });
    it('accepts 29 February 2024', () => {
      expect(isValidIsikukood('52402290029')).toBe(true);
    });
    it.each([
      ['30002290011', 'male'],
      ['40002290012', 'female'],
    ])('rejects 29 February 1900 (%s, %s): 1900 was not a leap year', (code) => {
      expect(isValidIsikukood(code)).toBe(false);
    });
    it('rejects 31 April, a 30-day month, even with a correct check digit', () => {
      expect(isValidIsikukood('49404310122')).toBe(false);
    });
    it('accepts 30 April', () => {
      expect(isValidIsikukood('39404300125')).toBe(true);
    });
    it.each(['37600030293', '37605000295'])('rejects month 00 or day 00 (%s)', (code) => {
      expect(isValidIsikukood(code.slice(0, 10) + isikukoodCheckDigit(code.slice(0, 10)))).toBe(
        false,
      );
    });
  });

  describe('malformed input', () => {
    it.each([
      ['', 'the empty string'],
      ['3760503029A', 'a letter'],
      ['A7605030299', 'a leading letter'],
      [' 37605030299', 'a leading space'],
      ['37605030299 ', 'a trailing space'],
      ['376 0503 0299', 'spaces inside'],
      ['37605030299\n', 'a trailing newline'],
      ['376050302990', '12 digits'],
      ['3760503029-9', 'a dash'],
      ['３７６０５０３０２９９', 'full-width digits'],
      ['+3760503029', 'a sign'],
    ])('rejects %j (%s)', (code) => {
      expect(isValidIsikukood(code)).toBe(false);
      expect(parseIsikukood(code)).toBeNull();
    });

    it('rejects non-string input at run time without throwing', () => {
      expect(isValidIsikukood(null as unknown as string)).toBe(false);
      expect(isValidIsikukood(37605030299 as unknown as string)).toBe(false);
    });
  });

  describe('isikukoodCheckDigit', () => {
    it.each([
      ['3760503029', 9],
      ['4940313651', 5],
      ['6000101990', 6],
      ['4940313000', 3],
      ['4940313115', 0],
    ])('computes %s → %i', (first10, digit) => {
      expect(isikukoodCheckDigit(first10)).toBe(digit);
    });

    it('makes exactly one of the ten possible last digits valid', () => {
      const valid = Array.from({ length: 10 }, (_, d) => `3760503029${d}`).filter(isValidIsikukood);
      expect(valid).toEqual(['37605030299']);
    });

    it.each(['376050302', '37605030299', '376050302X', ''])(
      'throws a RangeError for %j, which is not 10 digits',
      (input) => {
        expect(() => isikukoodCheckDigit(input)).toThrow(RangeError);
      },
    );
  });
});
