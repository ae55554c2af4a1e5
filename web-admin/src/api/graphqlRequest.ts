import type { TypedDocumentString } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { currentAccessToken, renewAccessToken, type SessionStore } from '../auth/session';
import { ApiRequestError, NETWORK_ERROR } from './ApiRequestError';
import { parseFieldErrors, parseParams } from './errorDetails';

/** The API lives on the same origin as every SPA, whatever path the SPA itself is served under. */
const GRAPHQL_URL = '/graphql';

/** The API's answers to an expired or revoked access token. */
const REFUSED_TOKEN = new Set(['UNAUTHENTICATED', 'SESSION_REVOKED']);

interface GraphqlErrorPayload {
  message: string;
  extensions?: { code?: unknown; params?: unknown; fields?: unknown; requestId?: unknown };
}

interface GraphqlResponse<TResult> {
  data?: TResult | null;
  errors?: GraphqlErrorPayload[];
}

/** Where a request gets its access token and a renewed one (a session store). */
type TokenSource = Pick<SessionStore, 'currentAccessToken' | 'renewAccessToken'>;

/**
 * A GraphQL client for one session: runs an operation and returns its data, or throws an
 * ApiRequestError that carries the API's `extensions.code` (or NETWORK_ERROR when the server
 * could not be reached). A refused access token is renewed once and the operation sent again
 * (the API refuses a token before running anything, so a mutation does not run twice).
 */
export function createGraphqlRequest(tokens: TokenSource) {
  return async function request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TResult> {
    const accessToken = await tokens.currentAccessToken();
    try {
      return await postOperation(document, variables, accessToken);
    } catch (error) {
      if (
        !accessToken ||
        !(error instanceof ApiRequestError) ||
        !REFUSED_TOKEN.has(error.code ?? '')
      )
        throw error;
      const renewed = await tokens.renewAccessToken(accessToken);
      if (!renewed) throw error; // the session has ended; the app shows the login page
      return postOperation(document, variables, renewed);
    }
  };
}

/** Runs one GraphQL operation as the signed-in staff member. */
export const graphqlRequest = createGraphqlRequest({ currentAccessToken, renewAccessToken });

async function postOperation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
  accessToken: string | undefined,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': i18n.language,
        ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (cause) {
    throw new ApiRequestError('Could not reach the server', { code: NETWORK_ERROR, cause });
  }

  let body: GraphqlResponse<TResult>;
  try {
    body = (await response.json()) as GraphqlResponse<TResult>;
  } catch (cause) {
    // A proxy or gateway answered instead of the API (502/503/504 pages are not JSON).
    throw new ApiRequestError(`The server answered ${response.status} without a GraphQL body`, {
      code: NETWORK_ERROR,
      status: response.status,
      cause,
    });
  }

  const [firstError] = body.errors ?? [];
  if (firstError) {
    const extensions = firstError.extensions ?? {};
    throw new ApiRequestError(firstError.message, {
      code: typeof extensions.code === 'string' ? extensions.code : undefined,
      params: parseParams(extensions.params),
      fields: parseFieldErrors(extensions.fields),
      requestId: typeof extensions.requestId === 'string' ? extensions.requestId : undefined,
      status: response.status,
    });
  }
  if (!response.ok || body.data == null) {
    throw new ApiRequestError(`The server answered ${response.status} without data`, {
      status: response.status,
    });
  }
  return body.data;
}
