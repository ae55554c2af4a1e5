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
  /** An org unit moved under itself or one of its own sub-units. */
  UNIT_CYCLE: 'UNIT_CYCLE',
  /** params: {count} — the unit still has sub-units. */
  UNIT_HAS_CHILDREN: 'UNIT_HAS_CHILDREN',
  /** params: {count} — clients still belong to the unit. */
  UNIT_HAS_CLIENTS: 'UNIT_HAS_CLIENTS',
  /** params: {count} — staff members still work in the unit. */
  UNIT_HAS_MEMBERS: 'UNIT_HAS_MEMBERS',
  /** The change would leave the organization without an active administrator. */
  LAST_ADMIN: 'LAST_ADMIN',
  /** The e-mail address already belongs to a member of this organization. */
  ALREADY_MEMBER: 'ALREADY_MEMBER',
  /** A referenced record (unit, role, specialty, member) does not exist in this organization. */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** A staff member cannot deactivate or demote themselves this way. */
  NOT_YOURSELF: 'NOT_YOURSELF',
  /** params: {from}, {to} — another version of the same thing is valid in part of this period. */
  OVERLAPPING_VALIDITY: 'OVERLAPPING_VALIDITY',
  /** params: {min}, {max} — the group size the service allows. */
  GROUP_SIZE_OUT_OF_BOUNDS: 'GROUP_SIZE_OUT_OF_BOUNDS',
  /** params: {allowed} — professions the state service code allows. */
  PROFESSION_NOT_ALLOWED: 'PROFESSION_NOT_ALLOWED',
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
  UNIT_CYCLE: {
    et: 'Üksust ei saa paigutada iseenda ega oma alamüksuse alla.',
    en: 'A unit cannot be placed under itself or one of its own sub-units.',
    ru: 'Подразделение нельзя поместить под само себя или под своё подчинённое подразделение.',
  },
  UNIT_HAS_CHILDREN: {
    et: 'Üksusel on alamüksusi ({count}): teisaldage või kustutage need enne.',
    en: 'The unit still has sub-units ({count}): move or delete them first.',
    ru: 'У подразделения есть подчинённые подразделения ({count}): сначала переместите или удалите их.',
  },
  UNIT_HAS_CLIENTS: {
    et: 'Üksusesse kuulub veel kliente ({count}): viige nad enne teise üksusesse.',
    en: 'Clients still belong to the unit ({count}): move them to another unit first.',
    ru: 'К подразделению ещё относятся клиенты ({count}): сначала переведите их в другое подразделение.',
  },
  UNIT_HAS_MEMBERS: {
    et: 'Üksuses töötab veel kasutajaid ({count}): viige nad enne teise üksusesse.',
    en: 'Staff members still work in the unit ({count}): move them to another unit first.',
    ru: 'В подразделении ещё работают сотрудники ({count}): сначала переведите их в другое подразделение.',
  },
  LAST_ADMIN: {
    et: 'Asutusel peab jääma vähemalt üks aktiivne administraator.',
    en: 'The organization must keep at least one active administrator.',
    ru: 'В организации должен остаться хотя бы один активный администратор.',
  },
  ALREADY_MEMBER: {
    et: 'Selle e-posti aadressiga kasutaja on juba asutuse liige.',
    en: 'A user with this e-mail address is already a member of the organization.',
    ru: 'Пользователь с этим адресом электронной почты уже является членом организации.',
  },
  UNKNOWN_REFERENCE: {
    et: 'Valitud väärtust ei leitud: värskendage lehte ja valige uuesti.',
    en: 'The selected value was not found: refresh the page and choose again.',
    ru: 'Выбранное значение не найдено: обновите страницу и выберите снова.',
  },
  NOT_YOURSELF: {
    et: 'Seda muudatust ei saa teha iseenda kontoga.',
    en: 'You cannot make this change to your own account.',
    ru: 'Это изменение нельзя применить к собственной учётной записи.',
  },
  OVERLAPPING_VALIDITY: {
    et: 'Samal ajal kehtib juba teine versioon ({from}–{to}): muutke kehtivusaega või lõpetage eelmine versioon.',
    en: 'Another version is already valid in this period ({from}–{to}): change the dates or end the earlier version.',
    ru: 'В этот период уже действует другая версия ({from}–{to}): измените сроки или завершите предыдущую версию.',
  },
  GROUP_SIZE_OUT_OF_BOUNDS: {
    et: 'Grupi suurus peab olema vahemikus {min}–{max}.',
    en: 'The group size must be between {min} and {max}.',
    ru: 'Размер группы должен быть от {min} до {max}.',
  },
  PROFESSION_NOT_ALLOWED: {
    et: 'Seda riiklikku teenust võivad osutada ainult: {allowed}.',
    en: 'Only these professions may provide this state service: {allowed}.',
    ru: 'Эту государственную услугу могут оказывать только: {allowed}.',
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
