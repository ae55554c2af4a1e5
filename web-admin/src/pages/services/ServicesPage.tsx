import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/usePermissions';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { PackagesTab } from './PackagesTab';
import { ServicesTab } from './ServicesTab';

/**
 * The organization's services catalog (teenused) and service packages (paketid): every staff
 * member may read them; catalog.manage may change them.
 */
export function ServicesPage() {
  const { t } = useTranslation();
  usePageTitle(t('services.title'));
  const permissions = usePermissions();
  if (permissions.isLoading) return <PageLoader />;
  const canManage = permissions.can('catalog.manage');
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={1}>{t('services.title')}</Title>
        <Text>{t('services.intro')}</Text>
      </Stack>
      <Tabs defaultValue="services" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="services">{t('services.tabs.services')}</Tabs.Tab>
          <Tabs.Tab value="packages">{t('services.tabs.packages')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="services" pt="md">
          <ServicesTab canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="packages" pt="md">
          <PackagesTab canManage={canManage} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
