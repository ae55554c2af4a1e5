import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/ApiRequestError';
import { useMySecurity, useRefetchMySecurity, useStartTotpEnrolment } from '../../api/useSecurity';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import type { StartTotpEnrolmentMutation } from '../../gql/graphql';
import { DisableTotpForm } from './DisableTotpForm';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpEnrolmentForm } from './TotpEnrolmentForm';

type Enrolment = StartTotpEnrolmentMutation['startTotpEnrolment'];

/** Where the section is beyond what the server says (on or off). */
type Step =
  | { kind: 'status'; notice?: 'enabled' | 'disabled' }
  | { kind: 'enrolling'; enrolment: Enrolment }
  | { kind: 'recoveryCodes'; codes: string[] }
  | { kind: 'disabling' };

/** Fewer left than this: the page suggests getting new ones. */
const FEW_RECOVERY_CODES = 3;

/**
 * Two-step sign-in (an authenticator app's codes, TOTP): whether it is on, turning it on (scan,
 * confirm with a code, keep the recovery codes) and off (with a code or a recovery code).
 */
export function TotpSection() {
  const { t } = useTranslation();
  const me = useMySecurity();
  const refetch = useRefetchMySecurity();
  const start = useStartTotpEnrolment();
  const [step, setStep] = useState<Step>({ kind: 'status' });
  const notice = useRef<HTMLDivElement>(null);
  const turnOffButton = useRef<HTMLButtonElement>(null);

  /** Back to the status, with a notice that takes the focus (the form it replaces is gone). */
  const finish = (done: 'enabled' | 'disabled') => {
    flushSync(() => setStep({ kind: 'status', notice: done }));
    notice.current?.focus();
  };

  const startEnrolment = () =>
    start.mutate(undefined, {
      onSuccess: (enrolment) => setStep({ kind: 'enrolling', enrolment }),
      // CONFLICT: turned on in another tab meanwhile; show what is true now.
      onError: (error) => {
        if (error instanceof ApiRequestError && error.code === 'CONFLICT') void refetch();
      },
    });

  const cancelDisabling = () => {
    flushSync(() => setStep({ kind: 'status' }));
    turnOffButton.current?.focus();
  };

  let content: ReactNode;
  if (me.isPending) content = <PageLoader />;
  else if (me.isError)
    content = (
      <ApiErrorAlert
        title={t('security.failed')}
        error={me.error}
        onRetry={() => void me.refetch()}
        retrying={me.isFetching}
      />
    );
  else if (step.kind === 'recoveryCodes')
    content = (
      <RecoveryCodes codes={step.codes} email={me.data.email} onDone={() => finish('enabled')} />
    );
  else if (step.kind === 'enrolling')
    content = (
      <TotpEnrolmentForm
        enrolment={step.enrolment}
        onConfirmed={(codes) => setStep({ kind: 'recoveryCodes', codes })}
        onCancel={() => setStep({ kind: 'status' })}
      />
    );
  else if (me.data.totpEnabled)
    content = (
      <>
        {step.kind === 'status' && step.notice === 'enabled' && (
          <Alert ref={notice} tabIndex={-1} role="status" color="reha" className="reha-notice">
            {t('security.totp.savedNotice')}
          </Alert>
        )}
        <Text fw={700}>{t('security.totp.on')}</Text>
        <Text>{t('security.totp.recoveryLeft', { count: me.data.recoveryCodesLeft })}</Text>
        {me.data.recoveryCodesLeft < FEW_RECOVERY_CODES && (
          <Text>{t('security.totp.recoveryLow')}</Text>
        )}
        {step.kind === 'disabling' ? (
          <DisableTotpForm onDisabled={() => finish('disabled')} onCancel={cancelDisabling} />
        ) : (
          <Button
            ref={turnOffButton}
            variant="outline"
            color="red.9"
            w="fit-content"
            className="reha-wrapping-button"
            onClick={() => setStep({ kind: 'disabling' })}
          >
            {t('security.totp.turnOff')}
          </Button>
        )}
      </>
    );
  else
    content = (
      <>
        {step.kind === 'status' && step.notice === 'disabled' && (
          <Alert ref={notice} tabIndex={-1} role="status" color="reha" className="reha-notice">
            {t('security.totp.disabledNotice')}
          </Alert>
        )}
        <Text fw={700}>{t('security.totp.off')}</Text>
        {start.isError && (
          <ApiErrorAlert title={t('security.totp.startFailed')} error={start.error} />
        )}
        <Button
          w="fit-content"
          className="reha-wrapping-button"
          loading={start.isPending}
          onClick={startEnrolment}
        >
          {t('security.totp.turnOn')}
        </Button>
      </>
    );

  return (
    <Stack component="section" gap="md" aria-labelledby="totp-title">
      <Title order={2} id="totp-title">
        {t('security.totp.title')}
      </Title>
      <Text>{t('security.totp.explanation')}</Text>
      {content}
    </Stack>
  );
}
