import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { usePermissions } from '../auth/usePermissions';

/** Only pages that exist are linked; modules add theirs when they arrive. */
export function MainNav() {
  const { t } = useTranslation();
  const { can } = usePermissions();
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
      {/* Every staff member may see the structure; only managers of staff see the users. */}
      <Anchor component={NavLink} to="/units" className="reha-nav-link">
        {t('nav.units')}
      </Anchor>
      {can('user.manage') && (
        <Anchor component={NavLink} to="/users" className="reha-nav-link">
          {t('nav.users')}
        </Anchor>
      )}
      {can('client.read') && (
        <Anchor component={NavLink} to="/clients" className="reha-nav-link">
          {t('clients.nav')}
        </Anchor>
      )}
      {/* The catalog and registries are for every staff member to read. */}
      <Anchor component={NavLink} to="/services" className="reha-nav-link">
        {t('services.nav')}
      </Anchor>
      <Anchor component={NavLink} to="/specialists" className="reha-nav-link">
        {t('specialists.nav')}
      </Anchor>
      <Anchor component={NavLink} to="/rooms" className="reha-nav-link">
        {t('rooms.nav')}
      </Anchor>
      {/* Every staff member may read the prices; price.manage changes them on the page. */}
      <Anchor component={NavLink} to="/prices" className="reha-nav-link">
        {t('prices.nav')}
      </Anchor>
      {can('role.manage') && (
        <Anchor component={NavLink} to="/roles" className="reha-nav-link">
          {t('roles.nav')}
        </Anchor>
      )}
      {can('organization.manage') && (
        <Anchor component={NavLink} to="/organization" className="reha-nav-link">
          {t('organization.nav')}
        </Anchor>
      )}
    </Group>
  );
}
