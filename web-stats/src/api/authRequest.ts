import { pickLocale } from '@reha/shared';
import { i18n } from '../i18n/i18n';
import { ApiRequestError, NETWORK_ERROR } from './ApiRequestError';
import { parseFieldErrors, parseParams } from './errorDetails';

interface AuthErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    params?: { fields?: unknown } & Record<string, unknown>;
    fields?: unknown;
    requestId?: unknown;
  };
}

/**
 * POSTs JSON to one of the /auth REST endpoints (same origin) and returns the answer's body,
 * or undefined for an empty answer (204, 202). Throws an ApiRequestError with the API's error
 * code, or NETWORK_ERROR when the server could not be reached.
 */
export async function authRequest<TResult>(
  path: string,
  body: object = {},
  accessToken?: string,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-Reha-Locale': pickLocale(i18n.language),
        // A cross-site form cannot send a custom header: the refresh-cookie endpoints require it.
        'X-Reha-CSRF': '1',
        ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiRequestError('Could not reach the server', { code: NETWORK_ERROR, cause });
  }

  let payload: unknown;
  try {
    const text = await response.text();
    payload = text ? JSON.parse(text) : undefined;
  } catch (cause) {
    // A proxy or gateway answered instead of the API (502/503/504 pages are not JSON).
    throw new ApiRequestError(`The server answered ${response.status} without a JSON body`, {
      code: response.ok ? undefined : NETWORK_ERROR,
      status: response.status,
      cause,
    });
  }

  if (!response.ok) {
    const error = (payload as AuthErrorBody | undefined)?.error ?? {};
    throw new ApiRequestError(
      typeof error.message === 'string' ? error.message : `The server answered ${response.status}`,
      {
        code: typeof error.code === 'string' ? error.code : undefined,
        params: parseParams(error.params),
        fields: parseFieldErrors(error.fields ?? error.params?.fields),
        requestId: typeof error.requestId === 'string' ? error.requestId : undefined,
        status: response.status,
      },
    );
  }
  return payload as TResult;
}
