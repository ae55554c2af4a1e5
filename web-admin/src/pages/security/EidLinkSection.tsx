import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStartEidLink } from '../../api/useSecurity';
import { browserPath } from '../../auth/returnTo';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

/** Where eID sends the browser back after linking (the router path of this page). */
export const SECURITY_PAGE = '/security';

/**
 * Linking the user's isikukood for eID login: never typed in, always proven with ID-card,
 * Mobile-ID or Smart-ID. A full page load to eID and back to this page.
 */
export function EidLinkSection() {
  const { t } = useTranslation();
  const link = useStartEidLink();
  return (
    <Stack component="section" gap="md" aria-labelledby="eid-title">
      <Title order={2} id="eid-title">
        {t('security.eid.title')}
      </Title>
      <Text>{t('security.eid.text')}</Text>
      {link.isError && <ApiErrorAlert title={t('security.eid.startFailed')} error={link.error} />}
      <Button
        variant="outline"
        w="fit-content"
        className="reha-wrapping-button"
        // Stays busy after success: the browser is on its way to eID.
        loading={link.isPending || link.isSuccess}
        onClick={() => link.mutate(browserPath(SECURITY_PAGE))}
      >
        {t('security.eid.link')}
      </Button>
    </Stack>
  );
}
