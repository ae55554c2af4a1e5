import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/ApiRequestError';
import { useServerInfo } from '../api/useServerInfo';
import { ApiErrorAlert } from '../components/ApiErrorAlert';

/** Shown above the page while the API fails, so nobody fills in a form that cannot be saved. */
export function ConnectionAlert() {
  const { t } = useTranslation();
  const serverInfo = useServerInfo();
  if (!serverInfo.isError) return null;

  const unreachable =
    serverInfo.error instanceof ApiRequestError && serverInfo.error.isNetworkError;
  return (
    <ApiErrorAlert
      title={unreachable ? t('status.unreachableTitle') : t('status.failedTitle')}
      error={serverInfo.error}
      onRetry={() => void serverInfo.refetch()}
      retrying={serverInfo.isFetching}
    />
  );
}
