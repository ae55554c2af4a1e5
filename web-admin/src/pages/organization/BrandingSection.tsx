import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationProfile } from '../../api/useOrganization';
import { ColourForm } from './ColourForm';
import { LogoControls } from './LogoControls';

interface BrandingSectionProps {
  profile: OrganizationProfile;
  canEdit: boolean;
}

/**
 * The organization's logo and primary colour, shown in the apps' header. The logo is
 * uploaded or removed at once; the colour is saved with its own button.
 */
export function BrandingSection({ profile, canEdit }: BrandingSectionProps) {
  const { t } = useTranslation();
  const { logoDataUrl, primaryColor } = profile.branding;
  return (
    <Stack component="section" gap="md" aria-labelledby="branding-title">
      <Title order={2} id="branding-title">
        {t('organization.branding.title')}
      </Title>
      <Text>{t('organization.branding.text')}</Text>
      <Title order={3}>{t('organization.branding.logo')}</Title>
      {logoDataUrl ? (
        <img
          src={logoDataUrl}
          alt={t('organization.branding.logoAlt', { name: profile.legalName })}
          style={{ maxHeight: '4rem', maxWidth: '16rem', objectFit: 'contain' }}
        />
      ) : (
        <Text>{t('organization.branding.noLogo')}</Text>
      )}
      {canEdit && <LogoControls hasLogo={logoDataUrl != null} />}
      <Title order={3}>{t('organization.branding.colour')}</Title>
      {canEdit ? (
        <ColourForm current={primaryColor ?? ''} />
      ) : (
        <Text>{primaryColor ?? t('organization.branding.defaultColour')}</Text>
      )}
    </Stack>
  );
}
