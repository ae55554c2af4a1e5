import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/ApiRequestError';
import { errorText } from '../api/errorText';

interface RefusalAlertProps {
  title: string;
  error: unknown;
}

/**
 * Why the API refused an action that has no form fields (deactivate, delete a unit): its own
 * words (LAST_ADMIN, NOT_YOURSELF, UNIT_HAS_CLIENTS with the count) instead of the generic
 * "correct the marked fields", which would point at fields that are not there.
 */
export function RefusalAlert({ title, error }: RefusalAlertProps) {
  const { t, i18n } = useTranslation();
  const reasons = error instanceof ApiRequestError ? error.fields.map((f) => f.message) : [];
  const requestId = error instanceof ApiRequestError ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" title={title}>
      <Stack gap="xs">
        {reasons.length > 0 ? (
          reasons.map((reason, index) => (
            <Text size="sm" key={index}>
              {reason}
            </Text>
          ))
        ) : (
          <Text size="sm">{errorText(error, i18n.language, t)}</Text>
        )}
        {requestId && reasons.length === 0 && (
          <Text size="sm">{t('errors.reference', { requestId })}</Text>
        )}
      </Stack>
    </Alert>
  );
}
