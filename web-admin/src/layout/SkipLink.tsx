import { useTranslation } from 'react-i18next';

/** The first focusable element: lets keyboard and screen-reader users jump past the header. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="reha-skip-link" href="#main">
      {t('layout.skipToContent')}
    </a>
  );
}
