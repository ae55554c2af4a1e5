import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLogoutEverywhere, useMySessions, useRevokeSession } from '../../api/useMySessions';
import { signOut } from '../../auth/session';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { SessionCard } from './SessionCard';

/**
 * Where the user is signed in. A device they do not recognise (or a lost phone) can be logged
 * out from here; "log out everywhere" ends every session, this one too.
 */
export function SessionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('sessions.title'));
  const sessions = useMySessions();
  const revoke = useRevokeSession();
  const logoutEverywhere = useLogoutEverywhere();

  const endAll = () =>
    logoutEverywhere.mutate(undefined, {
      // This session has ended on the server as well: leave like an ordinary logout.
      onSuccess: () => void signOut(),
    });

  return (
    <Stack gap="lg" maw="48rem">
      <Title order={1}>{t('sessions.title')}</Title>
      <Text>{t('sessions.intro')}</Text>
      {revoke.isError && <ApiErrorAlert title={t('sessions.revokeFailed')} error={revoke.error} />}
      {sessions.isPending ? (
        <PageLoader />
      ) : sessions.isError ? (
        <ApiErrorAlert
          title={t('sessions.failed')}
          error={sessions.error}
          onRetry={() => void sessions.refetch()}
          retrying={sessions.isFetching}
        />
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {sessions.data.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              onRevoke={(id) => revoke.mutate(id)}
              revoking={revoke.isPending && revoke.variables === session.id}
            />
          ))}
        </Stack>
      )}
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h3">
          {t('sessions.everywhereTitle')}
        </Title>
        <Text>{t('sessions.everywhereText')}</Text>
        {logoutEverywhere.isError && (
          <ApiErrorAlert title={t('sessions.everywhereFailed')} error={logoutEverywhere.error} />
        )}
        <Button
          variant="outline"
          color="red.9"
          loading={logoutEverywhere.isPending}
          onClick={endAll}
        >
          {t('sessions.everywhere')}
        </Button>
      </Stack>
    </Stack>
  );
}
