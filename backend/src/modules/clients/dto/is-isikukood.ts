import { isValidIsikukood } from '@reha/shared';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** An Estonian personal identification code with a valid date and check digit. */
export function IsIsikukood(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'INVALID_ISIKUKOOD',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidIsikukood(value),
        defaultMessage: () => 'INVALID_ISIKUKOOD',
      },
    },
    options,
  );
}
