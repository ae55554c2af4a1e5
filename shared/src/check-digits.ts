/**
 * Internal check-digit helpers shared by several Estonian formats.
 * Not re-exported from the package index: use the format-specific functions.
 */

/** True when `value` is a non-empty string of ASCII digits 0-9 only. */
export function isDigits(
  value: unknown,
  minLength = 1,
  maxLength = Number.MAX_SAFE_INTEGER,
): value is string {
  return (
    typeof value === 'string' &&
    value.length >= minLength &&
    value.length <= maxLength &&
    /^[0-9]+$/.test(value)
  );
}

/**
 * The two-round modulo-11 check digit used by the isikukood (11 digits) and the
 * business registry code (8 digits).
 *
 * Round 1 weights are 1,2,…,9,1,2,… and round 2 weights are 3,4,…,9,1,2,…; if
 * round 1 gives 10 round 2 is used, and if round 2 also gives 10 the digit is 0.
 */
export function mod11CheckDigit(digits: string): number {
  const round = (offset: number): number => {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (((i + offset) % 9) + 1);
    return sum % 11;
  };
  const first = round(0);
  if (first < 10) return first;
  const second = round(2);
  return second < 10 ? second : 0;
}

/**
 * The 7-3-1 check digit of the Estonian payment reference and domestic account
 * number: weights 7,3,1,7,3,1,… from the rightmost digit; C = (10 − S mod 10) mod 10.
 */
export function checkDigit731(digits: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < digits.length; i++)
    sum += Number(digits[digits.length - 1 - i]) * weights[i % 3];
  return (10 - (sum % 10)) % 10;
}
