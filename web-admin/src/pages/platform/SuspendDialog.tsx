import { pickLocale, validationMessage } from '@reha/shared';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errorText';
import { useSuspendOrganization } from './platformApi';

interface SuspendDialogProps {
  organization: { id: string; name: string } | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Suspending stops every member's sign-in and requests at once; the reason stays in the history. */
export function SuspendDialog({ organization, onClose, onDone }: SuspendDialogProps) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const suspend = useSuspendOrganization();

  const close = () => {
    setReason('');
    setReasonError(undefined);
    suspend.reset();
    onClose();
  };

  const confirm = () => {
    if (!organization) return;
    if (!reason.trim())
      return setReasonError(validationMessage('REQUIRED', pickLocale(i18n.language)));
    suspend.mutate(
      { id: organization.id, reason: reason.trim() },
      {
        onSuccess: () => {
          onDone(t('platform.suspended', { name: organization.name }));
          close();
        },
      },
    );
  };

  return (
    <Modal
      opened={organization !== null}
      onClose={close}
      title={t('platform.suspendTitle', { name: organization?.name ?? '' })}
    >
      <Stack gap="sm">
        <Text>{t('platform.suspendExplain')}</Text>
        {suspend.error && (
          <Alert color="red" variant="light">
            {errorText(suspend.error, i18n.language, t)}
          </Alert>
        )}
        <Textarea
          label={t('platform.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonError}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('platform.cancel')}
          </Button>
          <Button color="red" loading={suspend.isPending} onClick={confirm}>
            {t('platform.suspend')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
