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
import { useOrgUnits } from '../../api/useOrgUnits';
import { exportRooms, useRooms, useSetRoomActive } from '../../api/useRooms';
import { usePermissions } from '../../auth/usePermissions';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { useDataTableCursor } from '../../components/DataTableCursor';
import { IN_PLACE_DRAWER } from '../../components/inPlaceDrawer';
import type { RoomFilter } from '../../gql/graphql';
import { usePageTitle } from '../../layout/usePageTitle';
import { ActiveToggle } from './ActiveToggle';
import { RoomForm, type RoomRow } from './RoomForm';

type Editing = undefined | 'new' | RoomRow;

/**
 * The organization's rooms (ruumid): every staff member may look; catalog.manage adds,
 * changes, deactivates and reactivates them.
 */
export function RoomsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('rooms.title'));
  const { can } = usePermissions();
  const canManage = can('catalog.manage');
  const cursor = useDataTableCursor();
  const units = useOrgUnits();
  const services = useProviderServices();
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [active, setActive] = useState('true');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const setRoomActive = useSetRoomActive();
  const locale = pickLocale(i18n.language);

  const filter = useMemo<RoomFilter>(
    () => ({
      search: debouncedSearch.trim() || undefined,
      unitId: unitId || undefined,
      serviceId: serviceId || undefined,
      active: active === '' ? undefined : active === 'true',
    }),
    [debouncedSearch, unitId, serviceId, active],
  );
  const rooms = useRooms({ filter, first: cursor.first, after: cursor.after });
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

  const columns: DataTableColumn<RoomRow>[] = [
    {
      key: 'name',
      header: t('rooms.fields.name'),
      render: (r) =>
        canManage ? (
          <Anchor component="button" type="button" onClick={() => setEditing(r)}>
            {r.name}
          </Anchor>
        ) : (
          r.name
        ),
    },
    { key: 'unit', header: t('rooms.fields.unit'), render: (r) => r.unitName ?? '' },
    {
      key: 'capacity',
      header: t('rooms.fields.capacity'),
      numeric: true,
      render: (r) => r.capacity,
    },
    {
      key: 'services',
      header: t('rooms.fields.services'),
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
  const connection = rooms.data;

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={1}>{t('rooms.title')}</Title>
        <Text>{t('rooms.intro')}</Text>
      </Stack>
      {notice && (
        <Alert ref={noticeRef} tabIndex={-1} role="status" color="reha" className="reha-notice">
          {notice}
        </Alert>
      )}
      <DataTable<RoomRow>
        caption={t('rooms.tableCaption')}
        columns={columns}
        rows={connection?.edges.map((edge) => edge.node)}
        rowKey={(r) => r.id}
        loading={rooms.isFetching}
        error={rooms.error}
        errorTitle={t('rooms.failed')}
        onRetry={() => void rooms.refetch()}
        emptyText={t('rooms.empty')}
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
              label={t('rooms.fields.unit')}
              data={[any, ...unitOptions]}
              value={unitId}
              onChange={(event) => changing(setUnitId)(event.currentTarget.value)}
              maw="16rem"
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
          </>
        }
        actions={canManage && <Button onClick={() => setEditing('new')}>{t('rooms.add')}</Button>}
        onExport={(format) => exportRooms(format, filter)}
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
        title={t('rooms.formTitle')}
        closeButtonProps={{ 'aria-label': t('catalog.close') }}
      >
        {editing !== undefined && (
          <Stack gap="lg">
            <RoomForm
              key={editing === 'new' ? 'new' : editing.id}
              room={editing === 'new' ? undefined : editing}
              unitOptions={unitOptions}
              onSaved={(name) => done(t('rooms.saved', { name }))}
              onCancel={() => setEditing(undefined)}
            />
            {editing !== 'new' && (
              <>
                <Divider />
                <ActiveToggle
                  id={editing.id}
                  active={editing.active}
                  hint={t('rooms.deactivateHint')}
                  mutation={setRoomActive}
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
