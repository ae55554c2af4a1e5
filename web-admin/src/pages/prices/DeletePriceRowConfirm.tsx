import { Button, Group, Stack, Text } from '@mantine/core';
import { formatEuro, pickLocale } from '@reha/shared';
import { useTranslation } from 'react-i18next';
import { useDeletePriceRow } from '../../api/usePrices';
import { RefusalAlert } from '../../components/RefusalAlert';
import type { PriceRow } from './PriceRowsTable';
import { validityText } from './priceTerms';

interface DeletePriceRowConfirmProps {
  row: PriceRow;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Asks before calling off a price version that has not started yet. */
export function DeletePriceRowConfirm({ row, onDone, onCancel }: DeletePriceRowConfirmProps) {
  const { t, i18n } = useTranslation();
  const remove = useDeletePriceRow();
  return (
    <Stack gap="md">
      <Text>
        {t('prices.delete.question', {
          name: row.serviceName,
          price: formatEuro(row.priceCents, pickLocale(i18n.language)),
          validity: validityText(row.validFrom, row.validTo, t),
        })}
      </Text>
      {remove.isError && <RefusalAlert title={t('prices.delete.failed')} error={remove.error} />}
      <Group gap="sm">
        <Button
          color="red.9"
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(row.id, {
              onSuccess: () => onDone(t('prices.delete.done', { name: row.serviceName })),
            })
          }
        >
          {t('prices.delete.submit')}
        </Button>
        {/* The safe choice has the focus: Enter does not delete. */}
        <Button data-autofocus variant="subtle" onClick={onCancel}>
          {t('prices.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
