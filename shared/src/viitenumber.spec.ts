import {
  isValidViitenumber,
  makeViitenumber,
  normalizeViitenumber,
  viitenumberCheckDigit,
} from './viitenumber';

describe('viitenumber, the 7-3-1 payment reference (DOMAIN.md §5.3)', () => {
  it.each([
    ['123', 2, '1232'],
    ['12345', 3, '123453'],
    ['290008241', 4, '2900082414'],
    ['100', 9, '1009'],
    ['1', 3, '13'],
  ])('base %s has check digit %i and reference %s', (base, digit, reference) => {
    expect(viitenumberCheckDigit(base)).toBe(digit);
    expect(makeViitenumber(base)).toBe(reference);
    expect(isValidViitenumber(reference)).toBe(true);
  });

  it('handles a 19-digit base, the longest allowed', () => {
    const ref = makeViitenumber('1234567890123456789');
    expect(ref).toHaveLength(20);
    expect(isValidViitenumber(ref)).toBe(true);
  });

  it.each([
    ['', 'an empty base'],
    ['12345678901234567890', 'a 20-digit base'],
    ['12a', 'a letter'],
    ['12 3', 'a space'],
    ['-1', 'a sign'],
  ])('makeViitenumber throws a RangeError for %j (%s)', (base) => {
    expect(() => makeViitenumber(base)).toThrow(RangeError);
    expect(() => viitenumberCheckDigit(base)).toThrow(RangeError);
  });

  it.each([
    ['2900082415', 'the check digit should be 4'],
    ['10', 'it should be 13'],
    ['1', 'a single digit is too short'],
    ['', 'empty'],
    ['123456789012345678901', '21 digits is too long'],
    ['123A', 'a letter'],
    ['12-32', 'a dash'],
  ])('rejects %j (%s)', (ref) => {
    expect(isValidViitenumber(ref)).toBe(false);
  });

  it.each(['290 008 241 4', ' 2900082414 ', '2900\u00a0082414'])(
    'ignores spaces: %j is valid',
    (ref) => {
      expect(isValidViitenumber(ref)).toBe(true);
    },
  );

  it('normalizeViitenumber removes spaces', () => {
    expect(normalizeViitenumber(' 290 008 241 4 ')).toBe('2900082414');
  });

  it('the domestic account numbers behind the §5.4 IBANs end in their 7-3-1 digit', () => {
    for (const account of ['10220034796011', '221023778606', '221020145685']) {
      expect(isValidViitenumber(account)).toBe(true);
    }
  });
});
