import { Alert, Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/usePermissions';
import { useMyOrganization } from '../../api/useOrganization';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { BrandingSection } from './BrandingSection';
import { OrganizationProfileForm } from './OrganizationProfileForm';
import { OrganizationProfileView } from './OrganizationProfileView';

/**
 * The organization's profile, invoice settings and branding: a form for staff with
 * organization.manage, a read-only view for everyone else.
 */
export function OrganizationPage() {
  const { t } = useTranslation();
  usePageTitle(t('organization.title'));
  const organization = useMyOrganization();
  const permissions = usePermissions();
  const canEdit = permissions.can('organization.manage');

  let content;
  if (organization.isPending || permissions.isLoading) content = <PageLoader />;
  else if (organization.isError)
    content = (
      <ApiErrorAlert
        title={t('organization.failed')}
        error={organization.error}
        onRetry={() => void organization.refetch()}
        retrying={organization.isFetching}
      />
    );
  else
    content = (
      <>
        <Stack component="section" gap="md" aria-labelledby="organization-profile-title">
          <Title order={2} id="organization-profile-title">
            {t('organization.profileTitle')}
          </Title>
          {canEdit ? (
            <OrganizationProfileForm profile={organization.data} />
          ) : (
            <>
              <Alert color="gray" variant="light">
                {t('organization.readOnly')}
              </Alert>
              <OrganizationProfileView profile={organization.data} />
            </>
          )}
        </Stack>
        <Divider />
        <BrandingSection profile={organization.data} canEdit={canEdit} />
      </>
    );

  return (
    <Stack gap="xl" maw="56rem">
      <Stack gap="sm">
        <Title order={1}>{t('organization.title')}</Title>
        <Text>{t('organization.intro')}</Text>
      </Stack>
      {content}
    </Stack>
  );
}
