import type { TypedDocumentString } from '../gql/graphql';
import { i18n } from '../i18n/i18n';
import { GraphqlRequestError, NETWORK_ERROR, type FieldError } from './GraphqlRequestError';

/** The API lives on the same origin as every SPA, whatever path the SPA itself is served under. */
const GRAPHQL_URL = '/graphql';

interface GraphqlErrorPayload {
  message: string;
  extensions?: { code?: unknown; params?: unknown; fields?: unknown; requestId?: unknown };
}

interface GraphqlResponse<TResult> {
  data?: TResult | null;
  errors?: GraphqlErrorPayload[];
}

/**
 * Runs one GraphQL operation and returns its data, or throws a GraphqlRequestError that carries
 * the API's `extensions.code` (or NETWORK_ERROR when the server could not be reached).
 */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      credentials: 'include',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': i18n.language,
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (cause) {
    throw new GraphqlRequestError('Could not reach the server', { code: NETWORK_ERROR, cause });
  }

  let body: GraphqlResponse<TResult>;
  try {
    body = (await response.json()) as GraphqlResponse<TResult>;
  } catch (cause) {
    // A proxy or gateway answered instead of the API (502/503/504 pages are not JSON).
    throw new GraphqlRequestError(`The server answered ${response.status} without a GraphQL body`, {
      code: NETWORK_ERROR,
      status: response.status,
      cause,
    });
  }

  const [firstError] = body.errors ?? [];
  if (firstError) {
    const extensions = firstError.extensions ?? {};
    throw new GraphqlRequestError(firstError.message, {
      code: typeof extensions.code === 'string' ? extensions.code : undefined,
      params: parseParams(extensions.params),
      fields: parseFieldErrors(extensions.fields),
      requestId: typeof extensions.requestId === 'string' ? extensions.requestId : undefined,
      status: response.status,
    });
  }
  if (!response.ok || body.data == null) {
    throw new GraphqlRequestError(`The server answered ${response.status} without data`, {
      status: response.status,
    });
  }
  return body.data;
}

function parseParams(value: unknown): Record<string, string | number> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is FieldError =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as FieldError).field === 'string' &&
      typeof (item as FieldError).message === 'string',
  );
}
