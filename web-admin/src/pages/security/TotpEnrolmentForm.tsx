import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/ApiRequestError';
import { errorText } from '../../api/errorText';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { useConfirmTotpEnrolment, useRefetchMySecurity } from '../../api/useSecurity';
import type { StartTotpEnrolmentMutation } from '../../gql/graphql';
import { groupSecret, svgImageUrl, totpDigits } from './codes';

type Enrolment = StartTotpEnrolmentMutation['startTotpEnrolment'];
type Field = 'code';
const FIELDS: readonly Field[] = ['code'];

interface TotpEnrolmentFormProps {
  enrolment: Enrolment;
  /** TOTP is on: the ten recovery codes to show, once. */
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}

/**
 * Setting up the authenticator app: the QR code to scan (or the key to type in), then a code
 * from the app to prove it works. Focus starts at the first step's heading.
 */
export function TotpEnrolmentForm({ enrolment, onConfirmed, onCancel }: TotpEnrolmentFormProps) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const clipboard = useClipboard({ timeout: 4000 });
  const confirm = useConfirmTotpEnrolment();
  const refetch = useRefetchMySecurity();

  const qrImage = useMemo(() => svgImageUrl(enrolment.qrSvg), [enrolment.qrSvg]);

  useEffect(() => heading.current?.focus(), []);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    (found.fields.code ? input : summary).current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = totpDigits(code);
    if (!digits) return showErrors({ fields: { code: t('security.totp.codeFormat') } });
    setErrors({ fields: {} });
    confirm.mutate(digits, {
      onSuccess: onConfirmed,
      onError: (error) => {
        if (error instanceof ApiRequestError && error.code === 'TOTP_INVALID') {
          setCode('');
          showErrors({ fields: { code: errorText(error, i18n.language, t) } });
          return;
        }
        // CONFLICT: set up (or the setup replaced) in another tab; show what is true now.
        if (error instanceof ApiRequestError && error.code === 'CONFLICT') void refetch();
        showErrors(formErrorsOf(error, FIELDS, i18n.language, t));
      },
    });
  };

  const copyMessage = clipboard.error
    ? t('security.totp.copyFailed')
    : clipboard.copied
      ? t('security.totp.copied')
      : '';

  return (
    <Stack gap="md">
      <Title order={3} ref={heading} tabIndex={-1}>
        {t('security.totp.scanTitle')}
      </Title>
      <Text>{t('security.totp.scanText')}</Text>
      <img
        src={qrImage}
        alt={t('security.totp.qrAlt')}
        width={200}
        height={200}
        style={{ display: 'block', background: 'white' }}
      />
      <Anchor href={enrolment.otpauthUrl} w="fit-content">
        {t('security.totp.openInApp')}
      </Anchor>
      <Stack gap="xs">
        <Text>{t('security.totp.secretLabel')}</Text>
        <Group gap="sm">
          <Text
            component="p"
            ff="monospace"
            fz="lg"
            fw={700}
            m={0}
            style={{ wordSpacing: '0.25em', overflowWrap: 'anywhere' }}
          >
            {groupSecret(enrolment.secret)}
          </Text>
          <Button
            variant="outline"
            size="xs"
            onClick={() => clipboard.copy(enrolment.secret.replace(/\s+/g, ''))}
          >
            {t('security.totp.copySecret')}
          </Button>
        </Group>
        {/* Present from the start, so that screen readers announce what appears in it. */}
        <Text size="sm" role="status" c={clipboard.error ? 'red.9' : undefined}>
          {copyMessage}
        </Text>
      </Stack>

      <form onSubmit={submit} noValidate aria-labelledby="totp-confirm-title">
        <Stack gap="md">
          <Title order={3} id="totp-confirm-title">
            {t('security.totp.confirmTitle')}
          </Title>
          {errors.form && (
            <Alert
              ref={summary}
              tabIndex={-1}
              color="red"
              variant="light"
              title={t('security.totp.failed')}
            >
              {errors.form}
            </Alert>
          )}
          <TextInput
            ref={input}
            label={t('security.totp.code')}
            description={t('security.totp.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            required
            withAsterisk={false}
            maw="16rem"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={errors.fields.code}
          />
          <Group gap="sm">
            <Button type="submit" loading={confirm.isPending}>
              {t('security.totp.confirm')}
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              {t('security.totp.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
