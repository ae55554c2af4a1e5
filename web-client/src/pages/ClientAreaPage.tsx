import { Button, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../layout/usePageTitle';

/** Placeholder for the logged-in client's own area (minu = "my"). */
export function ClientAreaPage() {
  const { t } = useTranslation();
  usePageTitle(t('clientArea.title'));

  return (
    <>
      <Title order={1} mb="md">
        {t('clientArea.title')}
      </Title>
      <Text size="lg" maw="44rem" mb="sm">
        {t('clientArea.text')}
      </Text>
      <Text maw="44rem" mb="xl">
        {t('clientArea.notYet')}
      </Text>
      <Button component={Link} to="/login" size="lg" className="reha-wrapping-button">
        {t('landing.loginCta')}
      </Button>
    </>
  );
}
