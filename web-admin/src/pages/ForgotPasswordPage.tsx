import { pickLocale, validationMessage } from '@reha/shared';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formErrorsOf, type FormErrors } from '../api/formErrors';
import { requestPasswordReset } from '../auth/authApi';
import { usePageTitle } from '../layout/usePageTitle';

type Field = 'email';
const FIELDS: readonly Field[] = ['email'];

/** "Forgot password?": asks for a reset link by e-mail. */
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('passwordReset.requestTitle'));
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const input = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const sentNotice = useRef<HTMLDivElement>(null);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    (found.fields.email ? input : summary).current?.focus();
  };

  const request = useMutation({
    mutationFn: requestPasswordReset,
    onSuccess: () => sentNotice.current?.focus(),
    onError: (error) => showErrors(formErrorsOf(error, FIELDS, i18n.language, t)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const locale = pickLocale(i18n.language);
    const trimmed = email.trim();
    if (!trimmed) return showErrors({ fields: { email: validationMessage('REQUIRED', locale) } });
    if (!/^[^\s@]+@[^\s@]+$/.test(trimmed))
      return showErrors({ fields: { email: validationMessage('INVALID_EMAIL', locale) } });
    setErrors({ fields: {} });
    request.mutate(trimmed);
  };

  return (
    <Stack maw="30rem" gap="lg">
      <Title order={1}>{t('passwordReset.requestTitle')}</Title>
      {request.isSuccess ? (
        // Focused so that screen readers read it; the same answer whether the address is known.
        <Alert ref={sentNotice} tabIndex={-1} role="status" color="reha" variant="light">
          {t('passwordReset.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('passwordReset.requestText')}</Text>
            {errors.form && (
              <Alert ref={summary} tabIndex={-1} color="red" variant="light">
                {errors.form}
              </Alert>
            )}
            <TextInput
              ref={input}
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              spellCheck={false}
              required
              withAsterisk={false}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.fields.email}
            />
            <Button type="submit" size="md" loading={request.isPending} w="fit-content">
              {t('passwordReset.send')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" w="fit-content">
        {t('passwordReset.backToLogin')}
      </Anchor>
    </Stack>
  );
}
