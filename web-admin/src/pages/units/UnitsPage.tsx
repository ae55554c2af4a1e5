import { Alert, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../../api/useOrgUnits';
import { usePermissions } from '../../auth/usePermissions';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { UnitReport } from './UnitReport';
import { UnitTaskDrawer, type UnitTask } from './UnitTaskDrawer';
import { UnitTree } from './UnitTree';
import './units.css';

/**
 * The organization's structure: units within units, with their staff and client counts and
 * managers. Every staff member may look; organization admins (organization.manage) change it.
 * Holders of statistics.read also see the roll-up report.
 */
export function UnitsPage() {
  const { t } = useTranslation();
  usePageTitle(t('units.title'));
  const { can } = usePermissions();
  const structure = <UnitStructure editable={can('organization.manage')} />;

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={1}>{t('units.title')}</Title>
        <Text>{t('units.intro')}</Text>
      </Stack>
      {can('statistics.read') ? (
        <Tabs defaultValue="structure" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="structure">{t('units.tabs.structure')}</Tabs.Tab>
            <Tabs.Tab value="report">{t('units.tabs.report')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="structure" pt="md">
            {structure}
          </Tabs.Panel>
          <Tabs.Panel value="report" pt="md">
            <UnitReport />
          </Tabs.Panel>
        </Tabs>
      ) : (
        structure
      )}
    </Stack>
  );
}

function UnitStructure({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const units = useOrgUnits();
  const [task, setTask] = useState<UnitTask>();
  const [done, setDone] = useState<string>();
  const notice = useRef<HTMLDivElement>(null);

  const finish = (message: string) => {
    flushSync(() => {
      setTask(undefined);
      setDone(message);
    });
    notice.current?.focus();
  };
  const start = (next: UnitTask) => {
    setDone(undefined);
    setTask(next);
  };

  if (units.isPending) return <PageLoader />;
  if (units.isError)
    return (
      <ApiErrorAlert
        title={t('units.failed')}
        error={units.error}
        onRetry={() => void units.refetch()}
        retrying={units.isFetching}
      />
    );

  return (
    <Stack gap="md">
      {done && (
        <Alert ref={notice} tabIndex={-1} role="status" color="reha" className="reha-notice">
          {done}
        </Alert>
      )}
      {editable && (
        <Group>
          <Button onClick={() => start({ kind: 'create', parentId: null })}>
            {t('units.create.open')}
          </Button>
        </Group>
      )}
      <UnitTree units={units.data} onTask={editable ? start : undefined} />
      <UnitTaskDrawer
        task={task}
        units={units.data}
        onClose={() => setTask(undefined)}
        onDone={finish}
      />
    </Stack>
  );
}
