import { Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './ApiErrorAlert';
import type { DataTableCursor } from './DataTableCursor';
import { DataTableExportMenu, type ExportRows } from './DataTableExportMenu';
import { DataTablePagination, type DataTablePage } from './DataTablePagination';
import { downloadFile } from './downloadFile';
import { PageLoader } from './PageLoader';
import './DataTable.css';

export type SortDirection = 'ASC' | 'DESC';

/** The column the rows are sorted by (a column's `key`), as the API's orderBy takes it. */
export interface DataTableSort {
  key: string;
  direction: SortDirection;
}

export interface DataTableColumn<TRow> {
  /** Names the column; for a sortable column also the key handed to `onSortChange`. */
  key: string;
  header: string;
  render: (row: TRow) => ReactNode;
  sortable?: boolean;
  /** Right-aligned numbers. */
  numeric?: boolean;
}

interface DataTableProps<TRow> {
  /** Names the table for screen readers (shown visually hidden unless `showCaption`). */
  caption: string;
  showCaption?: boolean;
  columns: readonly DataTableColumn<TRow>[];
  rows: readonly TRow[] | undefined;
  rowKey: (row: TRow) => string;
  /** Any request is running (first load or refetch). */
  loading: boolean;
  error?: unknown;
  errorTitle?: string;
  onRetry?: () => void;
  /** Shown in place of rows when there are none. */
  emptyText: string;
  sort?: DataTableSort;
  /** Sorting is the server's: it gets the new sort and fetches again. */
  onSortChange?: (sort: DataTableSort) => void;
  /** Filter controls, laid out above the table. */
  filters?: ReactNode;
  /** Buttons beside the export menu (e.g. "Invite"). */
  actions?: ReactNode;
  onExport?: ExportRows;
  /** Server-side pages; without it every row is shown. */
  pagination?: { cursor: DataTableCursor; page: DataTablePage | undefined };
}

/**
 * The list view of the admin app: a real `<table>` with a caption, server-side sorting
 * (headers are buttons; `aria-sort` says the order), filters, cursor pages and export.
 * The rows and their order come from the server; the table only shows them.
 */
export function DataTable<TRow>(props: DataTableProps<TRow>) {
  const { t } = useTranslation();
  const { columns, rows, loading, error, pagination, onExport } = props;
  const exporting = useMutation({
    mutationFn: (format: Parameters<ExportRows>[0]) => onExport!(format),
    onSuccess: downloadFile,
  });

  const hasToolbar = Boolean(props.filters || props.actions || onExport);
  return (
    <Stack gap="sm">
      {hasToolbar && (
        <Group justify="space-between" align="flex-end" gap="sm">
          <Group align="flex-end" gap="sm" className="reha-table-filters">
            {props.filters}
          </Group>
          <Group gap="sm">
            {props.actions}
            {onExport && (
              <DataTableExportMenu
                onChoose={(format) => exporting.mutate(format)}
                loading={exporting.isPending}
              />
            )}
          </Group>
        </Group>
      )}
      {exporting.isError && (
        <ApiErrorAlert title={t('table.exportFailed')} error={exporting.error} />
      )}
      {error ? (
        <ApiErrorAlert
          title={props.errorTitle ?? t('table.failed')}
          error={error}
          onRetry={props.onRetry}
          retrying={loading}
        />
      ) : rows === undefined ? (
        <PageLoader />
      ) : (
        // Scrolls sideways on narrow screens; focusable so that keyboard users can scroll it too.
        <div
          className="reha-table-scroll"
          role="region"
          aria-label={props.caption}
          tabIndex={0}
          aria-busy={loading}
        >
          <Table
            striped
            highlightOnHover
            verticalSpacing="xs"
            captionSide="top"
            className="reha-table"
          >
            <Table.Caption className={props.showCaption ? undefined : 'reha-visually-hidden'}>
              {props.caption}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <HeaderCell
                    key={column.key}
                    column={column}
                    sort={props.sort}
                    onSortChange={props.onSortChange}
                  />
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={columns.length}>
                    <Text py="md" ta="center">
                      {props.emptyText}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                rows.map((row) => (
                  <Table.Tr key={props.rowKey(row)}>
                    {columns.map((column) => (
                      <Table.Td key={column.key} ta={column.numeric ? 'right' : undefined}>
                        {column.render(row)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {pagination && !error && (
        <DataTablePagination cursor={pagination.cursor} page={pagination.page} busy={loading} />
      )}
    </Stack>
  );
}

interface HeaderCellProps<TRow> {
  column: DataTableColumn<TRow>;
  sort: DataTableSort | undefined;
  onSortChange: ((sort: DataTableSort) => void) | undefined;
}

/** A column header; a sortable one is a button that sorts by it, or reverses the order. */
function HeaderCell<TRow>({ column, sort, onSortChange }: HeaderCellProps<TRow>) {
  const { t } = useTranslation();
  const sorted = sort?.key === column.key ? sort.direction : undefined;
  const align = column.numeric ? 'right' : undefined;
  if (!column.sortable || !onSortChange)
    return (
      <Table.Th scope="col" ta={align}>
        {column.header}
      </Table.Th>
    );

  const next: SortDirection = sorted === 'ASC' ? 'DESC' : 'ASC';
  return (
    <Table.Th
      scope="col"
      ta={align}
      aria-sort={sorted === 'ASC' ? 'ascending' : sorted === 'DESC' ? 'descending' : undefined}
    >
      <UnstyledButton
        className="reha-sort-button"
        onClick={() => onSortChange({ key: column.key, direction: next })}
        title={next === 'ASC' ? t('table.sortAscending') : t('table.sortDescending')}
      >
        {column.header}
        <span aria-hidden className="reha-sort-mark">
          {sorted === 'ASC' ? '▲' : sorted === 'DESC' ? '▼' : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
