import { errorMessage, pickLocale } from '@reha/shared';
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/ApiRequestError';
import { errorText } from '../../api/errorText';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { login, type Credentials } from '../../auth/authApi';
import { startSession } from '../../auth/session';
import type { SignInDoor } from './PasswordForm';

type Field = 'totp';
const FIELDS: readonly Field[] = ['totp'];

interface TotpFormProps {
  /** E-mail and password the API accepted; sent again with the code. */
  credentials: Credentials;
  onBack: () => void;
  door?: SignInDoor;
}

/** The second step: the authenticator app's six-digit code. Focus starts in the code field. */
export function TotpForm({ credentials, onBack, door }: TotpFormProps) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const input = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => input.current?.focus(), []);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    (found.fields.totp ? input : summary).current?.focus();
  };

  const signIn = useMutation({
    mutationFn: door?.login ?? login,
    onSuccess: door?.startSession ?? startSession,
    onError: (error) => {
      if (error instanceof ApiRequestError && error.code === 'TOTP_INVALID') {
        setCode('');
        showErrors({ fields: { totp: errorText(error, i18n.language, t) } });
      } else showErrors(formErrorsOf(error, FIELDS, i18n.language, t));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // People copy codes as "123 456"; only the digits count.
    const digits = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) return showErrors({ fields: { totp: t('login.totp.invalid') } });
    setErrors({ fields: {} });
    signIn.mutate({ ...credentials, totp: digits });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="totp-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="totp-title">
          {t('login.totp.title')}
        </Title>
        <Text>{t('login.totp.signingInAs', { email: credentials.email })}</Text>
        {errors.form && (
          <Alert ref={summary} tabIndex={-1} color="red" variant="light" title={t('login.failed')}>
            {errors.form}
          </Alert>
        )}
        <TextInput
          ref={input}
          label={t('login.totp.code')}
          description={errorMessage('TOTP_REQUIRED', pickLocale(i18n.language))}
          name="totp"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          required
          withAsterisk={false}
          maw="12rem"
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={errors.fields.totp}
        />
        <Group gap="sm">
          <Button type="submit" loading={signIn.isPending} size="md">
            {t('login.totp.submit')}
          </Button>
          <Button variant="subtle" size="md" onClick={onBack}>
            {t('login.totp.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
