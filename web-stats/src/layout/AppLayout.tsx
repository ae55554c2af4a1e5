import { AppShell, Container, Group, Text } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { PageLoader } from '../components/PageLoader';
import { AppHeader } from './AppHeader';
import { ConnectionAlert } from './ConnectionAlert';
import { ServerStatus } from './ServerStatus';
import { SkipLink } from './SkipLink';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPathname = useRef(pathname);
  const userActed = useRef(false);

  // Redirects while the page loads (a signed-out visitor sent to the login page, the way back
  // from eID) are part of the load: focus stays at the start, where Tab reaches the skip link.
  useEffect(() => {
    const acted = () => {
      userActed.current = true;
    };
    window.addEventListener('pointerdown', acted, { capture: true, once: true });
    window.addEventListener('keydown', acted, { capture: true, once: true });
    return () => {
      window.removeEventListener('pointerdown', acted, { capture: true });
      window.removeEventListener('keydown', acted, { capture: true });
    };
  }, []);

  // After client-side navigation, move focus to the new content as a full page load would,
  // so screen-reader users hear the new page instead of staying on the link they followed.
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    if (userActed.current) mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <SkipLink />
      <AppShell
        mode="static"
        header={{ height: 64 }}
        footer={{ height: 48 }}
        className="reha-shell"
      >
        <AppHeader />
        <AppShell.Main id="main" ref={mainRef} tabIndex={-1} className="reha-main">
          <Container size="lg" py="xl">
            <ConnectionAlert />
            <ErrorBoundary resetKey={pathname}>
              <Suspense fallback={<PageLoader />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </Container>
        </AppShell.Main>
        <AppShell.Footer className="reha-footer">
          <Container size="lg">
            <Group justify="space-between" gap="xs">
              <Text size="sm">{t('layout.footer')}</Text>
              <ServerStatus />
            </Group>
          </Container>
        </AppShell.Footer>
      </AppShell>
    </>
  );
}
