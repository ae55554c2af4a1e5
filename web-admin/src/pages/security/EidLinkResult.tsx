import { errorMessage, isErrorCode, pickLocale } from '@reha/shared';
import { Alert, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

type Result = { linked: true } | { linked: false; error: string } | null;

/**
 * What the way back from eID linking says: `?eidLinked=1` or `?error=CODE`. Read once and taken
 * off the address (a reload or a bookmark must not repeat it); the notice takes the focus.
 */
export function EidLinkResult() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [result, setResult] = useState<Result>(() => {
    if (params.get('eidLinked') === '1') return { linked: true };
    const error = params.get('error');
    return error ? { linked: false, error } : null;
  });
  const notice = useRef<HTMLDivElement>(null);
  const arrivedWithResult = params.has('eidLinked') || params.has('error');

  useEffect(() => {
    if (!arrivedWithResult) return;
    notice.current?.focus();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('eidLinked');
        next.delete('error');
        return next;
      },
      { replace: true },
    );
  }, [arrivedWithResult, setParams]);

  if (!result) return null;
  const close = { withCloseButton: true, closeButtonLabel: t('security.eid.close') };
  if (result.linked)
    return (
      <Alert
        ref={notice}
        tabIndex={-1}
        role="status"
        color="reha"
        className="reha-notice"
        onClose={() => setResult(null)}
        {...close}
      >
        {t('security.eid.linked')}
      </Alert>
    );

  const locale = pickLocale(i18n.language);
  return (
    <Alert
      ref={notice}
      tabIndex={-1}
      color="red"
      variant="light"
      title={t('security.eid.failed')}
      onClose={() => setResult(null)}
      {...close}
    >
      {result.error === 'CONFLICT' && <Text size="sm">{t('security.eid.conflict')}</Text>}
      <Text size="sm">
        {errorMessage(isErrorCode(result.error) ? result.error : 'EID_LOGIN_FAILED', locale)}
      </Text>
    </Alert>
  );
}
