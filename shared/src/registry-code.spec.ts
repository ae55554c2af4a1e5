import { isValidRegistryCode, registryCodeCheckDigit } from './registry-code';

describe('business registry code (DOMAIN.md §5.2)', () => {
  it.each([
    ['70001975', "SKA's own code (sum 115, mod 11 = 5)"],
    ['12345678', 'sum 140, mod 11 = 8'],
    ['10000062', 'round 1 gives 10, round 2 gives 2'],
    ['10000640', 'both rounds give 10, so the check digit is 0'],
  ])('accepts %s (%s)', (code) => {
    expect(isValidRegistryCode(code)).toBe(true);
  });

  it.each([
    ['12345679', 'the check digit should be 8'],
    ['1234567', 'only 7 digits'],
    ['123456789', '9 digits'],
    ['', 'the empty string'],
    ['1234567A', 'a letter'],
    [' 12345678', 'a leading space'],
    ['1234 5678', 'a space inside'],
  ])('rejects %j (%s)', (code) => {
    expect(isValidRegistryCode(code)).toBe(false);
  });

  it.each([
    ['7000197', 5],
    ['1234567', 8],
    ['1000006', 2],
    ['1000064', 0],
  ])('registryCodeCheckDigit(%s) = %i', (first7, digit) => {
    expect(registryCodeCheckDigit(first7)).toBe(digit);
  });

  it.each(['700019', '70001975', 'abcdefg'])(
    'registryCodeCheckDigit throws a RangeError for %j',
    (input) => {
      expect(() => registryCodeCheckDigit(input)).toThrow(RangeError);
    },
  );
});
