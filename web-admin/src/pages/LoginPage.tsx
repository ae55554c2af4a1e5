import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../layout/usePageTitle';

/** Placeholder until the login issue: password + TOTP, or eID through TARA. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));

  return (
    <>
      <Title order={1} mb="sm">
        {t('login.title')}
      </Title>
      <Text maw="48rem" mb="lg">
        {t('login.text')}
      </Text>
      <Anchor component={Link} to="/">
        {t('common.toHome')}
      </Anchor>
    </>
  );
}
