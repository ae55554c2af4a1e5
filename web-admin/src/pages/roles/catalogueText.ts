import type { i18n as I18n, TFunction } from 'i18next';

/**
 * A translated text for a key of the server's permission catalogue (a permission, an area, a
 * governed field). The catalogue is the server's and may gain keys before the translations do:
 * those show the catalogue's own (English) description instead of a missing key.
 */
export function catalogueText(t: TFunction, i18n: I18n, path: string, fallback: string): string {
  if (!i18n.exists(path)) return fallback;
  // The path is built from the catalogue's keys at runtime, so it cannot be a typed key.
  return (t as unknown as (key: string) => string)(path);
}
