import { Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { pathOf, safeReturnTo, withReturnTo } from '../auth/returnTo';
import { switchOrganization } from '../auth/session';
import { useSession } from '../auth/useSession';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { LogoutButton } from '../layout/LogoutButton';
import { usePageTitle } from '../layout/usePageTitle';

/** After signing in, someone who works in several organizations chooses one to work in. */
export function ChooseOrganizationPage() {
  const { t } = useTranslation();
  usePageTitle(t('chooseOrganization.title'));
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const switching = useMutation({
    mutationFn: switchOrganization,
    onSuccess: () => navigate(returnTo, { replace: true }),
  });

  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'signedOut')
    return <Navigate to={withReturnTo('/login', pathOf(location))} replace />;

  const choose = (organizationId: string) => {
    if (organizationId === session.organizationId) navigate(returnTo, { replace: true });
    else switching.mutate(organizationId);
  };

  return (
    <Stack maw="36rem" gap="lg">
      <Title order={1}>{t('chooseOrganization.title')}</Title>
      {session.memberships.length === 0 ? (
        <>
          <Text>{t('chooseOrganization.none')}</Text>
          <LogoutButton />
        </>
      ) : (
        <>
          <Text>{t('chooseOrganization.text')}</Text>
          {switching.isError && (
            <ApiErrorAlert title={t('chooseOrganization.failed')} error={switching.error} />
          )}
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {session.memberships.map(({ organizationId, organizationName }) => {
              const current = organizationId === session.organizationId;
              return (
                <li key={organizationId}>
                  <Button
                    variant={current ? 'filled' : 'outline'}
                    size="md"
                    fullWidth
                    justify="flex-start"
                    className="reha-wrapping-button"
                    loading={switching.isPending && switching.variables === organizationId}
                    disabled={switching.isPending && switching.variables !== organizationId}
                    onClick={() => choose(organizationId)}
                  >
                    {current
                      ? t('chooseOrganization.current', { name: organizationName })
                      : organizationName}
                  </Button>
                </li>
              );
            })}
          </Stack>
        </>
      )}
    </Stack>
  );
}
