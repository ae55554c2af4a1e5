import { errorMessage, isErrorCode, pickLocale } from '@reha/shared';
import type { TFunction } from 'i18next';
import { ApiRequestError } from './ApiRequestError';

/** The message to show for a failed request, in the user's language. */
export function errorText(error: unknown, language: string, t: TFunction): string {
  if (error instanceof ApiRequestError) {
    if (error.isNetworkError) return t('errors.unreachable');
    if (isErrorCode(error.code))
      return errorMessage(error.code, pickLocale(language), error.params);
  }
  return t('errors.unknown');
}
