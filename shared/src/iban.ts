import { checkDigit731, isDigits } from './check-digits';

/**
 * Estonian IBAN, DOMAIN.md §5.4: "EE" + 2 check digits + a 16-digit BBAN, 20
 * characters. The BBAN is a 2-digit bank code followed by the 14-digit,
 * zero-padded domestic account number, which itself ends in a 7-3-1 check digit.
 *
 * Validation: spaces ignored, case-insensitive, exactly EE + 18 digits, ISO 13616
 * mod 97 = 1, and the account number's 7-3-1 digit must hold. All four valid
 * vectors of DOMAIN.md §5.4 satisfy the 7-3-1 rule (checked in iban.spec.ts), so
 * it is enforced. Bank codes are not checked against a list (the list is unconfirmed).
 *
 * Store IBANs normalised (no spaces, upper case) and display them with formatIban.
 */

/** Removes all whitespace and upper-cases: " ee38 2200 ..." → "EE382200...". */
export function normalizeIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

/** Normalises and groups in fours: "EE382200221020145685" → "EE38 2200 2210 2014 5685". */
export function formatIban(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

/** ISO 7064 MOD 97-10 remainder of a string of digits and letters (A = 10 … Z = 35). */
function mod97(alnum: string): number {
  let rest = 0;
  for (const ch of alnum) {
    const value = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

/** True for a valid Estonian IBAN (see the module comment for the rules). */
export function isValidEstonianIban(iban: string): boolean {
  if (typeof iban !== 'string') return false;
  const s = normalizeIban(iban);
  if (!/^EE[0-9]{18}$/.test(s)) return false;
  if (mod97(s.slice(4) + s.slice(0, 4)) !== 1) return false;
  const account = s.slice(6);
  if (/^0+$/.test(account)) return false;
  return checkDigit731(account.slice(0, -1)) === Number(account[13]);
}

/**
 * Builds an Estonian IBAN (normalised, no spaces) from a 2-digit bank code and a
 * domestic account number of up to 14 digits that already ends in its 7-3-1 check
 * digit (spaces in the account number are ignored). Throws RangeError on bad input.
 *
 * Example: makeEstonianIban('22', '221020145685') → 'EE382200221020145685'.
 */
export function makeEstonianIban(bankCode: string, accountNumber: string): string {
  if (!isDigits(bankCode, 2, 2))
    throw new RangeError(`The bank code must be 2 digits, got ${JSON.stringify(bankCode)}`);
  const account = typeof accountNumber === 'string' ? accountNumber.replace(/\s+/g, '') : '';
  if (!isDigits(account, 2, 14) || /^0+$/.test(account)) {
    throw new RangeError(
      `The account number must be 2–14 digits, got ${JSON.stringify(accountNumber)}`,
    );
  }
  if (checkDigit731(account.slice(0, -1)) !== Number(account[account.length - 1])) {
    throw new RangeError(
      `The account number ${account} fails its 7-3-1 check digit (expected ${checkDigit731(account.slice(0, -1))})`,
    );
  }
  const bban = bankCode + account.padStart(14, '0');
  const check = 98 - mod97(bban + '1414' + '00');
  return `EE${String(check).padStart(2, '0')}${bban}`;
}
