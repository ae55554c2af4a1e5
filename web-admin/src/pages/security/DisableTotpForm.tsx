import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/ApiRequestError';
import { errorText } from '../../api/errorText';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { useDisableTotp, useRefetchMySecurity } from '../../api/useSecurity';
import { disableCode } from './codes';

type Field = 'code';
const FIELDS: readonly Field[] = ['code'];

interface DisableTotpFormProps {
  onDisabled: () => void;
  onCancel: () => void;
}

/**
 * Turning two-step sign-in off needs a current code from the app, or a recovery code for when
 * the phone is gone. Focus starts in the field.
 */
export function DisableTotpForm({ onDisabled, onCancel }: DisableTotpFormProps) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const input = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const disable = useDisableTotp();
  const refetch = useRefetchMySecurity();

  useEffect(() => input.current?.focus(), []);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    (found.fields.code ? input : summary).current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = disableCode(code);
    if (!value) return showErrors({ fields: { code: t('security.totp.disableCodeFormat') } });
    setErrors({ fields: {} });
    disable.mutate(value, {
      onSuccess: onDisabled,
      onError: (error) => {
        if (error instanceof ApiRequestError && error.code === 'TOTP_INVALID') {
          setCode('');
          showErrors({ fields: { code: errorText(error, i18n.language, t) } });
          return;
        }
        // CONFLICT: already turned off (in another tab); show what is true now.
        if (error instanceof ApiRequestError && error.code === 'CONFLICT') void refetch();
        showErrors(formErrorsOf(error, FIELDS, i18n.language, t));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="totp-disable-title">
      <Stack gap="md">
        <Title order={3} id="totp-disable-title">
          {t('security.totp.disableTitle')}
        </Title>
        <Text>{t('security.totp.disableText')}</Text>
        {errors.form && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('security.totp.disableFailed')}
          >
            {errors.form}
          </Alert>
        )}
        <TextInput
          ref={input}
          label={t('security.totp.disableCode')}
          description={t('security.totp.disableCodeHint')}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          required
          withAsterisk={false}
          maw="16rem"
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={errors.fields.code}
        />
        <Group gap="sm">
          <Button type="submit" color="red.9" loading={disable.isPending}>
            {t('security.totp.disableConfirm')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('security.totp.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
