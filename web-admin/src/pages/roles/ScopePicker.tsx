import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACCESS_SCOPES, isAccessScope, type AccessScope } from './roleForm';

interface ScopePickerProps {
  value: AccessScope;
  error?: string;
  onChange: (scope: AccessScope) => void;
}

/** How far the role reaches, each choice explained in plain words, narrowest first. */
export function ScopePicker({ value, error, onChange }: ScopePickerProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      name="scope"
      label={t('roles.editor.scope')}
      description={t('roles.editor.scopeHint')}
      value={value}
      onChange={(next) => isAccessScope(next) && onChange(next)}
      error={error}
    >
      <Stack gap="sm" mt="xs">
        {ACCESS_SCOPES.map((scope) => (
          <Radio
            key={scope}
            value={scope}
            label={t(`roles.scope.${scope}.name`)}
            description={t(`roles.scope.${scope}.text`)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
