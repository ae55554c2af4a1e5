import { Button, NativeSelect, TextInput } from '@mantine/core';
import { formatEuro, parseDateEt, pickLocale, tallinnDateOf } from '@reha/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { exportPriceList, usePriceListRows, usePriceServiceChoices } from '../../api/usePrices';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import type { PriceListRowsQuery } from '../../gql/graphql';
import { formLabel, groupSizeText, validityText, vatLabel } from './priceTerms';

export type PriceRow = PriceListRowsQuery['priceList']['rows'][number];

interface PriceRowsTableProps {
  priceListId: string;
  /** Whether the user may call off future rows (price.manage). */
  canManage: boolean;
  onDelete: (row: PriceRow) => void;
  /** Buttons beside the export menu. */
  actions?: ReactNode;
}

/**
 * The price versions of one list, filtered by service and by the date they are valid on; the
 * whole list exports as Excel or CSV in the import format.
 */
export function PriceRowsTable({ priceListId, canManage, onDelete, actions }: PriceRowsTableProps) {
  const { t } = useTranslation();
  const services = usePriceServiceChoices();
  const [serviceId, setServiceId] = useState('');
  const [validOnText, setValidOnText] = useState('');
  const validOn = validOnText.trim() ? parseDateEt(validOnText) : undefined;
  const rows = usePriceListRows({
    id: priceListId,
    serviceId: serviceId || undefined,
    validOn: validOn ?? undefined,
  });
  const columns = usePriceColumns(canManage, onDelete);

  return (
    <DataTable<PriceRow>
      caption={t('prices.tableCaption')}
      columns={columns}
      rows={rows.data}
      rowKey={(row) => row.id}
      loading={rows.isFetching}
      error={rows.error}
      errorTitle={t('prices.rowsFailed')}
      onRetry={() => void rows.refetch()}
      emptyText={t('prices.empty')}
      filters={
        <>
          <NativeSelect
            label={t('prices.fields.service')}
            data={[
              { value: '', label: t('prices.anyService') },
              ...(services.data ?? []).map((s) => ({ value: s.id, label: s.name })),
            ]}
            value={serviceId}
            onChange={(event) => setServiceId(event.currentTarget.value)}
          />
          <TextInput
            label={t('prices.validOn')}
            description={t('prices.dateHint')}
            autoComplete="off"
            value={validOnText}
            onChange={(event) => setValidOnText(event.currentTarget.value)}
            error={validOn === null ? t('prices.schedule.dateFormat') : undefined}
          />
        </>
      }
      actions={actions}
      onExport={(format) => exportPriceList(priceListId, format)}
    />
  );
}

function usePriceColumns(
  canManage: boolean,
  onDelete: (row: PriceRow) => void,
): DataTableColumn<PriceRow>[] {
  const { t, i18n } = useTranslation();
  const today = tallinnDateOf(new Date());
  const columns: DataTableColumn<PriceRow>[] = [
    {
      key: 'service',
      header: t('prices.fields.service'),
      render: (row) => (row.stateCode ? `${row.serviceName} (${row.stateCode})` : row.serviceName),
    },
    {
      key: 'form',
      header: t('prices.fields.form'),
      render: (row) => formLabel(row.form, t),
    },
    {
      key: 'groupSize',
      header: t('prices.fields.groupSize'),
      numeric: true,
      render: (row) => groupSizeText(row.groupSizeMin, row.groupSizeMax),
    },
    {
      key: 'price',
      header: t('prices.fields.price'),
      numeric: true,
      render: (row) => formatEuro(row.priceCents, pickLocale(i18n.language)),
    },
    {
      key: 'vat',
      header: t('prices.fields.vatCategory'),
      render: (row) => vatLabel(row.vatCategory, t),
    },
    {
      key: 'validity',
      header: t('prices.fields.validity'),
      render: (row) => validityText(row.validFrom, row.validTo, t),
    },
  ];
  if (!canManage) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      header: t('prices.actions'),
      // Only a version that has not started yet may be called off; the rest is history.
      render: (row) =>
        row.validFrom > today && (
          <Button
            size="xs"
            variant="light"
            color="red.9"
            onClick={() => onDelete(row)}
            aria-label={t('prices.delete.named', {
              name: row.serviceName,
              date: validityText(row.validFrom, row.validTo, t),
            })}
          >
            {t('prices.delete.open')}
          </Button>
        ),
    },
  ];
}
