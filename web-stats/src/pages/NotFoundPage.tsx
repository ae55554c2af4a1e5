import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { usePageTitle } from '../layout/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  usePageTitle(t('notFound.title'));
  // The router's pathname is relative to the app's base; show the address as the user sees it.
  const address = import.meta.env.BASE_URL.replace(/\/$/, '') + pathname;

  return (
    <>
      <Title order={1} mb="sm">
        {t('notFound.title')}
      </Title>
      <Text mb="lg">{t('notFound.text', { path: address })}</Text>
      <Anchor component={Link} to="/">
        {t('common.toHome')}
      </Anchor>
    </>
  );
}
