import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DownloadableFile } from './downloadFile';

/** The formats the API exports (its `ExportFormat`). */
export type ExportFormat = 'XLSX' | 'CSV';

/** Produces the file of the rows the table lists (every page, same filter and sort). */
export type ExportRows = (format: ExportFormat) => Promise<DownloadableFile>;

interface DataTableExportMenuProps {
  onChoose: (format: ExportFormat) => void;
  loading: boolean;
}

/** "Export" with a choice of Excel and CSV. */
export function DataTableExportMenu({ onChoose, loading }: DataTableExportMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal={false}>
      <Menu.Target>
        <Button variant="outline" loading={loading} rightSection={<span aria-hidden>▾</span>}>
          {t('table.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onChoose('XLSX')}>{t('table.exportExcel')}</Menu.Item>
        <Menu.Item onClick={() => onChoose('CSV')}>{t('table.exportCsv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
