import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eidStartUrl } from '../../auth/authApi';
import { browserPath } from '../../auth/returnTo';

/** A full page load to the eID provider, where the user picks ID-card, Mobile-ID or Smart-ID. */
export function EidLoginLink({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Button
        component="a"
        href={eidStartUrl(browserPath(returnTo))}
        variant="outline"
        size="md"
        className="reha-wrapping-button"
      >
        {t('login.eid')}
      </Button>
      <Text size="sm">{t('login.eidHint')}</Text>
    </Stack>
  );
}
