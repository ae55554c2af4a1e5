import type { TFunction } from 'i18next';
import { ApiRequestError } from '../../api/ApiRequestError';
import { errorText } from '../../api/errorText';
import type { FormErrors } from '../../api/formErrors';
import { accessFieldOf, type MemberAccess } from './memberAccess';

/**
 * A failed invite or save as form errors: each API field message under the field it names
 * (the e-mail, a role list, one specialty's registration number), the rest above the form.
 * Unlike the generic formErrorsOf, a message about no field of the form (LAST_ADMIN at
 * `userId`) is kept word for word: it is the explanation the user needs.
 */
export function memberFormErrors(
  error: unknown,
  access: MemberAccess,
  formFields: ReadonlySet<string>,
  language: string,
  t: TFunction,
): FormErrors<string> {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  if (error instanceof ApiRequestError) {
    for (const { field, message } of error.fields) {
      const name = accessFieldOf(field, access);
      if (name && (formFields.has(name) || name.includes('.'))) fields[name] ??= message;
      else other.push(message);
    }
  }
  const form = other.length > 0 ? other.join(' ') : undefined;
  if (Object.keys(fields).length > 0 || form) return { fields, form };
  return { fields, form: errorText(error, language, t) };
}
