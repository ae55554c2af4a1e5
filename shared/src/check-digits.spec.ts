import { checkDigit731, isDigits, mod11CheckDigit } from './check-digits';

describe('check-digit helpers', () => {
  it.each([
    ['3760503029', 9],
    ['4940313000', 3],
    ['4940313115', 0],
    ['7000197', 5],
    ['1000064', 0],
  ])('mod11CheckDigit(%s) = %i', (digits, digit) => {
    expect(mod11CheckDigit(digits)).toBe(digit);
  });

  it.each([
    ['123', 2],
    ['12345', 3],
    ['290008241', 4],
    ['100', 9],
    ['1', 3],
    ['0', 0],
  ])('checkDigit731(%s) = %i', (digits, digit) => {
    expect(checkDigit731(digits)).toBe(digit);
  });

  it('leading zeros do not change the 7-3-1 digit', () => {
    expect(checkDigit731('0000221020145685'.slice(0, -1))).toBe(checkDigit731('22102014568'));
  });

  it.each([
    ['123', 1, 3, true],
    ['', 1, 3, false],
    ['1234', 1, 3, false],
    ['12a', 1, 3, false],
    ['١٢٣', 1, 3, false],
  ] as const)('isDigits(%j, %i, %i) = %p', (value, min, max, expected) => {
    expect(isDigits(value, min, max)).toBe(expected);
  });
});
