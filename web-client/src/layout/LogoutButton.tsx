import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { signOut } from '../auth/session';

/** Ends the session on the server too; the app then shows the login page. */
export function LogoutButton() {
  const { t } = useTranslation();
  const logout = useMutation({ mutationFn: signOut });
  return (
    <Group gap="xs">
      <Button variant="outline" loading={logout.isPending} onClick={() => logout.mutate()}>
        {t('session.logout')}
      </Button>
      {logout.isError && (
        <Text size="sm" c="red.9" role="alert">
          {t('session.logoutFailed')}
        </Text>
      )}
    </Group>
  );
}
