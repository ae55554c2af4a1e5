import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientSearch } from '../../api/useClients';
import { useOrgUnits } from '../../api/useOrgUnits';
import { usePermissions } from '../../auth/usePermissions';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { ClientsTable } from './ClientsTable';
import { isSearchable, NAME_PREFIX_MIN } from './clientSearch';

/**
 * Finding the clients in the user's reach (client.read): by name or isikukood, optionally in
 * one org unit and the units below it. Searches only on submit: every search is audited.
 */
export function ClientsPage() {
  const { t } = useTranslation();
  usePageTitle(t('clients.title'));
  const permissions = usePermissions();
  const canRead = permissions.can('client.read');
  const units = useOrgUnits();
  const [query, setQuery] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [queryError, setQueryError] = useState<string>();
  const [submitted, setSubmitted] = useState<{ search: string; unitId?: string }>({ search: '' });
  const input = useRef<HTMLInputElement>(null);
  const clients = useClientSearch(submitted);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isSearchable(query)) {
      setQueryError(t('clients.search.tooShort', { min: NAME_PREFIX_MIN }));
      input.current?.focus();
      return;
    }
    setQueryError(undefined);
    setSubmitted({ search: query.trim(), unitId: unitId ?? undefined });
  };

  if (permissions.isLoading) return <PageLoader />;
  const rows = clients.data?.pages.flatMap((page) => page.edges.map((edge) => edge.node)) ?? [];
  const total = clients.data?.pages[0]?.totalCount ?? 0;

  return (
    <Stack gap="lg">
      <Stack gap="sm" maw="48rem">
        <Title order={1}>{t('clients.title')}</Title>
        <Text>{t('clients.intro')}</Text>
      </Stack>
      {!canRead ? (
        <Alert color="gray">{t('clients.noAccess')}</Alert>
      ) : (
        <>
          <form onSubmit={submit} noValidate role="search" aria-label={t('clients.search.label')}>
            <Group align="flex-start" gap="sm">
              <TextInput
                ref={input}
                name="search"
                type="search"
                label={t('clients.search.query')}
                description={t('clients.search.hint', { min: NAME_PREFIX_MIN })}
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                error={queryError}
                autoComplete="off"
                w="24rem"
                maw="100%"
              />
              {units.isSuccess && units.data.length > 0 && (
                <Select
                  name="unit"
                  label={t('clients.search.unit')}
                  description={t('clients.search.unitHint')}
                  placeholder={t('clients.search.allUnits')}
                  data={units.data.map((unit) => ({
                    value: unit.id,
                    label: unit.path.join(' › '),
                  }))}
                  value={unitId}
                  onChange={setUnitId}
                  clearable
                  searchable
                  w="20rem"
                  maw="100%"
                  comboboxProps={{ withinPortal: false }}
                />
              )}
              <Button
                type="submit"
                mt="3.1rem"
                loading={clients.isFetching && !clients.isFetchingNextPage}
              >
                {t('clients.search.submit')}
              </Button>
            </Group>
          </form>
          {clients.isError && (
            <ApiErrorAlert
              title={t('clients.failed')}
              error={clients.error}
              onRetry={() => void clients.refetch()}
              retrying={clients.isFetching}
            />
          )}
          {clients.isSuccess && (
            <Stack gap="md">
              <Text role="status">
                {total === 0
                  ? t('clients.none')
                  : t('clients.found', { count: total, shown: rows.length })}
              </Text>
              {rows.length > 0 && <ClientsTable clients={rows} />}
              {clients.hasNextPage && (
                <Button
                  variant="outline"
                  w="fit-content"
                  loading={clients.isFetchingNextPage}
                  onClick={() => void clients.fetchNextPage()}
                >
                  {t('clients.loadMore')}
                </Button>
              )}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
