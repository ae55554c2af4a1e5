import { Alert, Anchor, Button, Drawer, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { exportMembers, useMembers } from '../../api/useMembers';
import { usePermissions } from '../../auth/usePermissions';
import { DataTable, type DataTableColumn, type DataTableSort } from '../../components/DataTable';
import { useDataTableCursor } from '../../components/DataTableCursor';
import { PageLoader } from '../../components/PageLoader';
import type { MemberFilter, MemberOrderField, MembersQuery } from '../../gql/graphql';
import { usePageTitle } from '../../layout/usePageTitle';
import { InviteMemberForm } from './InviteMemberForm';
import { MemberDrawer } from './MemberDrawer';
import { ANY_MEMBER, MemberFilters, type MemberFilterValues } from './MemberFilters';
import { MemberStatusBadge } from './MemberStatusBadge';
import { useMemberChoices } from './useMemberChoices';
import { IN_PLACE_DRAWER } from '../../components/inPlaceDrawer';

type MemberRow = MembersQuery['members']['edges'][number]['node'];

const INITIAL_SORT: DataTableSort = { key: 'NAME', direction: 'ASC' };

/** The filter controls' values as the API's MemberFilter (empty ones left out). */
function memberFilter(values: MemberFilterValues, search: string): MemberFilter {
  return {
    search: search.trim() || undefined,
    status: values.status || undefined,
    role: values.role || undefined,
    unitId: values.unitId || undefined,
    specialty: values.specialty || undefined,
  };
}

/**
 * The organization's staff (user.manage): who has access, with which roles and in which units;
 * inviting new staff, and a drawer per member to change their access or end it.
 */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const permissions = usePermissions();
  if (permissions.isLoading) return <PageLoader />;
  if (!permissions.can('user.manage'))
    return (
      <Stack gap="md">
        <Title order={1}>{t('users.title')}</Title>
        <Text>{t('users.noPermission')}</Text>
      </Stack>
    );
  return <MembersView />;
}

function MembersView() {
  const { t } = useTranslation();
  const choices = useMemberChoices();
  const cursor = useDataTableCursor();
  const [filters, setFilters] = useState<MemberFilterValues>(ANY_MEMBER);
  const [search] = useDebouncedValue(filters.search, 300);
  const [sort, setSort] = useState<DataTableSort>(INITIAL_SORT);
  const [inviting, setInviting] = useState(false);
  const [invitedEmail, setInvitedEmail] = useState<string>();
  const [openUserId, setOpenUserId] = useState<string>();
  const notice = useRef<HTMLDivElement>(null);

  const filter = useMemo(() => memberFilter(filters, search), [filters, search]);
  const members = useMembers({
    filter,
    orderBy: { field: sort.key as MemberOrderField, direction: sort.direction },
    first: cursor.first,
    after: cursor.after,
  });

  const changeFilters = (next: MemberFilterValues) => {
    setFilters(next);
    cursor.reset();
  };
  const changeSort = (next: DataTableSort) => {
    setSort(next);
    cursor.reset();
  };
  const invited = (email: string) => {
    flushSync(() => {
      setInviting(false);
      setInvitedEmail(email);
    });
    notice.current?.focus();
  };

  const columns = useMemberColumns(choices, setOpenUserId);
  const connection = members.data;

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={1}>{t('users.title')}</Title>
        <Text>{t('users.intro')}</Text>
      </Stack>
      {invitedEmail && (
        <Alert ref={notice} tabIndex={-1} role="status" color="reha" className="reha-notice">
          {t('users.invite.done', { email: invitedEmail })}
        </Alert>
      )}
      <DataTable<MemberRow>
        caption={t('users.tableCaption')}
        columns={columns}
        rows={connection?.edges.map((edge) => edge.node)}
        rowKey={(member) => member.userId}
        loading={members.isFetching}
        error={members.error}
        errorTitle={t('users.failed')}
        onRetry={() => void members.refetch()}
        emptyText={t('users.empty')}
        sort={sort}
        onSortChange={changeSort}
        filters={<MemberFilters value={filters} onChange={changeFilters} choices={choices} />}
        actions={<Button onClick={() => setInviting(true)}>{t('users.invite.open')}</Button>}
        onExport={(format) => exportMembers(format, filter)}
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
        opened={inviting}
        onClose={() => setInviting(false)}
        position="right"
        {...IN_PLACE_DRAWER}
        size="lg"
        title={t('users.invite.title')}
        closeButtonProps={{ 'aria-label': t('users.close') }}
      >
        <InviteMemberForm onInvited={invited} onCancel={() => setInviting(false)} />
      </Drawer>
      <MemberDrawer userId={openUserId} onClose={() => setOpenUserId(undefined)} />
    </Stack>
  );
}

/** The members table's columns; the name opens the member's drawer. */
function useMemberColumns(
  choices: ReturnType<typeof useMemberChoices>,
  open: (userId: string) => void,
): DataTableColumn<MemberRow>[] {
  const { t } = useTranslation();
  return [
    {
      key: 'NAME',
      header: t('users.fields.name'),
      sortable: true,
      render: (member) => (
        <Anchor component="button" type="button" onClick={() => open(member.userId)}>
          {member.displayName}
        </Anchor>
      ),
    },
    { key: 'EMAIL', header: t('users.fields.email'), sortable: true, render: (m) => m.email },
    {
      key: 'STATUS',
      header: t('users.fields.status'),
      sortable: true,
      render: (member) => <MemberStatusBadge status={member.status} />,
    },
    {
      key: 'roles',
      header: t('users.fields.roles'),
      render: (member) => member.roles.map(choices.roleName).join(', '),
    },
    {
      key: 'units',
      header: t('users.fields.units'),
      render: (member) =>
        member.units
          .map((unit) =>
            unit.roles.length
              ? `${unit.name} (${unit.roles.map(choices.roleName).join(', ')})`
              : unit.name,
          )
          .join('; '),
    },
    {
      key: 'specialties',
      header: t('users.fields.specialties'),
      render: (member) => member.specialties.map((specialty) => specialty.name).join(', '),
    },
  ];
}
