import { errorMessage, pickLocale } from '@reha/shared';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignedOutReason } from '../../auth/session';

interface LoginNoticeProps {
  /** Why the user is signed out: their session ended, or they logged out. */
  reason: SignedOutReason | undefined;
  /** They just set a new password. */
  passwordChanged: boolean;
}

/** Why the login page is shown, above the form. */
export function LoginNotice({ reason, passwordChanged }: LoginNoticeProps) {
  const { t, i18n } = useTranslation();
  const notice = passwordChanged
    ? t('passwordReset.changed')
    : reason === 'ended'
      ? errorMessage('SESSION_REVOKED', pickLocale(i18n.language))
      : reason === 'loggedOut'
        ? t('login.loggedOut')
        : undefined;
  if (!notice) return null;
  return (
    <Alert role="status" color="reha" variant="light" className="reha-notice">
      {notice}
    </Alert>
  );
}
