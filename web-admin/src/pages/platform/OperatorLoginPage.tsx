import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import type { Credentials } from '../../auth/authApi';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { operatorDoor, operatorSession, useOperatorSession } from '../../platform/operatorSession';
import { LoginNotice } from '../login/LoginNotice';
import { PasswordForm } from '../login/PasswordForm';
import { TotpForm } from '../login/TotpForm';

/** The platform operator signs in with e-mail, password and authenticator code (no eID). */
export function OperatorLoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('platform.loginTitle'));
  const session = useOperatorSession();
  const [email, setEmail] = useState('');
  const [awaitingCode, setAwaitingCode] = useState<Credentials | null>(null);
  useEffect(() => operatorSession.restoreSession(), []);

  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'signedIn') return <Navigate to="/platform" replace />;
  return (
    <Stack maw="30rem" gap="lg">
      <Title order={1}>{t('platform.loginTitle')}</Title>
      <LoginNotice reason={session.reason} errorCode={null} passwordChanged={false} />
      {awaitingCode ? (
        <TotpForm
          credentials={awaitingCode}
          onBack={() => setAwaitingCode(null)}
          door={operatorDoor}
        />
      ) : (
        <>
          <Text>{t('platform.loginIntro')}</Text>
          <PasswordForm
            initialEmail={email}
            focusPassword={email !== ''}
            door={operatorDoor}
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
