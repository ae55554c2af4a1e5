import { interpolate, Locale } from './i18n';

/**
 * The error-code registry: every error the API returns carries one of these as
 * `extensions.code`. Codes are stable; messages are in et/en/ru.
 * (Helper: extend with the full list.)
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorMessages: Record<ErrorCode, Record<Locale, string>> = {
  BAD_USER_INPUT: { et: 'Sisendis on vigu.', en: 'The input has errors.', ru: 'Во входных данных есть ошибки.' },
  INTERNAL_SERVER_ERROR: { et: 'Serveri viga.', en: 'Server error.', ru: 'Ошибка сервера.' },
};

export function errorMessage(code: ErrorCode, locale: Locale, params?: Record<string, string | number>): string {
  return interpolate(errorMessages[code][locale], params);
}
