import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportOrgUnitReport, useOrgUnitReport } from '../../api/useOrgUnits';
import { DataTable, type DataTableColumn } from '../../components/DataTable';
import type { OrgUnitReportQuery } from '../../gql/graphql';

type ReportRow = OrgUnitReportQuery['orgUnitReport'][number];

/**
 * Staff and clients per unit: directly in the unit, and in total with every unit below it
 * (each person counted once). Units are indented by their depth; the path is in the name for
 * screen readers, who do not see the indentation.
 */
export function UnitReport() {
  const { t } = useTranslation();
  const report = useOrgUnitReport(true);
  const rows = report.data;
  const withServices = rows?.some((row) => row.activeServices != null) ?? false;

  const count = (
    key: string,
    header: string,
    value: (row: ReportRow) => number | null | undefined,
  ) =>
    ({
      key,
      header,
      numeric: true,
      render: (row) => value(row) ?? '–',
    }) satisfies DataTableColumn<ReportRow>;

  const columns: DataTableColumn<ReportRow>[] = [
    {
      key: 'name',
      header: t('units.report.unit'),
      render: (row) => (
        <span
          className="reha-report-name"
          style={{ paddingInlineStart: `${row.depth * 1.25}rem` }}
          title={row.path.join(' › ')}
        >
          {row.name}
          {row.depth > 0 && (
            <Text span className="reha-report-path">
              {' '}
              ({row.path.slice(0, -1).join(' › ')})
            </Text>
          )}
        </span>
      ),
    },
    count('users', t('units.report.users'), (row) => row.users),
    count('totalUsers', t('units.report.totalUsers'), (row) => row.totalUsers),
    count('clients', t('units.report.clients'), (row) => row.clients),
    count('totalClients', t('units.report.totalClients'), (row) => row.totalClients),
    ...(withServices
      ? [
          count('activeServices', t('units.report.activeServices'), (row) => row.activeServices),
          count(
            'totalActiveServices',
            t('units.report.totalActiveServices'),
            (row) => row.totalActiveServices,
          ),
        ]
      : []),
  ];

  return (
    <DataTable<ReportRow>
      caption={t('units.report.caption')}
      showCaption
      columns={columns}
      rows={rows}
      rowKey={(row) => row.unitId}
      loading={report.isFetching}
      error={report.error}
      errorTitle={t('units.report.failed')}
      onRetry={() => void report.refetch()}
      emptyText={t('units.report.empty')}
      onExport={exportOrgUnitReport}
    />
  );
}
