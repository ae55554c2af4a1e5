import { isValidRegistryCode, pickLocale, validationMessage } from '@reha/shared';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { useCreateOrganization } from './platformApi';

type Field = 'name' | 'registryCode' | 'firstAdminName' | 'firstAdminEmail';
const FIELDS: readonly Field[] = ['name', 'registryCode', 'firstAdminName', 'firstAdminEmail'];
const EMPTY: Record<Field, string> = {
  name: '',
  registryCode: '',
  firstAdminName: '',
  firstAdminEmail: '',
};

/**
 * A new organization with its first administrator, who gets an e-mail with a link to set their
 * password. Checked here first (registry code check digit, e-mail), then by the server.
 */
export function CreateOrganizationForm({ onDone }: { onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const refs = {
    name: useRef<HTMLInputElement>(null),
    registryCode: useRef<HTMLInputElement>(null),
    firstAdminName: useRef<HTMLInputElement>(null),
    firstAdminEmail: useRef<HTMLInputElement>(null),
  };
  const summary = useRef<HTMLDivElement>(null);
  const create = useCreateOrganization();

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    const first = FIELDS.find((field) => found.fields[field]);
    (first ? refs[first] : summary).current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const locale = pickLocale(i18n.language);
    const trimmed = Object.fromEntries(
      FIELDS.map((field) => [field, values[field].trim()]),
    ) as Record<Field, string>;
    const fields: FormErrors<Field>['fields'] = {};
    for (const field of FIELDS)
      if (!trimmed[field]) fields[field] = validationMessage('REQUIRED', locale);
    if (trimmed.registryCode && !isValidRegistryCode(trimmed.registryCode))
      fields.registryCode = validationMessage('INVALID_REGISTRY_CODE', locale);
    if (trimmed.firstAdminEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed.firstAdminEmail))
      fields.firstAdminEmail = validationMessage('INVALID_EMAIL', locale);
    if (Object.keys(fields).length) return showErrors({ fields });
    setErrors({ fields: {} });
    create.mutate(trimmed, {
      onSuccess: (result) => {
        setValues(EMPTY);
        const created = result.createOrganization;
        onDone(
          t(created.invitationQueued ? 'platform.createdInvited' : 'platform.created', {
            name: created.organization.name,
            email: trimmed.firstAdminEmail,
          }),
        );
      },
      onError: (error) => showErrors(formErrorsOf(error, FIELDS, i18n.language, t)),
    });
  };

  const field = (name: Field, props: { type?: string; autoComplete?: string } = {}) => (
    <TextInput
      ref={refs[name]}
      label={t(`platform.fields.${name}`)}
      required
      value={values[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [name]: value }));
      }}
      error={errors.fields[name]}
      {...props}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('platform.createTitle')}>
      <Stack gap="sm">
        {errors.form && (
          <Alert ref={summary} tabIndex={-1} color="red" variant="light">
            {errors.form}
          </Alert>
        )}
        <Group grow align="flex-start">
          {field('name', { autoComplete: 'organization' })}
          {field('registryCode', { autoComplete: 'off' })}
        </Group>
        <Group grow align="flex-start">
          {field('firstAdminName', { autoComplete: 'off' })}
          {field('firstAdminEmail', { type: 'email', autoComplete: 'off' })}
        </Group>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('platform.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
