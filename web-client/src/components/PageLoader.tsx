import { Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A visible and announced loading state (role="status" is a polite live region). */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="xs" py="xl" role="status">
      <Loader aria-hidden />
      <Text>{t('common.loading')}</Text>
    </Stack>
  );
}
