import { errorMessage, pickLocale, validationMessage } from '@reha/shared';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiRequestError } from '../api/ApiRequestError';
import { formErrorsOf, type FormErrors } from '../api/formErrors';
import { confirmPasswordReset } from '../auth/authApi';
import { usePageTitle } from '../layout/usePageTitle';
import type { LoginPageState } from './login/LoginPage';

type Field = 'password' | 'repeat';
const FIELDS: readonly Field[] = ['password', 'repeat'];

/** Opened from the e-mailed link (`?token=`): sets a new password, then on to the login page. */
export function ResetPasswordPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('passwordReset.confirmTitle'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const [linkInvalid, setLinkInvalid] = useState(!token);
  const passwordInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    const first = found.fields.password
      ? passwordInput
      : found.fields.repeat
        ? repeatInput
        : summary;
    first.current?.focus();
  };

  const confirm = useMutation({
    mutationFn: () => confirmPasswordReset(token, password),
    onSuccess: () =>
      navigate('/login', {
        replace: true,
        state: { passwordChanged: true } satisfies LoginPageState,
      }),
    onError: (error) => {
      if (error instanceof ApiRequestError && error.code === 'PASSWORD_RESET_INVALID')
        setLinkInvalid(true);
      else showErrors(formErrorsOf(error, FIELDS, i18n.language, t));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const locale = pickLocale(i18n.language);
    const fields: FormErrors<Field>['fields'] = {};
    if (!password) fields.password = validationMessage('REQUIRED', locale);
    else if (repeat !== password) fields.repeat = t('passwordReset.mismatch');
    if (fields.password || fields.repeat) return showErrors({ fields });
    setErrors({ fields: {} });
    confirm.mutate();
  };

  return (
    <Stack maw="30rem" gap="lg">
      <Title order={1}>{t('passwordReset.confirmTitle')}</Title>
      {linkInvalid ? (
        <>
          <Alert color="red" variant="light">
            {errorMessage('PASSWORD_RESET_INVALID', pickLocale(i18n.language))}
          </Alert>
          <Anchor component={Link} to="/forgot-password" w="fit-content">
            {t('passwordReset.requestNew')}
          </Anchor>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('passwordReset.confirmText')}</Text>
            {errors.form && (
              <Alert ref={summary} tabIndex={-1} color="red" variant="light">
                {errors.form}
              </Alert>
            )}
            <PasswordInput
              ref={passwordInput}
              label={t('passwordReset.newPassword')}
              name="new-password"
              autoComplete="new-password"
              required
              withAsterisk={false}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.fields.password}
              visibilityToggleFocusable
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
            />
            <PasswordInput
              ref={repeatInput}
              label={t('passwordReset.repeatPassword')}
              name="repeat-password"
              autoComplete="new-password"
              required
              withAsterisk={false}
              value={repeat}
              onChange={(event) => setRepeat(event.currentTarget.value)}
              error={errors.fields.repeat}
              visibilityToggleFocusable
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
            />
            <Button type="submit" size="md" loading={confirm.isPending} w="fit-content">
              {t('passwordReset.save')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
