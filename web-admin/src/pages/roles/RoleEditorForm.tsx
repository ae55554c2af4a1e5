import { pickLocale, validationMessage } from '@reha/shared';
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { useUpsertRole } from '../../api/useRoles';
import { FieldRulesPicker } from './FieldRulesPicker';
import { PermissionPicker } from './PermissionPicker';
import {
  NEW_ROLE,
  ROLE_FIELDS,
  roleFormValues,
  roleInput,
  validateRole,
  type RoleField,
  type RoleFormValues,
} from './roleForm';
import type { RoleEditorProps } from './RoleEditor';
import { ScopePicker } from './ScopePicker';

/** The role editor's form (RoleEditor): one instance per role opened. */
export function RoleEditorForm({
  role,
  catalogue,
  existingKeys,
  onClose,
  onSaved,
}: RoleEditorProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<RoleFormValues>(() =>
    role ? roleFormValues(role) : NEW_ROLE,
  );
  const [errors, setErrors] = useState<FormErrors<RoleField>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const upsert = useUpsertRole();
  const isNew = role === undefined;

  const showErrors = (found: FormErrors<RoleField>) => {
    flushSync(() => setErrors(found));
    const firstInvalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? summary.current)?.focus();
  };

  const setName = (language: 'et' | 'en' | 'ru', name: string) =>
    setValues((current) => ({ ...current, names: { ...current.names, [language]: name } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const locale = pickLocale(i18n.language);
    const fields = validateRole(values, locale);
    if (isNew && !fields.key && existingKeys.includes(values.key.trim()))
      fields.key = validationMessage('ALREADY_EXISTS', locale);
    if (Object.keys(fields).length > 0)
      return showErrors({ fields, form: t('roles.editor.fixErrors') });
    setErrors({ fields: {} });
    upsert.mutate(roleInput(values), {
      onSuccess: onSaved,
      onError: (error) => showErrors(formErrorsOf(error, ROLE_FIELDS, i18n.language, t)),
    });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t('roles.editor.formLabel')}>
      <Stack gap="lg">
        {errors.form && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('roles.editor.failed')}
          >
            {errors.form}
          </Alert>
        )}
        <TextInput
          name="key"
          label={t('roles.editor.key')}
          description={isNew ? t('roles.editor.keyHint') : t('roles.editor.keyFixed')}
          required
          readOnly={!isNew}
          value={values.key}
          onChange={(event) => {
            const key = event.currentTarget.value;
            setValues((current) => ({ ...current, key }));
          }}
          error={errors.fields.key}
          spellCheck={false}
          autoComplete="off"
          data-autofocus={isNew || undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(['et', 'en', 'ru'] as const).map((language) => (
            <TextInput
              key={language}
              name={`name-${language}`}
              lang={language}
              label={t(`roles.editor.name.${language}`)}
              required
              value={values.names[language]}
              onChange={(event) => setName(language, event.currentTarget.value)}
              error={errors.fields[language]}
              data-autofocus={(!isNew && language === 'et') || undefined}
            />
          ))}
        </SimpleGrid>
        <PermissionPicker
          catalogue={catalogue}
          value={values.permissions}
          error={errors.fields.permissions}
          onChange={(permissions) => setValues((current) => ({ ...current, permissions }))}
        />
        <ScopePicker
          value={values.scope}
          error={errors.fields.scope}
          onChange={(scope) => setValues((current) => ({ ...current, scope }))}
        />
        <FieldRulesPicker
          catalogue={catalogue}
          value={values.fieldRules}
          error={errors.fields.fieldRules}
          onChange={(fieldRules) => setValues((current) => ({ ...current, fieldRules }))}
        />
        <Group gap="sm">
          <Button type="submit" loading={upsert.isPending}>
            {t('roles.editor.save')}
          </Button>
          <Button variant="subtle" onClick={onClose}>
            {t('roles.editor.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
