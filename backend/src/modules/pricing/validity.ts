import { addDays, formatDateEt, isValidIsoDate } from '@reha/shared';
import { AppError, FieldProblem } from '../../core/errors/app-error';
import { lastValidDay, MAX_PRICE_CENTS } from './price-terms';

/** A validity period as entered: first and last day (inclusive), the last one optional. */
export interface Validity {
  validFrom: string;
  validTo?: string | null;
}

/** The [from, to) daterange bounds the database stores for an inclusive period. */
export function rangeBounds(v: Validity): [string, string | null] {
  return [v.validFrom, v.validTo ? addDays(v.validTo, 1) : null];
}

/** Problems with a period's dates, named under `prefix` (e.g. `input.`). */
export function validityProblems(v: Validity, prefix: string): FieldProblem[] {
  if (!isValidIsoDate(v.validFrom)) return [{ field: `${prefix}validFrom`, key: 'INVALID_DATE' }];
  if (v.validTo === null || v.validTo === undefined) return [];
  if (!isValidIsoDate(v.validTo)) return [{ field: `${prefix}validTo`, key: 'INVALID_DATE' }];
  if (v.validTo < v.validFrom)
    return [
      { field: `${prefix}validTo`, key: 'MIN_VALUE', params: { min: formatDateEt(v.validFrom) } },
    ];
  return [];
}

/** Problems with an amount: more than 0 and at most 100 000 € (the database CHECK). */
export function priceProblems(cents: number, field: string): FieldProblem[] {
  if (!Number.isInteger(cents)) return [{ field, key: 'NOT_AN_INTEGER' }];
  if (cents <= 0) return [{ field, key: 'MIN_VALUE', params: { min: '0,01 €' } }];
  if (cents > MAX_PRICE_CENTS) return [{ field, key: 'MAX_VALUE', params: { max: '100 000 €' } }];
  return [];
}

/** The field error for a period that collides with a stored version [from, until). */
export function overlapProblem(field: string, from: string, until: string | null): FieldProblem {
  const to = lastValidDay(until);
  return {
    field,
    key: 'OVERLAPPING_VALIDITY',
    params: { from: formatDateEt(from), to: to ? formatDateEt(to) : '…' },
  };
}

/** PostgreSQL's exclusion_violation: a `*_no_overlap` constraint refused the row. */
export function isOverlapViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23P01';
}

export function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length) throw AppError.badInput(problems);
}
