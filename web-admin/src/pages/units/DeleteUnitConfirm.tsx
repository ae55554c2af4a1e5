import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeleteOrgUnit } from '../../api/useOrgUnits';
import { RefusalAlert } from '../../components/RefusalAlert';
import type { OrgUnit } from './unitTree';

interface DeleteUnitConfirmProps {
  unit: OrgUnit;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Asks before deleting a unit. The API refuses while units, clients or staff are still in it;
 * its message names which and how many (UNIT_HAS_CHILDREN / _CLIENTS / _MEMBERS).
 */
export function DeleteUnitConfirm({ unit, onDone, onCancel }: DeleteUnitConfirmProps) {
  const { t } = useTranslation();
  const remove = useDeleteOrgUnit();

  return (
    <Stack gap="md">
      <Text>{t('units.delete.question', { name: unit.name })}</Text>
      <Text size="sm">
        {t('units.tree.counts', { members: unit.memberCount, clients: unit.clientCount })}
      </Text>
      {remove.isError && <RefusalAlert title={t('units.delete.failed')} error={remove.error} />}
      <Group gap="sm">
        <Button
          color="red.9"
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(unit.id, {
              onSuccess: () => onDone(t('units.delete.done', { name: unit.name })),
            })
          }
        >
          {t('units.delete.submit')}
        </Button>
        {/* The safe choice has the focus (the drawer's first focus): Enter does not delete. */}
        <Button data-autofocus variant="subtle" onClick={onCancel}>
          {t('units.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
