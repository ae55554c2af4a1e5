import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './ApiRequestError';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Only a lost connection is worth retrying; an API error (FORBIDDEN, BAD_USER_INPUT, …)
      // gives the same answer again, and retries would keep the user waiting for it.
      retry: (failureCount, error) =>
        error instanceof ApiRequestError && error.isNetworkError && failureCount < 2,
    },
  },
});
