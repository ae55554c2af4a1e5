import { LOCALES } from './i18n';
import {
  isValidationMessageKey,
  validationMessage,
  ValidationMessageKey,
  validationMessages,
} from './validation-messages';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const keys = Object.values(ValidationMessageKey);

describe('field-validation messages', () => {
  it('defines the agreed keys, each with its own name as value', () => {
    expect([...keys].sort()).toEqual(
      [
        'REQUIRED',
        'ALREADY_EXISTS',
        'INVALID_EMAIL',
        'TOO_SHORT',
        'TOO_LONG',
        'INVALID_FORMAT',
        'INVALID_ISIKUKOOD',
        'INVALID_REGISTRY_CODE',
        'INVALID_IBAN',
        'INVALID_VIITENUMBER',
        'INVALID_DATE',
        'DATE_NOT_EXISTS',
        'NOT_A_NUMBER',
        'NOT_AN_INTEGER',
        'MIN_VALUE',
        'MAX_VALUE',
        'NOT_ONE_OF',
        'INVALID_VALUE',
        'UNKNOWN_FIELD',
        'PASSWORD_IS_EMAIL',
        'UNIT_CYCLE',
        'UNIT_HAS_CHILDREN',
        'UNIT_HAS_CLIENTS',
        'UNIT_HAS_MEMBERS',
        'LAST_ADMIN',
        'ALREADY_MEMBER',
        'UNKNOWN_REFERENCE',
        'NOT_YOURSELF',
        'OVERLAPPING_VALIDITY',
        'GROUP_SIZE_OUT_OF_BOUNDS',
        'PROFESSION_NOT_ALLOWED',
      ].sort(),
    );
    for (const [key, value] of Object.entries(ValidationMessageKey)) expect(value).toBe(key);
    expect(Object.keys(validationMessages).sort()).toEqual([...keys].sort());
  });

  describe.each(keys)('%s', (key) => {
    it('has a non-empty message in et, en and ru', () => {
      for (const locale of LOCALES) expect(validationMessages[key][locale].trim()).not.toBe('');
    });
    it('uses the same {placeholders} in all three translations', () => {
      const expected = placeholders(validationMessages[key].et);
      for (const locale of LOCALES)
        expect(placeholders(validationMessages[key][locale])).toEqual(expected);
    });
  });

  it.each([
    ['TOO_SHORT', ['min']],
    ['TOO_LONG', ['max']],
    ['MIN_VALUE', ['min']],
    ['MAX_VALUE', ['max']],
    ['NOT_ONE_OF', ['allowed']],
    ['REQUIRED', []],
  ] as const)('%s takes the parameters %j', (key, params) => {
    expect(placeholders(validationMessages[key].en)).toEqual(params);
  });

  it('fills the placeholders', () => {
    expect(validationMessage('TOO_SHORT', 'en', { min: 8 })).toBe(
      'Too short: at least 8 characters are needed.',
    );
    expect(validationMessage('MAX_VALUE', 'et', { max: 10 })).toBe(
      'Väärtus võib olla kõige rohkem 10.',
    );
    expect(validationMessage('NOT_ONE_OF', 'ru', { allowed: 'I, F, G' })).toBe(
      'Выберите одно из допустимых значений: I, F, G.',
    );
  });

  it('falls back to INVALID_VALUE for an unknown key', () => {
    expect(validationMessage('NO_SUCH_KEY', 'en')).toBe('Invalid value.');
    expect(validationMessage('constructor', 'et')).toBe(validationMessages.INVALID_VALUE.et);
    expect(isValidationMessageKey('NO_SUCH_KEY')).toBe(false);
    expect(isValidationMessageKey('REQUIRED')).toBe(true);
  });

  it('falls back to Estonian for an unknown locale', () => {
    expect(validationMessage('REQUIRED', 'fi' as 'et')).toBe(validationMessages.REQUIRED.et);
  });
});
