import { Alert, Button, Drawer, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useCreatePriceList, usePriceLists } from '../../api/usePrices';
import { usePermissions } from '../../auth/usePermissions';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { IN_PLACE_DRAWER } from '../../components/inPlaceDrawer';
import { PageLoader } from '../../components/PageLoader';
import { RefusalAlert } from '../../components/RefusalAlert';
import { DeletePriceRowConfirm } from './DeletePriceRowConfirm';
import { PriceImportForm } from './PriceImportForm';
import { PriceRowsTable, type PriceRow } from './PriceRowsTable';
import { funderName } from './priceTerms';
import { SchedulePriceForm } from './SchedulePriceForm';

interface PriceListSectionProps {
  funder: { id: string; code: string; nameEt: string; nameEn: string };
}

type Task = { kind: 'schedule' } | { kind: 'import' } | { kind: 'delete'; row: PriceRow };

/** The organization's price list for one funder, or the button that starts it. */
export function PriceListSection({ funder }: PriceListSectionProps) {
  const { t, i18n } = useTranslation();
  const { can } = usePermissions();
  const canManage = can('price.manage');
  const lists = usePriceLists();
  const create = useCreatePriceList();
  const [task, setTask] = useState<Task>();
  const [notice, setNotice] = useState<string>();
  const noticeElement = useRef<HTMLDivElement>(null);
  const name = funderName(funder, i18n.language);

  const done = (message: string) => {
    flushSync(() => {
      setTask(undefined);
      setNotice(message);
    });
    noticeElement.current?.focus();
  };

  if (lists.isPending) return <PageLoader />;
  if (lists.isError)
    return (
      <ApiErrorAlert
        title={t('prices.listsFailed')}
        error={lists.error}
        onRetry={() => void lists.refetch()}
        retrying={lists.isFetching}
      />
    );
  const list = lists.data.find((l) => l.funderId === funder.id);
  if (!list)
    return (
      <Stack gap="sm" align="flex-start">
        <Text>{t('prices.noList', { funder: name })}</Text>
        {create.isError && <RefusalAlert title={t('prices.createFailed')} error={create.error} />}
        {canManage && (
          <Button
            loading={create.isPending}
            onClick={() =>
              create.mutate({ funderId: funder.id, name: t('prices.listName', { funder: name }) })
            }
          >
            {t('prices.createList')}
          </Button>
        )}
      </Stack>
    );

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {list.name}
      </Title>
      {notice && (
        <Alert ref={noticeElement} tabIndex={-1} role="status" color="reha" className="reha-notice">
          {notice}
        </Alert>
      )}
      <PriceRowsTable
        priceListId={list.id}
        canManage={canManage}
        onDelete={(row) => setTask({ kind: 'delete', row })}
        actions={
          canManage && (
            <>
              <Button variant="outline" onClick={() => setTask({ kind: 'import' })}>
                {t('prices.import.open')}
              </Button>
              <Button onClick={() => setTask({ kind: 'schedule' })}>
                {t('prices.schedule.open')}
              </Button>
            </>
          )
        }
      />
      <Drawer
        opened={task !== undefined}
        onClose={() => setTask(undefined)}
        position="right"
        {...IN_PLACE_DRAWER}
        size="lg"
        title={
          task?.kind === 'import'
            ? t('prices.import.title')
            : task?.kind === 'delete'
              ? t('prices.delete.title')
              : t('prices.schedule.title')
        }
        closeButtonProps={{ 'aria-label': t('prices.close') }}
      >
        {task?.kind === 'schedule' && (
          <SchedulePriceForm
            priceListId={list.id}
            onScheduled={done}
            onCancel={() => setTask(undefined)}
          />
        )}
        {task?.kind === 'import' && <PriceImportForm priceListId={list.id} />}
        {task?.kind === 'delete' && (
          <DeletePriceRowConfirm row={task.row} onDone={done} onCancel={() => setTask(undefined)} />
        )}
      </Drawer>
    </Stack>
  );
}
