import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/ApiRequestError';
import { useServerInfo } from '../api/useServerInfo';

/** The footer's status line; ConnectionAlert explains an error above the page. */
export function ServerStatus() {
  const { t } = useTranslation();
  const serverInfo = useServerInfo();

  let status: string;
  if (serverInfo.isSuccess) {
    status = t('status.online', {
      version: serverInfo.data.version,
      environment: serverInfo.data.environment,
    });
  } else if (serverInfo.isError) {
    const unreachable =
      serverInfo.error instanceof ApiRequestError && serverInfo.error.isNetworkError;
    status = unreachable ? t('status.offline') : t('status.failed');
  } else {
    status = t('status.connecting');
  }

  return (
    <Text size="sm" role="status">
      {status}
    </Text>
  );
}
