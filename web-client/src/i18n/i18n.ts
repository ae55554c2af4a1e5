import { DEFAULT_LOCALE, LOCALES, pickLocale, type Locale } from '@reha/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import et from './et.json';
import ru from './ru.json';

/** Shared by all Reha SPAs (same origin), so a language chosen in one is kept in the others. */
const STORAGE_KEY = 'reha.locale';

export const resources = {
  et: { translation: et },
  // `satisfies` makes the type check fail when a translation lacks a key Estonian has.
  en: { translation: en satisfies typeof et },
  ru: { translation: ru satisfies typeof et },
} as const satisfies Record<Locale, unknown>;

function storedLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored ? pickLocale(stored) : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage blocked (privacy mode): Estonian for this visit
  }
}

function rememberLocale(locale: string): void {
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false, // resources are bundled: render the first frame in the right language
  showSupportNotice: false, // keep the console clean
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', rememberLocale);
