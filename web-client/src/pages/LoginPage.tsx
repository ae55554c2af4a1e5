import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../layout/usePageTitle';

/** Placeholder until the login issue: eID (ID-card, Mobile-ID, Smart-ID) through TARA. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));

  return (
    <>
      <Title order={1} mb="md">
        {t('login.title')}
      </Title>
      <Text size="lg" maw="44rem" mb="lg">
        {t('login.text')}
      </Text>
      <Anchor component={Link} to="/">
        {t('common.toHome')}
      </Anchor>
    </>
  );
}
