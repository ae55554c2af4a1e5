/**
 * The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING` run through TypeORM's
 * `query()`: for those it answers `[rows, rowCount]` instead of the rows (unlike SELECT and
 * INSERT), and `rows.length` would then always be 2.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
