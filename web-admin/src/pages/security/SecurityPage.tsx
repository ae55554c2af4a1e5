import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../layout/usePageTitle';
import { EidLinkResult } from './EidLinkResult';
import { EidLinkSection } from './EidLinkSection';
import { TotpSection } from './TotpSection';

/**
 * The signed-in staff member's own sign-in security: two-step sign-in with an authenticator
 * app, and linking their isikukood for ID-card, Mobile-ID and Smart-ID login.
 */
export function SecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t('security.title'));
  return (
    <Stack gap="xl" maw="48rem">
      <Stack gap="sm">
        <Title order={1}>{t('security.title')}</Title>
        <Text>{t('security.intro')}</Text>
      </Stack>
      <EidLinkResult />
      <TotpSection />
      <EidLinkSection />
    </Stack>
  );
}
