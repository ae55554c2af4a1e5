import type { Locale } from '@reha/shared';

/** Each language named in itself, as the language switch does. */
export const LANGUAGE_NAMES: Record<Locale, string> = { et: 'Eesti', en: 'English', ru: 'Русский' };
