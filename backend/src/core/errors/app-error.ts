import { ErrorCode } from '@reha/shared';

/** One field's problem, named by its input path (`input.email`) with a message key from @reha/shared. */
export interface FieldProblem {
  field: string;
  /** Key in the shared validation-message registry, e.g. `REQUIRED`, `INVALID_ISIKUKOOD`. */
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The one error type business code throws. The GraphQL error formatter turns it into
 * `extensions.code` plus a message in the caller's language; REST routes do the same in JSON.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }

  static badInput(fields: FieldProblem[]): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, {}, fields);
  }
}
