import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

/** Only pages that exist are linked; modules add theirs when they arrive. */
export function MainNav() {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('layout.navLabel')} gap="lg">
      <Anchor component={NavLink} to="/" end className="reha-nav-link">
        {t('nav.dashboard')}
      </Anchor>
      <Anchor component={NavLink} to="/sessions" className="reha-nav-link">
        {t('nav.sessions')}
      </Anchor>
      <Anchor component={NavLink} to="/security" className="reha-nav-link">
        {t('nav.security')}
      </Anchor>
    </Group>
  );
}
