import { utcToLocalParts } from '@reha/shared';
import type { TFunction } from 'i18next';
import { ApiRequestError } from './ApiRequestError';
import { errorText } from './errorText';

/** What a form shows after a failed submit: messages under fields, and one above the form. */
export interface FormErrors<TField extends string> {
  fields: Partial<Record<TField, string>>;
  form?: string;
}

/** Refusals whose `retryAfter` (seconds) says when trying again can succeed. */
const WAIT_CODES = new Set(['ACCOUNT_LOCKED', 'RATE_LIMITED']);

/**
 * A failed request as form errors in the user's language: the API's per-field messages under
 * the form's own fields (others above the form), everything else above the form. For a lockout
 * the message also names the clock time when the user can try again.
 */
export function formErrorsOf<TField extends string>(
  error: unknown,
  formFields: readonly TField[],
  language: string,
  t: TFunction,
): FormErrors<TField> {
  const fields: Partial<Record<TField, string>> = {};
  const other: string[] = [];
  if (error instanceof ApiRequestError) {
    for (const { field, message } of error.fields) {
      // The API may name a field by its path in the input ("input.email").
      const name = field.split('.').pop() as TField;
      if (formFields.includes(name)) fields[name] ??= message;
      else other.push(message);
    }
  }
  if (Object.keys(fields).length > 0) return { fields, form: other.join(' ') || undefined };

  let form = errorText(error, language, t);
  if (error instanceof ApiRequestError && WAIT_CODES.has(error.code ?? '')) {
    const seconds = Number(error.params.retryAfter);
    if (seconds > 0) {
      // Rounded up to the minute: at the time shown, the wait is over.
      const { time } = utcToLocalParts(new Date(Date.now() + seconds * 1000 + 59_999));
      form += ` ${t('errors.retryAt', { time })}`;
    }
  }
  return { fields, form };
}
