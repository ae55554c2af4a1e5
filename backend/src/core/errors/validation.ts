import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldProblem } from './app-error';

/**
 * class-validator constraint → message key in @reha/shared's validation registry.
 * Custom Reha validators (isikukood, IBAN, …) use the key itself as their constraint name.
 */
const CONSTRAINT_KEYS: Record<string, (c: Record<string, unknown>) => Omit<FieldProblem, 'field'>> =
  {
    isNotEmpty: () => ({ key: 'REQUIRED' }),
    isDefined: () => ({ key: 'REQUIRED' }),
    isEmail: () => ({ key: 'INVALID_EMAIL' }),
    minLength: (c) => ({ key: 'TOO_SHORT', params: { min: Number(c.min) } }),
    maxLength: (c) => ({ key: 'TOO_LONG', params: { max: Number(c.max) } }),
    min: (c) => ({ key: 'MIN_VALUE', params: { min: Number(c.min) } }),
    max: (c) => ({ key: 'MAX_VALUE', params: { max: Number(c.max) } }),
    isInt: () => ({ key: 'NOT_AN_INTEGER' }),
    isNumber: () => ({ key: 'NOT_A_NUMBER' }),
    isDateString: () => ({ key: 'INVALID_DATE' }),
    isISO8601: () => ({ key: 'INVALID_DATE' }),
    isIn: (c) => ({ key: 'NOT_ONE_OF', params: { allowed: String(c.allowed) } }),
    isEnum: (c) => ({ key: 'NOT_ONE_OF', params: { allowed: String(c.allowed) } }),
    matches: () => ({ key: 'INVALID_FORMAT' }),
    whitelistValidation: () => ({ key: 'UNKNOWN_FIELD' }),
  };

/** Flattens nested class-validator errors into one problem per field path. */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.keys(error.constraints ?? {});
    if (constraints.length > 0) {
      // One message per field: a missing value is the thing to fix first, then the first
      // failed rule (decorators report bottom-up, so "too long" would otherwise win).
      const name =
        constraints.find((c) => c === 'isDefined' || c === 'isNotEmpty') ?? constraints[0]!;
      const contextParams = (error.contexts?.[name] ?? {}) as Record<string, unknown>;
      const mapper = CONSTRAINT_KEYS[name];
      problems.push(
        mapper
          ? { field, ...mapper(constraintArgs(error, name, contextParams)) }
          : { field, key: name.toUpperCase() === name ? name : 'INVALID_VALUE' },
      );
    }
    if (error.children?.length) problems.push(...fieldProblems(error.children, field));
  }
  return problems;
}

// class-validator keeps constraint arguments only inside the message; the common ones are
// recoverable from the decorator's context, which Reha's DTOs set where a number matters.
function constraintArgs(
  error: ValidationError,
  name: string,
  context: Record<string, unknown>,
): Record<string, unknown> {
  const message = error.constraints?.[name] ?? '';
  const number = /(-?\d+(?:\.\d+)?)/.exec(message)?.[1];
  return { min: number, max: number, allowed: /: (.*)$/.exec(message)?.[1] ?? '', ...context };
}

/** Names fields by their full input path (`input.email`), as the client sent them. */
class RehaValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof AppError && metadata.data) {
        throw new AppError(
          error.code,
          error.params,
          error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })),
        );
      }
      throw error;
    }
  }
}

/** The one validation pipe: whitelists input, transforms types, reports per-field problems. */
export function createValidationPipe(): ValidationPipe {
  return new RehaValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.badInput(fieldProblems(errors)),
  });
}
