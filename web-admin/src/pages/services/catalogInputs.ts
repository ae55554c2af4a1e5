import { centsToDecimalString, formatDateEt, parseDateEt, toCents } from '@reha/shared';

/**
 * Typed text of the catalog forms (services, specialists, rooms) as API values. Each parser
 * answers `undefined` for an empty field and `null` for text it cannot read, so the form can
 * tell "left out" from "wrong" and say which.
 */

/** "29,36" → 2936 cents. */
export function parseEuroText(text: string): number | null | undefined {
  if (!text.trim()) return undefined;
  try {
    const cents = toCents(text);
    return cents < 0 ? null : cents;
  } catch {
    return null;
  }
}

/** Cents as the euro text the field shows ("29,36"). */
export function euroText(cents: number | null | undefined): string {
  return cents == null ? '' : centsToDecimalString(cents).replace('.', ',');
}

/** "21.12.2025" → "2025-12-21". */
export function parseDateText(text: string): string | null | undefined {
  if (!text.trim()) return undefined;
  return parseDateEt(text);
}

/** "2025-12-21" as the date text the field shows. */
export function dateText(isoDate: string | null | undefined): string {
  return isoDate ? formatDateEt(isoDate) : '';
}

/** A whole number typed in a field ("45"). */
export function parseWholeText(text: string): number | null | undefined {
  if (!text.trim()) return undefined;
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}
