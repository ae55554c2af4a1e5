import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

export function MainNav() {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('layout.navLabel')} gap="lg">
      <Anchor component={NavLink} to="/" end className="reha-nav-link">
        {t('nav.home')}
      </Anchor>
      <Anchor component={NavLink} to="/minu" className="reha-nav-link">
        {t('nav.clientArea')}
      </Anchor>
    </Group>
  );
}
