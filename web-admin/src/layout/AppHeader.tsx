import { AppShell, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/useSession';
import { useBranding } from './Branding';
import { BrandingLogo } from './BrandingLogo';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoutButton } from './LogoutButton';
import { MainNav } from './MainNav';
import { OrganizationSwitch } from './OrganizationSwitch';

export function AppHeader() {
  const { t } = useTranslation();
  const session = useSession();
  // The menu and the user's controls once they work in an organization; the login page has none.
  const user = session.status === 'signedIn' && session.organizationId ? session.user : null;
  const branding = useBranding(user !== null);
  return (
    <AppShell.Header
      className="reha-header"
      // The organization's colour as an accent strip: it never sits behind text, so any colour
      // keeps the header's text contrast (WCAG AA); without one the header stays Reha's.
      style={
        branding.accentColour ? { borderTop: `6px solid ${branding.accentColour}` } : undefined
      }
    >
      <Container size="lg">
        <Group justify="space-between" py="xs" gap="sm" mih="4rem">
          <Group gap="xl" style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
            {branding.logoDataUrl && branding.organizationName && (
              <BrandingLogo
                src={branding.logoDataUrl}
                organizationName={branding.organizationName}
              />
            )}
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
          {/* When the header wraps (long organization names, zoom), these stay on the right. */}
          <Group gap="sm" ml="auto">
            <LanguageSwitch />
            {user && (
              <>
                <OrganizationSwitch />
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
