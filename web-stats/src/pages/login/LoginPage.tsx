import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import type { Credentials } from '../../auth/authApi';
import { safeReturnTo } from '../../auth/returnTo';
import { useSession } from '../../auth/useSession';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { LoginNotice } from './LoginNotice';
import { PasswordForm } from './PasswordForm';
import { TotpForm } from './TotpForm';

/** Router state of a page that sends the user here with something to say. */
export interface LoginPageState {
  passwordChanged?: boolean;
}

/**
 * Agency users sign in with e-mail, password and (when their account has it) an authenticator
 * code. Afterwards they go back to the page they came for (`?returnTo=`).
 */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const session = useSession();
  const [params] = useSearchParams();
  const state = useLocation().state as LoginPageState | null;
  const returnTo = safeReturnTo(params.get('returnTo'));
  const [email, setEmail] = useState('');
  const [awaitingCode, setAwaitingCode] = useState<Credentials | null>(null);

  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'signedIn') return <Navigate to={returnTo} replace />;

  return (
    <Stack maw="30rem" gap="lg">
      <Title order={1}>{t('login.title')}</Title>
      <LoginNotice reason={session.reason} passwordChanged={state?.passwordChanged === true} />
      {awaitingCode ? (
        <TotpForm credentials={awaitingCode} onBack={() => setAwaitingCode(null)} />
      ) : (
        <>
          <Text>{t('login.intro')}</Text>
          <PasswordForm
            initialEmail={email}
            focusPassword={email !== ''}
            onTotpRequired={(credentials) => {
              setEmail(credentials.email);
              setAwaitingCode(credentials);
            }}
          />
        </>
      )}
    </Stack>
  );
}
