import { DEFAULT_LOCALE, interpolate, isLocale, Locale } from './i18n';

/**
 * The error-code registry: every error the API returns carries one of these as
 * `extensions.code`. Codes are stable; messages are in et/en/ru and may contain
 * `{param}` placeholders, filled from the error's parameters by `errorMessage`.
 *
 * Parameter conventions: amounts are passed already formatted (formatEuro),
 * dates as dd.mm.yyyy (formatDateEt), sizes as human text ("10 MB"), and names
 * (`{limit}`, `{service}`, `{item}`) in the reader's language where they have one.
 */
export const ErrorCode = {
  // Generic / transport
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  // Files
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FILE_TYPE_NOT_ALLOWED: 'FILE_TYPE_NOT_ALLOWED',
  FILE_CONTENT_MISMATCH: 'FILE_CONTENT_MISMATCH',
  // Configuration, booking, versioned data
  CONFIG_INVALID: 'CONFIG_INVALID',
  SLOT_TAKEN: 'SLOT_TAKEN',
  VERSION_MISSING: 'VERSION_MISSING',
  // Domain rules, DOMAIN.md §4.4 (V1–V8)
  FUNDING_DECISION_MISSING_OR_EXPIRED: 'FUNDING_DECISION_MISSING_OR_EXPIRED',
  BUDGET_LIMIT_EXCEEDED: 'BUDGET_LIMIT_EXCEEDED',
  SUB_LIMIT_EXCEEDED: 'SUB_LIMIT_EXCEEDED',
  DECISION_SERVICE_AMOUNT_EXCEEDED: 'DECISION_SERVICE_AMOUNT_EXCEEDED',
  SR_TR_CONCURRENT: 'SR_TR_CONCURRENT',
  DELIVERY_FORM_NOT_ALLOWED: 'DELIVERY_FORM_NOT_ALLOWED',
  COMPANION_NOT_ELIGIBLE: 'COMPANION_NOT_ELIGIBLE',
  ACCOMMODATION_LIMIT_EXCEEDED: 'ACCOMMODATION_LIMIT_EXCEEDED',
  // Sign-in and sessions
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  TOTP_REQUIRED: 'TOTP_REQUIRED',
  TOTP_INVALID: 'TOTP_INVALID',
  CSRF_REJECTED: 'CSRF_REJECTED',
  SESSION_REVOKED: 'SESSION_REVOKED',
  EID_LOGIN_FAILED: 'EID_LOGIN_FAILED',
  EID_NOT_LINKED: 'EID_NOT_LINKED',
  PASSWORD_RESET_INVALID: 'PASSWORD_RESET_INVALID',
  // Roles and permissions
  ROLE_MUST_DENY: 'ROLE_MUST_DENY',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ErrorCode, value);
}

export const errorMessages: Record<ErrorCode, Record<Locale, string>> = {
  BAD_USER_INPUT: {
    et: 'Sisestatud andmetes on vigu. Parandage märgitud väljad ja proovige uuesti.',
    en: 'The input contains errors. Correct the highlighted fields and try again.',
    ru: 'Во введённых данных есть ошибки. Исправьте отмеченные поля и повторите попытку.',
  },
  UNAUTHENTICATED: {
    et: 'Te ei ole sisse logitud või teie seanss on aegunud. Palun logige uuesti sisse.',
    en: 'You are not signed in, or your session has expired. Please sign in again.',
    ru: 'Вы не вошли в систему или ваш сеанс истёк. Пожалуйста, войдите снова.',
  },
  FORBIDDEN: {
    et: 'Teil ei ole selle toimingu tegemiseks õigust.',
    en: 'You do not have permission to do this.',
    ru: 'У вас нет прав на выполнение этого действия.',
  },
  NOT_FOUND: {
    et: 'Otsitud kirjet ei leitud. See võib olla kustutatud või ei ole teil sellele ligipääsu.',
    en: 'The requested record was not found. It may have been deleted, or you may not have access to it.',
    ru: 'Запрошенная запись не найдена. Возможно, она удалена или у вас нет к ней доступа.',
  },
  CONFLICT: {
    et: 'Andmeid on vahepeal muudetud või on toiming vastuolus nende praeguse seisuga. Laadige andmed uuesti ja proovige veel kord.',
    en: 'The data has changed in the meantime, or the action conflicts with its current state. Reload and try again.',
    ru: 'Данные за это время изменились, или действие противоречит их текущему состоянию. Обновите данные и повторите попытку.',
  },
  INTERNAL_SERVER_ERROR: {
    et: 'Serveris tekkis ootamatu viga. Proovige hiljem uuesti; kui viga kordub, teatage sellest kasutajatoele.',
    en: 'An unexpected server error occurred. Try again later; if it keeps happening, contact support.',
    ru: 'На сервере произошла непредвиденная ошибка. Повторите попытку позже; если ошибка повторяется, обратитесь в службу поддержки.',
  },
  GRAPHQL_PARSE_FAILED: {
    et: 'Päringut ei õnnestunud lugeda: see ei ole korrektne GraphQL-päring.',
    en: 'The request could not be parsed: it is not a valid GraphQL query.',
    ru: 'Не удалось разобрать запрос: это некорректный запрос GraphQL.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    et: 'Päring ei vasta API skeemile (tundmatu väli, argument või tüüp).',
    en: 'The query does not match the API schema (unknown field, argument or type).',
    ru: 'Запрос не соответствует схеме API (неизвестное поле, аргумент или тип).',
  },
  QUERY_TOO_DEEP: {
    et: 'Päring on liiga sügav: lubatud on kuni {max} taset.',
    en: 'The query is too deep: the limit is {max} levels.',
    ru: 'Запрос слишком глубокий: допустимо не более {max} уровней вложенности.',
  },
  QUERY_TOO_COMPLEX: {
    et: 'Päring on liiga keerukas: keerukus {complexity}, lubatud on {max}.',
    en: 'The query is too complex: complexity {complexity}, the limit is {max}.',
    ru: 'Запрос слишком сложный: сложность {complexity}, допустимо — {max}.',
  },
  PAYLOAD_TOO_LARGE: {
    et: 'Päring on liiga suur. Suurim lubatud suurus on {max}.',
    en: 'The request is too large. The maximum size is {max}.',
    ru: 'Запрос слишком большой. Максимальный размер — {max}.',
  },
  RATE_LIMITED: {
    et: 'Liiga palju päringuid. Proovige uuesti {retryAfter} s pärast.',
    en: 'Too many requests. Try again in {retryAfter} s.',
    ru: 'Слишком много запросов. Повторите попытку через {retryAfter} с.',
  },
  SERVICE_UNAVAILABLE: {
    et: 'Teenus on ajutiselt kättesaamatu (näiteks hoolduse tõttu). Proovige mõne minuti pärast uuesti.',
    en: 'The service is temporarily unavailable (for example, during maintenance). Try again in a few minutes.',
    ru: 'Сервис временно недоступен (например, из-за технического обслуживания). Повторите попытку через несколько минут.',
  },
  FILE_TOO_LARGE: {
    et: 'Fail „{fileName}” on liiga suur ({size}). Suurim lubatud suurus on {max}.',
    en: 'The file "{fileName}" is too large ({size}). The maximum size is {max}.',
    ru: 'Файл «{fileName}» слишком большой ({size}). Максимальный размер — {max}.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    et: 'Faili „{fileName}” tüüp ei ole lubatud. Lubatud tüübid: {allowed}.',
    en: 'The type of the file "{fileName}" is not allowed. Allowed types: {allowed}.',
    ru: 'Тип файла «{fileName}» не допускается. Допустимые типы: {allowed}.',
  },
  FILE_CONTENT_MISMATCH: {
    et: 'Faili „{fileName}” sisu ei vasta selle laiendile ega tüübile. Fail võib olla rikutud või ümber nimetatud.',
    en: 'The content of "{fileName}" does not match its extension or type. The file may be damaged or renamed.',
    ru: 'Содержимое файла «{fileName}» не соответствует его расширению или типу. Возможно, файл повреждён или переименован.',
  },
  CONFIG_INVALID: {
    et: 'Süsteemi seadistuses on viga ({key}). Teatage sellest administraatorile.',
    en: 'The system configuration is invalid ({key}). Please tell the administrator.',
    ru: 'Ошибка в настройках системы ({key}). Сообщите об этом администратору.',
  },
  SLOT_TAKEN: {
    et: 'See aeg on vahepeal broneeritud. Valige palun teine aeg.',
    en: 'This time has just been booked by someone else. Please choose another time.',
    ru: 'Это время уже забронировано. Пожалуйста, выберите другое время.',
  },
  VERSION_MISSING: {
    et: '„{item}” jaoks puudub kuupäeval {date} kehtiv versioon (hind või reegel). Lisage seadistusse sellel kuupäeval kehtiv versioon.',
    en: 'No version of "{item}" (price or rule) is valid on {date}. Add a version that covers this date.',
    ru: 'Для «{item}» нет версии (цены или правила), действующей на {date}. Добавьте версию, действующую на эту дату.',
  },
  FUNDING_DECISION_MISSING_OR_EXPIRED: {
    et: 'Kliendil ei ole teenuse kuupäeval {date} kehtivat {funder} rahastusotsust.',
    en: 'The client has no {funder} funding decision valid on the service date {date}.',
    ru: 'У клиента нет решения {funder} о финансировании, действующего на дату услуги {date}.',
  },
  BUDGET_LIMIT_EXCEEDED: {
    et: 'Kliendi SKA sotsiaalse rehabilitatsiooni limiidist on {year}. aastaks alles {remaining}; see teenus maksab {price}.',
    en: "The client's SKA social-rehabilitation limit for {year} has {remaining} left; this service costs {price}.",
    ru: 'В лимите социальной реабилитации SKA клиента на {year} год осталось {remaining}; эта услуга стоит {price}.',
  },
  SUB_LIMIT_EXCEEDED: {
    et: '{limit} limiidist on {year}. aastaks alles {remaining}; see teenus maksab {price}.',
    en: '{limit} limit for {year} has {remaining} left; this session costs {price}.',
    ru: 'В лимите «{limit}» на {year} год осталось {remaining}; это занятие стоит {price}.',
  },
  DECISION_SERVICE_AMOUNT_EXCEEDED: {
    et: 'Rahastusotsuses on teenuse „{service}” jaoks alles {remaining}; see teenus maksab {price}.',
    en: 'The funding decision has {remaining} left for "{service}"; this service costs {price}.',
    ru: 'По решению о финансировании на услугу «{service}» осталось {remaining}; эта услуга стоит {price}.',
  },
  SR_TR_CONCURRENT: {
    et: 'Sotsiaalset rehabilitatsiooni (SKA) ei saa osutada ajal, mil kestab tööalane rehabilitatsioon (TK) ({from}–{to}).',
    en: 'Social rehabilitation (SKA) cannot be given while vocational rehabilitation (TK) is active ({from}–{to}).',
    ru: 'Социальную реабилитацию (SKA) нельзя оказывать, пока идёт трудовая реабилитация (TK) ({from}–{to}).',
  },
  DELIVERY_FORM_NOT_ALLOWED: {
    et: 'Teenust „{service}” ei saa selles vormis osutada; lubatud: {allowed}.',
    en: 'The service "{service}" cannot be provided in this form; allowed: {allowed}.',
    ru: 'Услугу «{service}» нельзя оказывать в такой форме; допустимо: {allowed}.',
  },
  COMPANION_NOT_ELIGIBLE: {
    et: 'Saatja majutuskulu hüvitatakse ainult alla 16-aastase kliendi puhul.',
    en: 'Companion accommodation is paid only for a client under 16.',
    ru: 'Проживание сопровождающего оплачивается только для клиента младше 16 лет.',
  },
  ACCOMMODATION_LIMIT_EXCEEDED: {
    et: 'Majutuse piirmäär on ületatud: öö kohta kuni {nightlyCap} ja {year}. aastaks on alles {remaining}; taotletud on {price}.',
    en: 'The accommodation limit is exceeded: at most {nightlyCap} per night, and {remaining} is left for {year}; {price} was requested.',
    ru: 'Превышен лимит на проживание: не более {nightlyCap} за ночь, на {year} год осталось {remaining}; запрошено {price}.',
  },
  INVALID_CREDENTIALS: {
    et: 'Vale e-posti aadress või parool.',
    en: 'Wrong e-mail address or password.',
    ru: 'Неверный адрес электронной почты или пароль.',
  },
  ACCOUNT_LOCKED: {
    et: 'Liiga palju ebaõnnestunud sisselogimiskatseid. Proovige uuesti {retryAfter} sekundi pärast.',
    en: 'Too many failed sign-in attempts. Try again in {retryAfter} seconds.',
    ru: 'Слишком много неудачных попыток входа. Повторите через {retryAfter} с.',
  },
  TOTP_REQUIRED: {
    et: 'Sisestage autentimisrakenduse kuuekohaline kood.',
    en: 'Enter the six-digit code from your authenticator app.',
    ru: 'Введите шестизначный код из приложения-аутентификатора.',
  },
  TOTP_INVALID: {
    et: 'Kood on vale või juba kasutatud. Sisestage rakenduses praegu näidatav kood.',
    en: 'The code is wrong or was already used. Enter the code your app shows now.',
    ru: 'Код неверный или уже использован. Введите код, который приложение показывает сейчас.',
  },
  CSRF_REJECTED: {
    et: 'Päring lükati turvakaalutlustel tagasi. Laadige leht uuesti.',
    en: 'The request was refused for security reasons. Reload the page.',
    ru: 'Запрос отклонён по соображениям безопасности. Обновите страницу.',
  },
  SESSION_REVOKED: {
    et: 'Teie seanss on lõpetatud. Palun logige uuesti sisse.',
    en: 'Your session has ended. Please sign in again.',
    ru: 'Ваш сеанс завершён. Пожалуйста, войдите снова.',
  },
  EID_LOGIN_FAILED: {
    et: 'eID-ga sisselogimine ebaõnnestus või katkestati. Proovige uuesti.',
    en: 'Signing in with eID failed or was cancelled. Try again.',
    ru: 'Вход с помощью eID не удался или был прерван. Повторите попытку.',
  },
  EID_NOT_LINKED: {
    et: 'Selle isikukoodiga pole Rehas kasutajat. Logige sisse parooliga ja siduge oma isikukood profiilis.',
    en: 'No Reha user has this personal identification code. Sign in with your password and link your code in your profile.',
    ru: 'Нет пользователя Reha с этим личным кодом. Войдите с паролем и привяжите свой личный код в профиле.',
  },
  PASSWORD_RESET_INVALID: {
    et: 'Parooli taastamise link on aegunud või juba kasutatud. Küsige uus link.',
    en: 'The password reset link has expired or was already used. Ask for a new one.',
    ru: 'Ссылка для сброса пароля устарела или уже использована. Запросите новую.',
  },
  ROLE_MUST_DENY: {
    et: 'Rollile „{role}” ei tohi anda õigust „{permission}”: see on andmekaitse või tööjaotuse tõttu alati keelatud.',
    en: 'The role "{role}" must never hold the permission "{permission}": data protection or separation of duties forbids it.',
    ru: 'Роли «{role}» нельзя давать право «{permission}»: это всегда запрещено правилами защиты данных или разделения обязанностей.',
  },
};

/**
 * HTTP status for each code (also useful for REST endpoints and logging).
 * Business-rule refusals that depend on stored state (budgets, decisions,
 * versions, bookings) are 409; malformed requests are 400; a broken server-side
 * configuration is 500.
 */
export const errorHttpStatus: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COMPLEX: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 400,
  FILE_CONTENT_MISMATCH: 400,
  CONFIG_INVALID: 500,
  SLOT_TAKEN: 409,
  VERSION_MISSING: 409,
  FUNDING_DECISION_MISSING_OR_EXPIRED: 409,
  BUDGET_LIMIT_EXCEEDED: 409,
  SUB_LIMIT_EXCEEDED: 409,
  DECISION_SERVICE_AMOUNT_EXCEEDED: 409,
  SR_TR_CONCURRENT: 409,
  DELIVERY_FORM_NOT_ALLOWED: 400,
  COMPANION_NOT_ELIGIBLE: 409,
  ACCOMMODATION_LIMIT_EXCEEDED: 409,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  CSRF_REJECTED: 403,
  SESSION_REVOKED: 401,
  EID_LOGIN_FAILED: 401,
  EID_NOT_LINKED: 403,
  PASSWORD_RESET_INVALID: 400,
  ROLE_MUST_DENY: 400,
};

/** The HTTP status for an error code; 500 for an unknown code. */
export function httpStatusForError(code: ErrorCode | string): number {
  return isErrorCode(code) ? errorHttpStatus[code] : 500;
}

/**
 * The message for `code` in `locale`, with `{param}` placeholders filled in.
 * An unknown code (e.g. from an older client) falls back to INTERNAL_SERVER_ERROR,
 * an unknown locale to Estonian.
 */
export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  params?: Record<string, string | number>,
): string {
  const messages = isErrorCode(code) ? errorMessages[code] : errorMessages.INTERNAL_SERVER_ERROR;
  return interpolate(messages[isLocale(locale) ? locale : DEFAULT_LOCALE], params);
}
