import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES, type DataTableCursor, type PageSize } from './DataTableCursor';

/** What the API said about the page shown (`pageInfo` and `totalCount` of a connection). */
export interface DataTablePage {
  rowCount: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

interface DataTablePaginationProps {
  cursor: DataTableCursor;
  page: DataTablePage | undefined;
  /** A page is being fetched: the buttons wait for it. */
  busy: boolean;
}

/** "1–50 of 312", the page size, and the previous / next page buttons. */
export function DataTablePagination({ cursor, page, busy }: DataTablePaginationProps) {
  const { t } = useTranslation();
  const from = cursor.pageIndex * cursor.first + 1;
  const to = cursor.pageIndex * cursor.first + (page?.rowCount ?? 0);
  const endCursor = page?.endCursor;

  return (
    <Group justify="space-between" gap="sm" mt="sm">
      {/* A live region: the new range is announced after "next page". */}
      <Text size="sm" role="status">
        {page && page.rowCount > 0 ? t('table.range', { from, to, total: page.totalCount }) : ''}
      </Text>
      <Group gap="sm">
        <NativeSelect
          label={t('table.pageSize')}
          size="xs"
          value={String(cursor.first)}
          data={PAGE_SIZES.map(String)}
          onChange={(event) => cursor.setPageSize(Number(event.currentTarget.value) as PageSize)}
          styles={{ root: { display: 'flex', alignItems: 'center', gap: '0.5rem' } }}
        />
        <Button
          size="xs"
          variant="outline"
          disabled={cursor.pageIndex === 0 || busy}
          onClick={cursor.previous}
        >
          {t('table.previous')}
        </Button>
        <Button
          size="xs"
          variant="outline"
          disabled={!page?.hasNextPage || !endCursor || busy}
          onClick={() => endCursor && cursor.next(endCursor)}
        >
          {t('table.next')}
        </Button>
      </Group>
    </Group>
  );
}
