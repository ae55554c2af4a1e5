import {
  Alert,
  Anchor,
  Button,
  Divider,
  Drawer,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatEuro, pickLocale } from '@reha/shared';
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useProviderServices } from '../../api/useCatalog';
import { useSpecialties } from '../../api/useMembers';
import { useOrgUnits } from '../../api/useOrgUnits';
import {
  exportSpecialists,
  useSetSpecialistActive,
  useSpecialists,
} from '../../api/useSpecialists';
import { usePermissions } from '../../auth/usePermissions';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { useDataTableCursor } from '../../components/DataTableCursor';
import { IN_PLACE_DRAWER } from '../../components/inPlaceDrawer';
import type { SpecialistFilter } from '../../gql/graphql';
import { usePageTitle } from '../../layout/usePageTitle';
import { ActiveToggle } from '../rooms/ActiveToggle';
import { SpecialistForm, type SpecialistRow } from './SpecialistForm';

type Editing = undefined | 'new' | SpecialistRow;

/**
 * The organization's specialists (spetsialistid), staff and external: every staff member may
 * look; catalog.manage adds, changes, deactivates and reactivates them.
 */
export function SpecialistsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('specialists.title'));
  const { can } = usePermissions();
  const canManage = can('catalog.manage');
  const cursor = useDataTableCursor();
  const units = useOrgUnits();
  const services = useProviderServices();
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [active, setActive] = useState('true');
  const [profession, setProfession] = useState('');
  const [external, setExternal] = useState('');
  const specialties = useSpecialties();
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const setSpecialistActive = useSetSpecialistActive();
  const locale = pickLocale(i18n.language);

  const filter = useMemo<SpecialistFilter>(
    () => ({
      search: debouncedSearch.trim() || undefined,
      unitId: unitId || undefined,
      serviceId: serviceId || undefined,
      active: active === '' ? undefined : active === 'true',
      profession: profession || undefined,
      external: external === '' ? undefined : external === 'true',
    }),
    [debouncedSearch, unitId, serviceId, active, profession, external],
  );
  const specialists = useSpecialists({ filter, first: cursor.first, after: cursor.after });
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.path.join(' › ') }));
  const any = { value: '', label: t('catalog.any') };

  const changing =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      cursor.reset();
    };
  const done = (text: string) => {
    flushSync(() => {
      setEditing(undefined);
      setNotice(text);
    });
    noticeRef.current?.focus();
  };

  const columns: DataTableColumn<SpecialistRow>[] = [
    {
      key: 'name',
      header: t('specialists.fields.name'),
      render: (r) =>
        canManage ? (
          <Anchor component="button" type="button" onClick={() => setEditing(r)}>
            {r.name}
          </Anchor>
        ) : (
          r.name
        ),
    },
    {
      key: 'external',
      header: t('specialists.fields.external'),
      render: (r) => (r.external ? t('specialists.externalMark') : t('specialists.staff')),
    },
    { key: 'email', header: t('specialists.fields.email'), render: (r) => r.email ?? '' },
    {
      key: 'professions',
      header: t('specialists.fields.professions'),
      render: (r) => r.professions.map((p) => p.name).join(', '),
    },
    {
      key: 'units',
      header: t('specialists.fields.units'),
      render: (r) => r.units.map((u) => u.name).join(', '),
    },
    {
      key: 'services',
      header: t('specialists.fields.services'),
      render: (r) => r.services.map((s) => s.name).join(', '),
    },
    {
      key: 'cost',
      header: t('catalog.costPerHour'),
      numeric: true,
      render: (r) => (r.costPerHourCents == null ? '' : formatEuro(r.costPerHourCents, locale)),
    },
    {
      key: 'active',
      header: t('catalog.active'),
      render: (r) => (r.active ? t('catalog.yes') : t('catalog.no')),
    },
  ];
  const connection = specialists.data;

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={1}>{t('specialists.title')}</Title>
        <Text>{t('specialists.intro')}</Text>
      </Stack>
      {notice && (
        <Alert ref={noticeRef} tabIndex={-1} role="status" color="reha" className="reha-notice">
          {notice}
        </Alert>
      )}
      <DataTable<SpecialistRow>
        caption={t('specialists.tableCaption')}
        columns={columns}
        rows={connection?.edges.map((edge) => edge.node)}
        rowKey={(r) => r.id}
        loading={specialists.isFetching}
        error={specialists.error}
        errorTitle={t('specialists.failed')}
        onRetry={() => void specialists.refetch()}
        emptyText={t('specialists.empty')}
        filters={
          <>
            <TextInput
              label={t('catalog.search')}
              type="search"
              value={search}
              onChange={(event) => changing(setSearch)(event.currentTarget.value)}
              w="14rem"
            />
            <NativeSelect
              label={t('specialists.fields.units')}
              data={[any, ...unitOptions]}
              value={unitId}
              onChange={(event) => changing(setUnitId)(event.currentTarget.value)}
              maw="16rem"
            />
            <NativeSelect
              label={t('specialists.fields.professions')}
              data={[
                any,
                ...(specialties.data ?? []).map((p) => ({ value: p.key, label: p.name })),
              ]}
              value={profession}
              onChange={(event) => changing(setProfession)(event.currentTarget.value)}
              maw="14rem"
            />
            <NativeSelect
              label={t('catalog.service')}
              data={[any, ...(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))]}
              value={serviceId}
              onChange={(event) => changing(setServiceId)(event.currentTarget.value)}
              maw="16rem"
            />
            <NativeSelect
              label={t('catalog.active')}
              data={[
                any,
                { value: 'true', label: t('catalog.activeOnly') },
                { value: 'false', label: t('catalog.inactiveOnly') },
              ]}
              value={active}
              onChange={(event) => changing(setActive)(event.currentTarget.value)}
            />
            <NativeSelect
              label={t('specialists.kind')}
              data={[
                any,
                { value: 'false', label: t('specialists.kindStaff') },
                { value: 'true', label: t('specialists.kindExternal') },
              ]}
              value={external}
              onChange={(event) => changing(setExternal)(event.currentTarget.value)}
            />
          </>
        }
        actions={
          canManage && <Button onClick={() => setEditing('new')}>{t('specialists.add')}</Button>
        }
        onExport={(format) => exportSpecialists(format, filter)}
        pagination={{
          cursor,
          page: connection && {
            rowCount: connection.edges.length,
            totalCount: connection.totalCount,
            hasNextPage: connection.pageInfo.hasNextPage,
            endCursor: connection.pageInfo.endCursor,
          },
        }}
      />
      <Drawer
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        position="right"
        {...IN_PLACE_DRAWER}
        size="lg"
        title={t('specialists.formTitle')}
        closeButtonProps={{ 'aria-label': t('catalog.close') }}
      >
        {editing !== undefined && (
          <Stack gap="lg">
            <SpecialistForm
              key={editing === 'new' ? 'new' : editing.id}
              specialist={editing === 'new' ? undefined : editing}
              canPickMembers={can('user.manage')}
              unitOptions={unitOptions}
              onSaved={(name) => done(t('specialists.saved', { name }))}
              onCancel={() => setEditing(undefined)}
            />
            {editing !== 'new' && (
              <>
                <Divider />
                <ActiveToggle
                  id={editing.id}
                  active={editing.active}
                  hint={t('specialists.deactivateHint')}
                  mutation={setSpecialistActive}
                  onDone={(now) =>
                    done(
                      t(now ? 'catalog.reactivated' : 'catalog.deactivated', {
                        name: editing.name,
                      }),
                    )
                  }
                />
              </>
            )}
          </Stack>
        )}
      </Drawer>
    </Stack>
  );
}
