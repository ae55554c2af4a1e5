import { Button, Menu, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { switchOrganization } from '../auth/session';
import { useSession } from '../auth/useSession';

/**
 * The organization the user works in; a menu to change it when they have several. The pages of
 * one organization mean nothing in another, so a change starts again from the dashboard.
 */
export function OrganizationSwitch() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const switching = useMutation({
    mutationFn: switchOrganization,
    onSuccess: () => navigate('/'),
  });
  if (session.status !== 'signedIn') return null;

  const current = session.memberships.find((m) => m.organizationId === session.organizationId);
  const currentName = current?.organizationName ?? '';
  if (session.memberships.length < 2) return <Text fw={500}>{currentName}</Text>;

  return (
    <>
      {/* Inside the header landmark (no portal); the current organization is the button's label. */}
      <Menu position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            variant="subtle"
            loading={switching.isPending}
            rightSection={<span aria-hidden>▾</span>}
          >
            {t('session.organizationMenu', { name: currentName })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {session.memberships
            .filter(({ organizationId }) => organizationId !== session.organizationId)
            .map(({ organizationId, organizationName }) => (
              <Menu.Item key={organizationId} onClick={() => switching.mutate(organizationId)}>
                {organizationName}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
      {switching.isError && (
        <Text size="sm" c="red.9" role="alert">
          {t('session.switchFailed')}
        </Text>
      )}
    </>
  );
}
