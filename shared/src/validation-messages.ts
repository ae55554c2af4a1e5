import { DEFAULT_LOCALE, interpolate, isLocale, Locale } from './i18n';

/**
 * Field-level validation messages (form errors and BAD_USER_INPUT details), in
 * et/en/ru. Keys are stable; `{param}` placeholders are filled by validationMessage.
 */
export const ValidationMessageKey = {
  REQUIRED: 'REQUIRED',
  INVALID_EMAIL: 'INVALID_EMAIL',
  /** params: {min} */
  TOO_SHORT: 'TOO_SHORT',
  /** params: {max} */
  TOO_LONG: 'TOO_LONG',
  INVALID_FORMAT: 'INVALID_FORMAT',
  INVALID_ISIKUKOOD: 'INVALID_ISIKUKOOD',
  INVALID_REGISTRY_CODE: 'INVALID_REGISTRY_CODE',
  INVALID_IBAN: 'INVALID_IBAN',
  INVALID_VIITENUMBER: 'INVALID_VIITENUMBER',
  INVALID_DATE: 'INVALID_DATE',
  DATE_NOT_EXISTS: 'DATE_NOT_EXISTS',
  NOT_A_NUMBER: 'NOT_A_NUMBER',
  NOT_AN_INTEGER: 'NOT_AN_INTEGER',
  /** params: {min} */
  MIN_VALUE: 'MIN_VALUE',
  /** params: {max} */
  MAX_VALUE: 'MAX_VALUE',
  /** params: {allowed} */
  NOT_ONE_OF: 'NOT_ONE_OF',
  INVALID_VALUE: 'INVALID_VALUE',
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
  /** The value must be unique and another record already has it. */
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  /** A new password that is the user's own e-mail address (or its part before the @). */
  PASSWORD_IS_EMAIL: 'PASSWORD_IS_EMAIL',
} as const;
export type ValidationMessageKey = (typeof ValidationMessageKey)[keyof typeof ValidationMessageKey];

export function isValidationMessageKey(value: unknown): value is ValidationMessageKey {
  return (
    typeof value === 'string' && Object.prototype.hasOwnProperty.call(ValidationMessageKey, value)
  );
}

export const validationMessages: Record<ValidationMessageKey, Record<Locale, string>> = {
  REQUIRED: {
    et: 'See väli on kohustuslik.',
    en: 'This field is required.',
    ru: 'Это поле обязательно для заполнения.',
  },
  INVALID_EMAIL: {
    et: 'Sisestage korrektne e-posti aadress.',
    en: 'Enter a valid e-mail address.',
    ru: 'Введите корректный адрес электронной почты.',
  },
  TOO_SHORT: {
    et: 'Liiga lühike: vähemalt {min} märki.',
    en: 'Too short: at least {min} characters are needed.',
    ru: 'Слишком коротко: минимум символов — {min}.',
  },
  TOO_LONG: {
    et: 'Liiga pikk: lubatud on kuni {max} märki.',
    en: 'Too long: at most {max} characters are allowed.',
    ru: 'Слишком длинно: максимум символов — {max}.',
  },
  INVALID_FORMAT: {
    et: 'Väärtus ei ole õiges vormingus.',
    en: 'The value is not in the right format.',
    ru: 'Значение указано в неверном формате.',
  },
  INVALID_ISIKUKOOD: {
    et: 'Vigane isikukood: kontrollige, et kõik 11 numbrit on õiged.',
    en: 'Invalid Estonian personal identification code (isikukood): check that all 11 digits are correct.',
    ru: 'Неверный личный код (isikukood): проверьте, что все 11 цифр указаны правильно.',
  },
  INVALID_REGISTRY_CODE: {
    et: 'Vigane registrikood: see peab olema 8 numbrit õige kontrollnumbriga.',
    en: 'Invalid business registry code: it must be 8 digits with a correct check digit.',
    ru: 'Неверный регистрационный код: он должен состоять из 8 цифр с правильной контрольной цифрой.',
  },
  INVALID_IBAN: {
    et: 'Vigane IBAN: Eesti kontonumber on EE ja 18 numbrit, nt EE38 2200 2210 2014 5685.',
    en: 'Invalid IBAN: an Estonian account number is EE followed by 18 digits, e.g. EE38 2200 2210 2014 5685.',
    ru: 'Неверный IBAN: эстонский номер счёта — это EE и 18 цифр, например EE38 2200 2210 2014 5685.',
  },
  INVALID_VIITENUMBER: {
    et: 'Vigane viitenumber: kontrollige numbreid.',
    en: 'Invalid payment reference number (viitenumber): check the digits.',
    ru: 'Неверный ссылочный номер (viitenumber): проверьте цифры.',
  },
  INVALID_DATE: {
    et: 'Vigane kuupäev: kasutage kuju pp.kk.aaaa.',
    en: 'Invalid date: use the format dd.mm.yyyy.',
    ru: 'Неверная дата: используйте формат дд.мм.гггг.',
  },
  DATE_NOT_EXISTS: {
    et: 'Sellist kuupäeva või kellaaega ei ole olemas (nt 30. veebruar või suveajale üleminekul vahele jääv tund).',
    en: 'This date or time does not exist (e.g. 30 February, or the hour skipped when daylight saving time starts).',
    ru: 'Такой даты или времени не существует (например, 30 февраля или час, пропускаемый при переходе на летнее время).',
  },
  NOT_A_NUMBER: {
    et: 'Sisestage arv.',
    en: 'Enter a number.',
    ru: 'Введите число.',
  },
  NOT_AN_INTEGER: {
    et: 'Sisestage täisarv.',
    en: 'Enter a whole number.',
    ru: 'Введите целое число.',
  },
  MIN_VALUE: {
    et: 'Väärtus peab olema vähemalt {min}.',
    en: 'The value must be at least {min}.',
    ru: 'Значение должно быть не меньше {min}.',
  },
  MAX_VALUE: {
    et: 'Väärtus võib olla kõige rohkem {max}.',
    en: 'The value must be at most {max}.',
    ru: 'Значение должно быть не больше {max}.',
  },
  NOT_ONE_OF: {
    et: 'Valige üks lubatud väärtustest: {allowed}.',
    en: 'Choose one of the allowed values: {allowed}.',
    ru: 'Выберите одно из допустимых значений: {allowed}.',
  },
  INVALID_VALUE: {
    et: 'Vigane väärtus.',
    en: 'Invalid value.',
    ru: 'Недопустимое значение.',
  },
  UNKNOWN_FIELD: {
    et: 'Tundmatu väli: seda välja ei saa siin kasutada.',
    en: 'Unknown field: this field cannot be used here.',
    ru: 'Неизвестное поле: это поле здесь использовать нельзя.',
  },
  ALREADY_EXISTS: {
    et: 'Selle väärtusega kirje on juba olemas.',
    en: 'A record with this value already exists.',
    ru: 'Запись с таким значением уже существует.',
  },
  PASSWORD_IS_EMAIL: {
    et: 'Parool ei tohi olla teie e-posti aadress ega selle osa enne @-märki.',
    en: 'The password must not be your e-mail address or the part of it before the @.',
    ru: 'Пароль не должен совпадать с адресом электронной почты или его частью до символа @.',
  },
};

/**
 * The message for a validation key in `locale`, with `{param}` placeholders
 * filled. An unknown key falls back to INVALID_VALUE, an unknown locale to Estonian.
 */
export function validationMessage(
  key: string,
  locale: Locale,
  params?: Record<string, string | number>,
): string {
  const messages = isValidationMessageKey(key)
    ? validationMessages[key]
    : validationMessages.INVALID_VALUE;
  return interpolate(messages[isLocale(locale) ? locale : DEFAULT_LOCALE], params);
}
