import { DEFAULT_LOCALE, isLocale, Locale } from './i18n';

/**
 * Money: euro amounts as integer cents, never floats (DOMAIN.md §5.5).
 *
 * Rounding policy (write it on invoices too): every computed line amount
 * (quantity × unit price, a percentage such as VAT) is rounded to whole cents
 * (2 decimals) **half-up**, with halves rounded **away from zero** for negative
 * amounts (−0.5 cent → −1 cent). Totals are exact sums of the rounded lines;
 * budget checks compare cents exactly. All intermediate arithmetic is exact
 * (BigInt on decimal strings), so cases like 1.005 that break
 * `Number.prototype.toFixed` round correctly.
 *
 * A `number` argument (a quantity, a rate, a value to round) is read by its
 * shortest round-trip decimal form (`String(n)`), i.e. the value as written in
 * source code or typed by a user: 1.005 means exactly 1.005, not the binary
 * double 1.00499999999999989….
 */

/** An amount in euro cents; always a safe integer. */
export type Cents = number;

interface Decimal {
  /** value = mantissa / 10^scale */
  mantissa: bigint;
  scale: number;
}

const DECIMAL = /^([+-])?(\d+)(?:[.,](\d+))?(?:[eE]([+-]?\d+))?$/;

/** Parses a finite number or a plain decimal string ("0.5", "-3,2", "1e-3") exactly. */
function toDecimal(value: number | string, what: string): Decimal {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new RangeError(`${what} must be a finite number, got ${value}`);
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    throw new RangeError(`${what} must be a number or a decimal string`);
  }
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`${what} is not a decimal number: ${JSON.stringify(value)}`);
  const fraction = m[3] ?? '';
  const exponent = m[4] === undefined ? 0 : Number(m[4]);
  let mantissa = BigInt(m[2] + fraction);
  let scale = fraction.length - exponent;
  if (Math.abs(scale) > 400)
    throw new RangeError(`${what} is out of range: ${JSON.stringify(value)}`);
  if (scale < 0) {
    mantissa *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { mantissa: m[1] === '-' ? -mantissa : mantissa, scale };
}

/** n / d rounded half-up, away from zero for negatives (d > 0). */
function divideHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  if ((abs % d) * 2n >= d) q += 1n;
  return negative ? -q : q;
}

function assertCents(cents: Cents, what = 'Amount in cents'): void {
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`${what} must be a safe integer number of cents, got ${cents}`);
}

function toSafeCents(value: bigint, what: string): Cents {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what}: result ${value} cents is too large`);
  }
  return Number(value) + 0; // + 0 turns -0 into 0
}

const AMOUNT = /^([+\-\u2212])?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/;

/**
 * Parses a decimal euro amount into cents: "1395" → 139500, "1395.5" → 139550,
 * "1395,50" → 139550, "-3,20" → -320, "12 345,60" → 1234560.
 * Accepts a decimal point or comma, spaces (also U+00A0/U+202F) between groups
 * of three digits, and a leading + / - / U+2212. Throws RangeError for more
 * than 2 decimals, a currency sign, thousands separators other than spaces, or
 * any other junk.
 */
export function toCents(decimalString: string): Cents {
  if (typeof decimalString !== 'string') throw new RangeError('toCents needs a string');
  const text = decimalString.trim();
  const m = AMOUNT.exec(text);
  if (!m) throw new RangeError(`Not a euro amount: ${JSON.stringify(decimalString)}`);
  const fraction = m[3] ?? '';
  if (fraction.length > 2)
    throw new RangeError(
      `A euro amount has at most 2 decimals, got ${JSON.stringify(decimalString)}`,
    );
  const whole = m[2].replace(/\D/g, '');
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return toSafeCents(
    m[1] === '-' || m[1] === '\u2212' ? -cents : cents,
    `toCents(${JSON.stringify(decimalString)})`,
  );
}

/** Cents as a plain decimal string with 2 decimals and a point: 139500 → "1395.00", -320 → "-3.20". */
export function centsToDecimalString(c: Cents): string {
  assertCents(c);
  const abs = Math.abs(c);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${c < 0 ? '-' : ''}${euros}.${String(rest).padStart(2, '0')}`;
}

const EURO_LOCALE_TAGS: Record<Locale, string> = { et: 'et-EE', en: 'en-IE', ru: 'ru-RU' };
const euroFormatters = new Map<Locale, Intl.NumberFormat>();

/**
 * Formats cents for display with Intl.NumberFormat: et → et-EE ("1395,00 €",
 * "12 345,60 €" with U+00A0), en → en-IE ("€1,395.00"), ru → ru-RU ("1 395,00 €").
 * An unknown locale falls back to Estonian. The amount is passed to Intl as an
 * exact decimal string. The exact output (spaces, minus sign) comes from the
 * ICU data of the runtime: et-EE writes negatives with U+2212 "−3,20 €".
 */
export function formatEuro(c: Cents, locale: Locale = DEFAULT_LOCALE): string {
  const key = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let formatter = euroFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(EURO_LOCALE_TAGS[key], {
      style: 'currency',
      currency: 'EUR',
    });
    euroFormatters.set(key, formatter);
  }
  return formatter.format(centsToDecimalString(c) as `${number}`);
}

/**
 * A line amount: `cents` × `quantity`, rounded to whole cents half-up (away from
 * zero for negatives). Exact: multiplyCents(1, '0.5') = 1, multiplyCents(2397, 5) = 11985.
 */
export function multiplyCents(cents: Cents, quantity: number | string): Cents {
  assertCents(cents);
  const q = toDecimal(quantity, 'Quantity');
  return toSafeCents(
    divideHalfUp(BigInt(cents) * q.mantissa, 10n ** BigInt(q.scale)),
    'multiplyCents',
  );
}

/** `ratePercent` % of `cents`, rounded half-up to whole cents: percentOf(1000, 24) = 240, percentOf(5, 10) = 1 (0.5 → 1). */
export function percentOf(cents: Cents, ratePercent: number | string): Cents {
  assertCents(cents);
  const r = toDecimal(ratePercent, 'Rate');
  return toSafeCents(
    divideHalfUp(BigInt(cents) * r.mantissa, 10n ** BigInt(r.scale + 2)),
    'percentOf',
  );
}

/**
 * Rounds to `decimals` places half-up, away from zero for negatives, exactly on
 * the decimal value: roundHalfUp(1.005, 2) = 1.01, roundHalfUp(-2.5) = -3.
 */
export function roundHalfUp(value: number | string, decimals = 0): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    throw new RangeError(`decimals must be an integer 0–100, got ${decimals}`);
  }
  const d = toDecimal(value, 'Value');
  if (d.scale <= decimals) return Number(`${d.mantissa}e-${d.scale}`) + 0;
  const rounded = divideHalfUp(d.mantissa, 10n ** BigInt(d.scale - decimals));
  return Number(`${rounded}e-${decimals}`) + 0;
}

/** Exact sum of cents; throws RangeError for a non-integer entry or an unsafe total. */
export function sumCents(list: readonly Cents[]): Cents {
  let total = 0n;
  for (const c of list) {
    assertCents(c, 'Each amount');
    total += BigInt(c);
  }
  return toSafeCents(total, 'sumCents');
}

/**
 * Splits `total` cents in proportion to the non-negative weights `parts`, so that
 * the result sums exactly to `total`. Each share is first rounded toward zero;
 * the cents left over go one at a time to the shares with the largest remainders
 * (ties: the earlier part). Negative totals are split the same way and negated.
 * allocateCents(100, [1, 1, 1]) → [34, 33, 33].
 * Throws RangeError for no parts, a negative weight, or all-zero weights.
 */
export function allocateCents(total: Cents, parts: readonly (number | string)[]): Cents[] {
  assertCents(total, 'Total');
  if (parts.length === 0) throw new RangeError('allocateCents needs at least one part');
  const decimals = parts.map((p) => toDecimal(p, 'Each weight'));
  const scale = Math.max(...decimals.map((d) => d.scale));
  const weights = decimals.map((d) => d.mantissa * 10n ** BigInt(scale - d.scale));
  if (weights.some((w) => w < 0n))
    throw new RangeError('allocateCents weights must not be negative');
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new RangeError('allocateCents needs at least one positive weight');
  const abs = BigInt(Math.abs(total));
  const shares = weights.map((w) => (abs * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (abs * w) % sum }));
  let left = abs - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    shares[i] += 1n;
    left -= 1n;
  }
  return shares.map((s) => (total < 0 ? -Number(s) : Number(s)) + 0);
}
