import {
  Alert,
  Anchor,
  Button,
  Divider,
  Drawer,
  NativeSelect,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useProviderServices, useStateServices } from '../../api/useCatalog';
import { useSpecialties } from '../../api/useMembers';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import { IN_PLACE_DRAWER } from '../../components/inPlaceDrawer';
import { dateText, parseDateText } from './catalogInputs';
import { EndServiceForm } from './EndServiceForm';
import { ServiceForm, type ProviderServiceRow } from './ServiceForm';

/** The drawer: closed, a new service, or the service with this id. */
type Editing = undefined | 'new' | ProviderServiceRow;

/**
 * The organization's services with search, state code and "offered on" filters; those with
 * catalog.manage add and change services in a drawer and end them from a date.
 */
export function ServicesTab({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [stateCode, setStateCode] = useState('');
  const [activeOn, setActiveOn] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const stateServices = useStateServices();
  const specialties = useSpecialties();

  const activeOnDate = parseDateText(activeOn);
  const filter = useMemo(
    () => ({
      search: debouncedSearch.trim() || undefined,
      stateCode: stateCode || undefined,
      activeOn: activeOnDate ?? undefined,
    }),
    [debouncedSearch, stateCode, activeOnDate],
  );
  const services = useProviderServices(filter);

  const codeName = (code: string) => {
    const found = stateServices.data?.find((s) => s.code === code);
    return found ? (i18n.language === 'et' ? found.nameEt : found.nameEn) : '';
  };
  const professionName = (key: string) => specialties.data?.find((s) => s.key === key)?.name ?? key;

  const saved = (text: string) => {
    flushSync(() => {
      setEditing(undefined);
      setNotice(text);
    });
    noticeRef.current?.focus();
  };

  const columns: DataTableColumn<ProviderServiceRow>[] = [
    {
      key: 'name',
      header: t('services.fields.name'),
      render: (s) =>
        canManage ? (
          <Anchor component="button" type="button" onClick={() => setEditing(s)}>
            {s.name}
          </Anchor>
        ) : (
          s.name
        ),
    },
    {
      key: 'stateCode',
      header: t('services.fields.stateCode'),
      render: (s) =>
        s.stateCode ? `${s.stateCode} ${codeName(s.stateCode)}` : t('services.private'),
    },
    {
      key: 'forms',
      header: t('services.fields.forms'),
      render: (s) => s.forms.map((f) => t(`services.deliveryForm.${f}`, f)).join(', '),
    },
    {
      key: 'duration',
      header: t('services.fields.durationShort'),
      numeric: true,
      render: (s) => s.durationMinutes ?? '',
    },
    {
      key: 'group',
      header: t('services.fields.groupSize'),
      render: (s) =>
        s.groupMin != null || s.groupMax != null ? `${s.groupMin ?? '–'}…${s.groupMax ?? '–'}` : '',
    },
    {
      key: 'professions',
      header: t('services.fields.professions'),
      render: (s) => s.professions.map(professionName).join(', '),
    },
    {
      key: 'public',
      header: t('services.fields.publicShort'),
      render: (s) => (s.public ? t('catalog.yes') : t('catalog.no')),
    },
    {
      key: 'validity',
      header: t('services.fields.validity'),
      render: (s) => `${dateText(s.validFrom)} – ${dateText(s.validTo)}`,
    },
  ];

  return (
    <Stack gap="md">
      {notice && (
        <Alert ref={noticeRef} tabIndex={-1} role="status" color="reha" className="reha-notice">
          {notice}
        </Alert>
      )}
      <DataTable<ProviderServiceRow>
        caption={t('services.tableCaption')}
        columns={columns}
        rows={services.data}
        rowKey={(s) => s.id}
        loading={services.isFetching}
        error={services.error}
        errorTitle={t('services.failed')}
        onRetry={() => void services.refetch()}
        emptyText={t('services.empty')}
        filters={
          <>
            <TextInput
              label={t('catalog.search')}
              type="search"
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w="16rem"
            />
            <NativeSelect
              label={t('services.fields.stateCode')}
              value={stateCode}
              data={[
                { value: '', label: t('catalog.any') },
                ...(stateServices.data ?? []).map((s) => ({ value: s.code, label: s.code })),
              ]}
              onChange={(event) => setStateCode(event.currentTarget.value)}
            />
            <TextInput
              label={t('services.filters.activeOn')}
              placeholder={t('catalog.datePlaceholder')}
              value={activeOn}
              onChange={(event) => setActiveOn(event.currentTarget.value)}
              error={activeOnDate === null ? t('catalog.dateFormat') : undefined}
              w="11rem"
            />
          </>
        }
        actions={
          canManage && <Button onClick={() => setEditing('new')}>{t('services.add')}</Button>
        }
      />
      <Drawer
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        position="right"
        {...IN_PLACE_DRAWER}
        size="lg"
        title={editing === 'new' ? t('services.form.newTitle') : t('services.form.title')}
        closeButtonProps={{ 'aria-label': t('catalog.close') }}
      >
        {editing !== undefined && (
          <Stack gap="lg">
            <ServiceForm
              key={editing === 'new' ? 'new' : editing.id}
              service={editing === 'new' ? undefined : editing}
              onSaved={(name) => saved(t('services.saved', { name }))}
              onCancel={() => setEditing(undefined)}
            />
            {editing !== 'new' && (
              <>
                <Divider />
                <EndServiceForm
                  serviceId={editing.id}
                  onEnded={() => saved(t('services.end.done', { name: editing.name }))}
                />
              </>
            )}
          </Stack>
        )}
      </Drawer>
    </Stack>
  );
}
