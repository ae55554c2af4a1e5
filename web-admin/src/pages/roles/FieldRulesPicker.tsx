import { Fieldset, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PermissionCatalogue } from '../../api/useRoles';
import { catalogueText } from './catalogueText';
import { FIELD_VISIBILITIES, isFieldVisibility, type FieldVisibility } from './roleForm';

interface FieldRulesPickerProps {
  catalogue: PermissionCatalogue;
  value: Record<string, FieldVisibility>;
  error?: string;
  onChange: (rules: Record<string, FieldVisibility>) => void;
}

/** For each governed field (isikukood, notes, …): show it, mask it or hide it from the role. */
export function FieldRulesPicker({ catalogue, value, error, onChange }: FieldRulesPickerProps) {
  const { t, i18n } = useTranslation();
  return (
    <Fieldset legend={t('roles.editor.fieldRules')} variant="unstyled">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('roles.editor.fieldRulesHint')}
        </Text>
        {catalogue.fieldRuleKeys.map((entry) => (
          <Radio.Group
            key={entry.key}
            name={`fieldRule-${entry.key}`}
            label={catalogueText(t, i18n, `roles.governedField.${entry.key}`, entry.description)}
            description={
              entry.requires
                ? t('roles.editor.fieldRequires', {
                    permission: catalogueText(
                      t,
                      i18n,
                      `roles.permission.${entry.requires}`,
                      entry.requires,
                    ),
                  })
                : undefined
            }
            value={value[entry.key] ?? 'show'}
            onChange={(rule) =>
              isFieldVisibility(rule) && onChange({ ...value, [entry.key]: rule })
            }
          >
            <Group gap="lg" mt="xs">
              {FIELD_VISIBILITIES.map((rule) => (
                <Radio key={rule} value={rule} label={t(`roles.fieldRule.${rule}`)} />
              ))}
            </Group>
          </Radio.Group>
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
