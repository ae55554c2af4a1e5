import { Alert, Anchor, Button, Drawer, Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useServicePackages } from '../../api/useCatalog';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { IN_PLACE_DRAWER } from '../../components/inPlaceDrawer';
import { PackageForm, type ServicePackageRow } from './PackageForm';

type Editing = undefined | 'new' | ServicePackageRow;

/** Service packages (paketid): services with quantities; catalog.manage adds and changes them. */
export function PackagesTab({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const packages = useServicePackages();
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const number = new Intl.NumberFormat(i18n.language);

  const saved = (name: string) => {
    flushSync(() => {
      setEditing(undefined);
      setNotice(t('packages.saved', { name }));
    });
    noticeRef.current?.focus();
  };

  const columns: DataTableColumn<ServicePackageRow>[] = [
    {
      key: 'name',
      header: t('packages.fields.name'),
      render: (p) =>
        canManage ? (
          <Anchor component="button" type="button" onClick={() => setEditing(p)}>
            {p.name}
          </Anchor>
        ) : (
          p.name
        ),
    },
    {
      key: 'items',
      header: t('packages.fields.items'),
      render: (p) =>
        p.items.map((i) => `${i.serviceName} × ${number.format(i.quantity)}`).join('; '),
    },
    {
      key: 'active',
      header: t('packages.fields.active'),
      render: (p) => (p.active ? t('catalog.yes') : t('catalog.no')),
    },
  ];

  return (
    <Stack gap="md">
      {notice && (
        <Alert ref={noticeRef} tabIndex={-1} role="status" color="reha" className="reha-notice">
          {notice}
        </Alert>
      )}
      <DataTable<ServicePackageRow>
        caption={t('packages.tableCaption')}
        columns={columns}
        rows={packages.data}
        rowKey={(p) => p.id}
        loading={packages.isFetching}
        error={packages.error}
        onRetry={() => void packages.refetch()}
        emptyText={t('packages.empty')}
        actions={
          canManage && <Button onClick={() => setEditing('new')}>{t('packages.add')}</Button>
        }
      />
      <Drawer
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        position="right"
        {...IN_PLACE_DRAWER}
        size="lg"
        title={t('packages.formTitle')}
        closeButtonProps={{ 'aria-label': t('catalog.close') }}
      >
        {editing !== undefined && (
          <PackageForm
            key={editing === 'new' ? 'new' : editing.id}
            servicePackage={editing === 'new' ? undefined : editing}
            onSaved={saved}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </Drawer>
    </Stack>
  );
}
