import { addDays, formatDateEt } from '@reha/shared';
import { AppError } from '../../core/errors/app-error';

/** A `daterange` as the database returns it, split into [validFrom, validTo) strings. */
export function splitRange(range: string): { validFrom: string; validTo: string | null } {
  const match = /^[[(](\d{4}-\d{2}-\d{2})?,(\d{4}-\d{2}-\d{2})?[)\]]$/.exec(range);
  if (!match?.[1]) throw new Error(`unexpected validity ${range}`);
  return { validFrom: match[1], validTo: match[2] ?? null };
}

/** An `int4range` like `[2,101)` as inclusive bounds. */
export function splitIntRange(range: string): { min: number; max: number } {
  const match = /^\[(\d+),(\d+)\)$/.exec(range);
  if (!match) throw new Error(`unexpected range ${range}`);
  return { min: Number(match[1]), max: Number(match[2]) - 1 };
}

/**
 * Turns a violated `*_no_overlap` exclusion constraint (SQLSTATE 23P01) into the field error
 * OVERLAPPING_VALIDITY naming the period of the version already there (its last day, not the
 * exclusive end). Other errors pass through unchanged.
 */
export function overlapError(error: unknown, field: string): unknown {
  const e = error as {
    code?: string;
    detail?: string;
    driverError?: { code?: string; detail?: string };
  };
  const code = e.code ?? e.driverError?.code;
  if (code !== '23P01') return error;
  const detail = e.detail ?? e.driverError?.detail ?? '';
  const existing =
    /conflicts with existing key .*\[(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})?\)\)\.?$/.exec(detail);
  const from = existing?.[1] ? formatDateEt(existing[1]) : '…';
  const to = existing?.[2] ? formatDateEt(addDays(existing[2], -1)) : '…';
  return AppError.badInput([{ field, key: 'OVERLAPPING_VALIDITY', params: { from, to } }]);
}
