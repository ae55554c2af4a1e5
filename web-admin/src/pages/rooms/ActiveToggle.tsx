import { Button, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../../components/RefusalAlert';

interface ActiveToggleProps {
  active: boolean;
  /** Explains what deactivating keeps and stops (a room, a specialist). */
  hint: string;
  mutation: UseMutationResult<unknown, Error, { id: string; active: boolean }>;
  id: string;
  onDone: (active: boolean) => void;
}

/** Deactivate or reactivate a registry entry; nothing is deleted, history stays. */
export function ActiveToggle({ active, hint, mutation, id, onDone }: ActiveToggleProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm">{hint}</Text>
      {mutation.isError && (
        <RefusalAlert title={t('catalog.toggleFailed')} error={mutation.error} />
      )}
      <Button
        w="fit-content"
        color={active ? 'red' : undefined}
        variant="light"
        loading={mutation.isPending}
        onClick={() =>
          mutation.mutate({ id, active: !active }, { onSuccess: () => onDone(!active) })
        }
      >
        {active ? t('catalog.deactivate') : t('catalog.reactivate')}
      </Button>
    </Stack>
  );
}
