import { Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { afterSignInPath } from '../auth/afterSignIn';
import { safeReturnTo, withReturnTo } from '../auth/returnTo';
import { refreshSession } from '../auth/session';
import { useSession } from '../auth/useSession';
import { PageLoader } from '../components/PageLoader';
import { usePageTitle } from '../layout/usePageTitle';

/**
 * Where the eID provider sends the browser back: the backend has set the refresh cookie, so a
 * refresh signs the user in; then on to `returnTo`.
 */
export function AuthDonePage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const session = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const error = params.get('error');
  const [refreshed, setRefreshed] = useState(false);

  useEffect(() => {
    if (error) return;
    void refreshSession().then(() => setRefreshed(true));
  }, [error]);

  if (error || (refreshed && session.status !== 'signedIn')) {
    const login = withReturnTo('/login', returnTo);
    const code = encodeURIComponent(error ?? 'EID_LOGIN_FAILED');
    return <Navigate to={`${login}${login.includes('?') ? '&' : '?'}error=${code}`} replace />;
  }
  if (refreshed && session.status === 'signedIn')
    return <Navigate to={afterSignInPath(session, returnTo)} replace />;
  return (
    <>
      <Title order={1} mb="md">
        {t('login.title')}
      </Title>
      <PageLoader />
    </>
  );
}
