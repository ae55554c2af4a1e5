import { isValidEstonianIban, isValidRegistryCode } from '@reha/shared';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** An Estonian registry code (8 digits with the 7-3-1 check digit; DOMAIN.md §5). */
export function IsRegistryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'INVALID_REGISTRY_CODE',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isValidRegistryCode(value.trim()),
        defaultMessage: () => 'INVALID_REGISTRY_CODE',
      },
    },
    options,
  );
}

/** An Estonian IBAN (spaces and case ignored; DOMAIN.md §5.4). */
export function IsEstonianIban(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'INVALID_IBAN',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidEstonianIban(value),
        defaultMessage: () => 'INVALID_IBAN',
      },
    },
    options,
  );
}

/** Whether the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name the runtime knows (e.g. `Europe/Tallinn`). */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'INVALID_VALUE',
      validator: { validate: isTimeZone, defaultMessage: () => 'INVALID_VALUE' },
    },
    options,
  );
}

export const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;
export const VAT_NUMBER = /^EE[0-9]{9}$/;
