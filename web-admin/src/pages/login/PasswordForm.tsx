import { pickLocale, validationMessage } from '@reha/shared';
import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiRequestError } from '../../api/ApiRequestError';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { login, type Credentials, type SessionGrant } from '../../auth/authApi';
import { startSession } from '../../auth/session';

type Field = 'email' | 'password';
const FIELDS: readonly Field[] = ['email', 'password'];

interface PasswordFormProps {
  initialEmail: string;
  /** Back from the code step: the password is asked again, so focus goes there. */
  focusPassword?: boolean;
  /** The API wants the authenticator code too: the page asks for it with these credentials. */
  onTotpRequired: (credentials: Credentials) => void;
  /** Another front door than staff sign-in (the platform operator's); no password reset link then. */
  door?: SignInDoor;
}

/** How a sign-in form signs in and starts the session: staff by default. */
export interface SignInDoor {
  login: (credentials: Credentials) => Promise<SessionGrant>;
  startSession: (grant: SessionGrant) => void;
}

/** E-mail and password; errors are read out and focused (the first wrong field, or the summary). */
export function PasswordForm({
  initialEmail,
  focusPassword,
  onTotpRequired,
  door,
}: PasswordFormProps) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusPassword) passwordInput.current?.focus();
  }, [focusPassword]);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    const first = found.fields.email ? emailInput : found.fields.password ? passwordInput : summary;
    first.current?.focus();
  };

  const signIn = useMutation({
    mutationFn: door?.login ?? login,
    onSuccess: door?.startSession ?? startSession,
    onError: (error, credentials) => {
      if (error instanceof ApiRequestError && error.code === 'TOTP_REQUIRED')
        onTotpRequired(credentials);
      else showErrors(formErrorsOf(error, FIELDS, i18n.language, t));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const locale = pickLocale(i18n.language);
    const trimmed = email.trim();
    const fields: FormErrors<Field>['fields'] = {};
    if (!trimmed) fields.email = validationMessage('REQUIRED', locale);
    else if (!/^[^\s@]+@[^\s@]+$/.test(trimmed))
      fields.email = validationMessage('INVALID_EMAIL', locale);
    if (!password) fields.password = validationMessage('REQUIRED', locale);
    if (fields.email || fields.password) return showErrors({ fields });
    setErrors({ fields: {} });
    signIn.mutate({ email: trimmed, password });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('login.passwordFormLabel')}>
      <Stack gap="md">
        {errors.form && (
          <Alert ref={summary} tabIndex={-1} color="red" variant="light" title={t('login.failed')}>
            {errors.form}
          </Alert>
        )}
        <TextInput
          ref={emailInput}
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
        <PasswordInput
          ref={passwordInput}
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.fields.password}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <Button type="submit" loading={signIn.isPending} size="md">
          {t('login.submit')}
        </Button>
        {!door && (
          <Anchor component={Link} to="/forgot-password" w="fit-content">
            {t('login.forgotPassword')}
          </Anchor>
        )}
      </Stack>
    </form>
  );
}
