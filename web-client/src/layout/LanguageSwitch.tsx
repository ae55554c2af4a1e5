import { LOCALES, pickLocale, type Locale } from '@reha/shared';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Locale, string> = { et: 'Eesti', en: 'English', ru: 'Русский' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('layout.language')}
      size="sm"
      value={pickLocale(i18n.language)}
      onChange={(locale) => void i18n.changeLanguage(locale)}
      data={LOCALES.map((locale) => ({
        value: locale,
        label: <span lang={locale}>{LANGUAGE_NAMES[locale]}</span>,
      }))}
    />
  );
}
