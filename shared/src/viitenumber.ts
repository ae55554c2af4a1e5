import { checkDigit731, isDigits } from './check-digits';

/**
 * Estonian payment reference number (viitenumber), DOMAIN.md §5.3: a base of
 * 1–19 digits followed by its 7-3-1 check digit (weights 7,3,1,7,3,1,… from the
 * rightmost base digit; C = (10 − S mod 10) mod 10). The full reference has 2–20 digits.
 * RF creditor references (ISO 11649) are not handled here.
 */

function assertBase(base: string): void {
  if (!isDigits(base, 1, 19))
    throw new RangeError(
      `A reference number base must be 1–19 digits, got ${JSON.stringify(base)}`,
    );
}

/** The 7-3-1 check digit of a base of 1–19 digits. Throws RangeError for any other input. */
export function viitenumberCheckDigit(base: string): number {
  assertBase(base);
  return checkDigit731(base);
}

/** The full reference: base followed by its check digit, e.g. "123" → "1232". Throws RangeError for a base that is not 1–19 digits. */
export function makeViitenumber(base: string): string {
  return base + String(viitenumberCheckDigit(base));
}

/** Removes spaces (including no-break spaces) from a reference number. */
export function normalizeViitenumber(ref: string): string {
  return ref.replace(/\s+/g, '');
}

/** True for 2–20 digits (spaces allowed and ignored) whose last digit is the 7-3-1 check digit of the rest. */
export function isValidViitenumber(ref: string): boolean {
  if (typeof ref !== 'string') return false;
  const digits = normalizeViitenumber(ref);
  if (!isDigits(digits, 2, 20)) return false;
  return checkDigit731(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}
