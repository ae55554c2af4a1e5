import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errorText';
import { ApiRequestError } from '../api/ApiRequestError';

interface ApiErrorAlertProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed request explained in the user's language, with the API's per-field messages if any. */
export function ApiErrorAlert({ title, error, onRetry, retrying = false }: ApiErrorAlertProps) {
  const { t, i18n } = useTranslation();
  const fields = error instanceof ApiRequestError ? error.fields : [];
  const requestId = error instanceof ApiRequestError ? error.requestId : undefined;

  return (
    <Alert color="red" variant="light" title={title} mb="lg">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorText(error, i18n.language, t)}</Text>
        {fields.length > 0 && (
          <List size="sm">
            {fields.map(({ field, message }, index) => (
              <List.Item key={`${field}-${index}`}>{message}</List.Item>
            ))}
          </List>
        )}
        {requestId && <Text size="sm">{t('errors.reference', { requestId })}</Text>}
        {onRetry && (
          <Button size="xs" variant="outline" color="red.9" loading={retrying} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
