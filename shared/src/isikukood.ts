import { isRealDate, toIsoDate } from './calendar-date';
import { isDigits, mod11CheckDigit } from './check-digits';

/**
 * Estonian personal identification code (isikukood), DOMAIN.md §5.1:
 * `G YY MM DD SSS C`, 11 digits.
 * - G: century and sex: 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s, 7/8 = 2100s; odd = male, even = female.
 * - YYMMDD: a real birth date (leap years included).
 * - SSS: serial number (not interpreted).
 * - C: two-round modulo-11 check digit.
 *
 * The input must be exactly 11 ASCII digits: no trimming, no spaces. Callers that
 * accept typed input should trim it first.
 */

export type Sex = 'M' | 'F';

export interface IsikukoodInfo {
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
}

/** The check digit for the first 10 digits of an isikukood. Throws RangeError unless given exactly 10 digits. */
export function isikukoodCheckDigit(first10: string): number {
  if (!isDigits(first10, 10, 10))
    throw new RangeError(
      `isikukoodCheckDigit needs exactly 10 digits, got ${JSON.stringify(first10)}`,
    );
  return mod11CheckDigit(first10);
}

/** Birth date and sex from a valid isikukood, or null when the code is invalid. */
export function parseIsikukood(code: string): IsikukoodInfo | null {
  if (!isDigits(code, 11, 11)) return null;
  const g = Number(code[0]);
  if (g < 1 || g > 8) return null;
  const year = 1800 + Math.floor((g - 1) / 2) * 100 + Number(code.slice(1, 3));
  const month = Number(code.slice(3, 5));
  const day = Number(code.slice(5, 7));
  if (!isRealDate(year, month, day)) return null;
  if (mod11CheckDigit(code.slice(0, 10)) !== Number(code[10])) return null;
  return { birthDate: toIsoDate(year, month, day), sex: g % 2 === 1 ? 'M' : 'F' };
}

/** True for a syntactically valid isikukood: 11 digits, century digit 1–8, a real birth date and a correct check digit. */
export function isValidIsikukood(code: string): boolean {
  return parseIsikukood(code) !== null;
}
