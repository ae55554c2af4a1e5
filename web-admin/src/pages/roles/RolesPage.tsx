import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissionCatalogue, useRoles, type Role } from '../../api/useRoles';
import { usePermissions } from '../../auth/usePermissions';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { ResetRoleDialog } from './ResetRoleDialog';
import { RoleEditor } from './RoleEditor';
import { RolesTable } from './RolesTable';
import { roleName } from './roleName';

/** Which role the editor has open: none, a new one, or an existing one. */
type Editing = { role: Role | undefined } | null;

/**
 * The organization's roles (role.manage): what each gives, whether it is Reha's default or
 * customized; create and edit them in a drawer, put a customized default back.
 */
export function RolesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('roles.title'));
  const permissions = usePermissions();
  const canManage = permissions.can('role.manage');
  const roles = useRoles({ enabled: canManage });
  const catalogue = usePermissionCatalogue({ enabled: canManage });
  const [editing, setEditing] = useState<Editing>(null);
  const [resetting, setResetting] = useState<Role>();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);

  const announce = (message: string) => {
    setNotice(message);
    // After the drawer or dialog has closed and given focus back.
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  let content;
  if (permissions.isLoading) content = <PageLoader />;
  else if (!canManage) content = <Alert color="gray">{t('roles.noAccess')}</Alert>;
  else if (roles.isPending || catalogue.isPending) content = <PageLoader />;
  else if (roles.isError || catalogue.isError)
    content = (
      <ApiErrorAlert
        title={t('roles.failed')}
        error={roles.error ?? catalogue.error}
        onRetry={() => void Promise.all([roles.refetch(), catalogue.refetch()])}
        retrying={roles.isFetching || catalogue.isFetching}
      />
    );
  else
    content = (
      <>
        <Group>
          <Button
            onClick={() => {
              setNotice(undefined);
              setEditing({ role: undefined });
            }}
          >
            {t('roles.newRole')}
          </Button>
        </Group>
        <RolesTable
          roles={roles.data}
          onEdit={(role) => {
            setNotice(undefined);
            setEditing({ role });
          }}
          onReset={(role) => {
            setNotice(undefined);
            setResetting(role);
          }}
        />
        <RoleEditor
          opened={editing !== null}
          role={editing?.role}
          catalogue={catalogue.data}
          existingKeys={roles.data.map((role) => role.key)}
          onClose={() => setEditing(null)}
          onSaved={(role) => {
            setEditing(null);
            announce(t('roles.saved', { name: roleName(role, i18n.language) }));
          }}
        />
        <ResetRoleDialog
          role={resetting}
          onClose={() => setResetting(undefined)}
          onReset={(role) => {
            setResetting(undefined);
            announce(t('roles.resetDone', { name: roleName(role, i18n.language) }));
          }}
        />
      </>
    );

  return (
    <Stack gap="lg">
      <Stack gap="sm" maw="48rem">
        <Title order={1}>{t('roles.title')}</Title>
        <Text>{t('roles.intro')}</Text>
      </Stack>
      {notice && (
        <Alert ref={noticeRef} tabIndex={-1} role="status" color="reha" className="reha-notice">
          {notice}
        </Alert>
      )}
      {content}
    </Stack>
  );
}
