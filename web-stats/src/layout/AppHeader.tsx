import { AppShell, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/useSession';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoutButton } from './LogoutButton';
import { MainNav } from './MainNav';

export function AppHeader() {
  const { t } = useTranslation();
  const session = useSession();
  // The menu and the user's controls once signed in; the login page has none.
  const user = session.status === 'signedIn' ? session.user : null;
  return (
    <AppShell.Header className="reha-header">
      <Container size="lg">
        <Group justify="space-between" py="xs" gap="sm" mih="4rem">
          <Group gap="xl" style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
            <Link to="/" className="reha-brand">
              <Text span fw={800} fz="xl" c="reha.7">
                {t('app.name')}
              </Text>{' '}
              <Text span fw={500} className="reha-brand-section">
                {t('app.section')}
              </Text>
            </Link>
            {user && <MainNav />}
          </Group>
          <Group gap="sm">
            <LanguageSwitch />
            {user && (
              <>
                <Text>{user.displayName}</Text>
                <LogoutButton />
              </>
            )}
          </Group>
        </Group>
      </Container>
    </AppShell.Header>
  );
}
