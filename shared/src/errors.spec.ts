import {
  ErrorCode,
  errorHttpStatus,
  errorMessage,
  errorMessages,
  httpStatusForError,
  isErrorCode,
} from './errors';
import { LOCALES } from './i18n';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const codes = Object.values(ErrorCode);

describe('error-code registry', () => {
  it.each([
    'BAD_USER_INPUT',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'CONFLICT',
    'INTERNAL_SERVER_ERROR',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'QUERY_TOO_DEEP',
    'QUERY_TOO_COMPLEX',
    'PAYLOAD_TOO_LARGE',
    'RATE_LIMITED',
    'SERVICE_UNAVAILABLE',
    'FILE_TOO_LARGE',
    'FILE_TYPE_NOT_ALLOWED',
    'FILE_CONTENT_MISMATCH',
    'CONFIG_INVALID',
    'SLOT_TAKEN',
    'VERSION_MISSING',
    'FUNDING_DECISION_MISSING_OR_EXPIRED',
    'BUDGET_LIMIT_EXCEEDED',
    'SUB_LIMIT_EXCEEDED',
    'DECISION_SERVICE_AMOUNT_EXCEEDED',
    'SR_TR_CONCURRENT',
    'DELIVERY_FORM_NOT_ALLOWED',
    'COMPANION_NOT_ELIGIBLE',
    'ACCOMMODATION_LIMIT_EXCEEDED',
    'INVALID_CREDENTIALS',
    'ACCOUNT_LOCKED',
    'TOTP_REQUIRED',
    'TOTP_INVALID',
    'CSRF_REJECTED',
    'SESSION_REVOKED',
    'EID_LOGIN_FAILED',
    'EID_NOT_LINKED',
    'PASSWORD_RESET_INVALID',
    'ROLE_MUST_DENY',
  ])('defines %s', (code) => {
    expect(isErrorCode(code)).toBe(true);
  });

  it('uses each code as its own value', () => {
    for (const [key, value] of Object.entries(ErrorCode)) expect(value).toBe(key);
  });

  it('has messages and an HTTP status for exactly the defined codes', () => {
    expect(Object.keys(errorMessages).sort()).toEqual([...codes].sort());
    expect(Object.keys(errorHttpStatus).sort()).toEqual([...codes].sort());
  });

  describe.each(codes)('%s', (code) => {
    it('has a non-empty message in et, en and ru', () => {
      for (const locale of LOCALES) expect(errorMessages[code][locale].trim()).not.toBe('');
    });
    it('uses the same {placeholders} in all three translations', () => {
      const expected = placeholders(errorMessages[code].et);
      for (const locale of LOCALES)
        expect(placeholders(errorMessages[code][locale])).toEqual(expected);
    });
    it('has three distinct translations', () => {
      expect(new Set(LOCALES.map((l) => errorMessages[code][l])).size).toBe(3);
    });
  });

  describe('errorMessage', () => {
    it('fills the placeholders', () => {
      expect(errorMessage('QUERY_TOO_DEEP', 'et', { max: 10 })).toBe(
        'Päring on liiga sügav: lubatud on kuni 10 taset.',
      );
      expect(errorMessage(ErrorCode.QUERY_TOO_DEEP, 'en', { max: 10 })).toBe(
        'The query is too deep: the limit is 10 levels.',
      );
    });

    it('reproduces the wording of worked example 1 (BUDGET_LIMIT_EXCEEDED)', () => {
      expect(
        errorMessage('BUDGET_LIMIT_EXCEEDED', 'en', {
          year: 2025,
          remaining: '95.00 €',
          price: '120.00 €',
        }),
      ).toBe(
        "The client's SKA social-rehabilitation limit for 2025 has 95.00 € left; this service costs 120.00 €.",
      );
    });

    it('reproduces the wording of worked example 2 (SUB_LIMIT_EXCEEDED)', () => {
      expect(
        errorMessage('SUB_LIMIT_EXCEEDED', 'en', {
          limit: 'SKA physiotherapy',
          year: 2025,
          remaining: '17.06 €',
          price: '30.00 €',
        }),
      ).toBe('SKA physiotherapy limit for 2025 has 17.06 € left; this session costs 30.00 €.');
    });

    it('reproduces the wording of worked example 7 (SR_TR_CONCURRENT)', () => {
      expect(errorMessage('SR_TR_CONCURRENT', 'en', { from: '01.02.2025', to: '30.06.2025' })).toBe(
        'Social rehabilitation (SKA) cannot be given while vocational rehabilitation (TK) is active (01.02.2025–30.06.2025).',
      );
    });

    it('leaves a placeholder visible when its parameter is missing', () => {
      expect(errorMessage('QUERY_TOO_DEEP', 'en', {})).toBe(
        'The query is too deep: the limit is {max} levels.',
      );
    });

    it('falls back to INTERNAL_SERVER_ERROR for an unknown code and to Estonian for an unknown locale', () => {
      expect(errorMessage('NO_SUCH_CODE' as ErrorCode, 'en')).toBe(
        errorMessages.INTERNAL_SERVER_ERROR.en,
      );
      expect(errorMessage('FORBIDDEN', 'de' as 'et')).toBe(errorMessages.FORBIDDEN.et);
    });
  });

  describe('httpStatusForError', () => {
    it.each([
      ['BAD_USER_INPUT', 400],
      ['GRAPHQL_PARSE_FAILED', 400],
      ['GRAPHQL_VALIDATION_FAILED', 400],
      ['QUERY_TOO_DEEP', 400],
      ['QUERY_TOO_COMPLEX', 400],
      ['FILE_TYPE_NOT_ALLOWED', 400],
      ['FILE_CONTENT_MISMATCH', 400],
      ['DELIVERY_FORM_NOT_ALLOWED', 400],
      ['UNAUTHENTICATED', 401],
      ['FORBIDDEN', 403],
      ['NOT_FOUND', 404],
      ['CONFLICT', 409],
      ['SLOT_TAKEN', 409],
      ['VERSION_MISSING', 409],
      ['FUNDING_DECISION_MISSING_OR_EXPIRED', 409],
      ['BUDGET_LIMIT_EXCEEDED', 409],
      ['SUB_LIMIT_EXCEEDED', 409],
      ['DECISION_SERVICE_AMOUNT_EXCEEDED', 409],
      ['SR_TR_CONCURRENT', 409],
      ['COMPANION_NOT_ELIGIBLE', 409],
      ['ACCOMMODATION_LIMIT_EXCEEDED', 409],
      ['INVALID_CREDENTIALS', 401],
      ['ACCOUNT_LOCKED', 423],
      ['TOTP_REQUIRED', 401],
      ['TOTP_INVALID', 401],
      ['CSRF_REJECTED', 403],
      ['SESSION_REVOKED', 401],
      ['EID_LOGIN_FAILED', 401],
      ['EID_NOT_LINKED', 403],
      ['PASSWORD_RESET_INVALID', 400],
      ['PAYLOAD_TOO_LARGE', 413],
      ['FILE_TOO_LARGE', 413],
      ['RATE_LIMITED', 429],
      ['INTERNAL_SERVER_ERROR', 500],
      ['CONFIG_INVALID', 500],
      ['SERVICE_UNAVAILABLE', 503],
    ] as const)('%s → %i', (code, status) => {
      expect(httpStatusForError(code)).toBe(status);
    });

    it('answers 500 for an unknown code', () => {
      expect(httpStatusForError('NO_SUCH_CODE')).toBe(500);
      expect(httpStatusForError('toString')).toBe(500);
    });
  });
});
