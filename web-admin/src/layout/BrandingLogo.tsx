import { useTranslation } from 'react-i18next';

interface BrandingLogoProps {
  src: string;
  organizationName: string;
}

/** The organization's logo in the header, at most as tall as the header's text line. */
export function BrandingLogo({ src, organizationName }: BrandingLogoProps) {
  const { t } = useTranslation();
  return (
    <img
      src={src}
      alt={t('organization.branding.logoAlt', { name: organizationName })}
      style={{ display: 'block', maxHeight: '2.5rem', maxWidth: '10rem', objectFit: 'contain' }}
    />
  );
}
