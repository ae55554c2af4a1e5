import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { eidStartUrl } from '../../auth/authApi';
import { browserPath, CLIENT_AREA, safeReturnTo } from '../../auth/returnTo';
import { useSession } from '../../auth/useSession';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { LoginNotice } from './LoginNotice';

/**
 * Clients log in only with eID: ID-card, Mobile-ID or Smart-ID, chosen on the eID provider's
 * page. No password to remember or type.
 */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const session = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'), CLIENT_AREA);

  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'signedIn') return <Navigate to={returnTo} replace />;

  return (
    <Stack maw="44rem" gap="lg" align="flex-start">
      <Title order={1}>{t('login.title')}</Title>
      <LoginNotice reason={session.reason} errorCode={params.get('error')} />
      <Text size="lg">{t('login.intro')}</Text>
      <Button
        component="a"
        href={eidStartUrl(browserPath(returnTo))}
        size="lg"
        className="reha-wrapping-button"
      >
        {t('login.eid')}
      </Button>
      <Text>{t('login.eidHint')}</Text>
    </Stack>
  );
}
