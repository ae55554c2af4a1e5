import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useResetRoleToDefault, type Role } from '../../api/useRoles';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { roleName } from './roleName';

interface ResetRoleDialogProps {
  role: Role | undefined;
  onClose: () => void;
  onReset: (role: Role) => void;
}

/** Asks before a customized default role goes back to the content Reha ships. */
export function ResetRoleDialog({ role, onClose, onReset }: ResetRoleDialogProps) {
  const { t, i18n } = useTranslation();
  const reset = useResetRoleToDefault();
  const close = () => {
    reset.reset();
    onClose();
  };
  return (
    <Modal.Root opened={role !== undefined} onClose={close}>
      <Modal.Overlay />
      <Modal.Content>
        {/* A <header> here would be a second page banner landmark to screen readers. */}
        <Modal.Header component="div">
          <Modal.Title>{t('roles.reset.title')}</Modal.Title>
          <Modal.CloseButton aria-label={t('roles.reset.cancel')} />
        </Modal.Header>
        <Modal.Body>
          {role && (
            <Stack gap="md">
              <Text>{t('roles.reset.text', { name: roleName(role, i18n.language) })}</Text>
              {reset.isError && (
                <ApiErrorAlert title={t('roles.reset.failed')} error={reset.error} />
              )}
              <Group gap="sm">
                <Button
                  color="red.9"
                  loading={reset.isPending}
                  onClick={() =>
                    reset.mutate(role.key, {
                      onSuccess: (updated) => {
                        reset.reset();
                        onReset(updated);
                      },
                    })
                  }
                >
                  {t('roles.reset.confirm')}
                </Button>
                <Button variant="subtle" onClick={close} data-autofocus>
                  {t('roles.reset.cancel')}
                </Button>
              </Group>
            </Stack>
          )}
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
