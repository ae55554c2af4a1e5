import { isDigits, mod11CheckDigit } from './check-digits';

/**
 * Estonian business registry code (registrikood), DOMAIN.md §5.2: 8 digits, the
 * last one a check digit computed from the first 7 with the same two-round
 * modulo-11 method as the isikukood (weights 1–7, then 3–9; 10 → 0).
 * The first digit's meaning (1 company, 7 state/municipal, 8 NGO, 9 foundation)
 * is not checked (unconfirmed in DOMAIN.md).
 */

/** The check digit for the first 7 digits of a registry code. Throws RangeError unless given exactly 7 digits. */
export function registryCodeCheckDigit(first7: string): number {
  if (!isDigits(first7, 7, 7))
    throw new RangeError(
      `registryCodeCheckDigit needs exactly 7 digits, got ${JSON.stringify(first7)}`,
    );
  return mod11CheckDigit(first7);
}

/** True for exactly 8 ASCII digits with a correct check digit. No trimming. */
export function isValidRegistryCode(code: string): boolean {
  return isDigits(code, 8, 8) && mod11CheckDigit(code.slice(0, 7)) === Number(code[7]);
}
