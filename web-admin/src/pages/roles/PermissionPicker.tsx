import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PermissionCatalogue } from '../../api/useRoles';
import { catalogueText } from './catalogueText';
import { groupByArea } from './roleForm';

interface PermissionPickerProps {
  catalogue: PermissionCatalogue;
  value: string[];
  error?: string;
  onChange: (permissions: string[]) => void;
}

/**
 * The permissions a role gives, one group per area (clients, invoices, …), each with what it
 * allows. Only permissions an organization's role may hold are offered.
 */
export function PermissionPicker({ catalogue, value, error, onChange }: PermissionPickerProps) {
  const { t, i18n } = useTranslation();
  const assignable = catalogue.permissions.filter((entry) => entry.assignable);
  const toggle = (key: string, checked: boolean) =>
    onChange(checked ? [...value, key] : value.filter((held) => held !== key));

  return (
    <Fieldset legend={t('roles.editor.permissions')} variant="unstyled">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('roles.editor.permissionsHint')}
        </Text>
        {groupByArea(assignable).map(([area, entries]) => (
          <Fieldset
            key={area}
            legend={catalogueText(t, i18n, `roles.area.${area}`, area)}
            // The whole group is named by its legend; each box by its description.
          >
            <Stack gap="sm">
              {entries.map((entry) => (
                <Checkbox
                  key={entry.key}
                  name="permissions"
                  value={entry.key}
                  checked={value.includes(entry.key)}
                  onChange={(event) => toggle(entry.key, event.currentTarget.checked)}
                  label={catalogueText(t, i18n, `roles.permission.${entry.key}`, entry.description)}
                  description={entry.readsPersonalData ? t('roles.editor.personalData') : undefined}
                />
              ))}
            </Stack>
          </Fieldset>
        ))}
        {error && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
