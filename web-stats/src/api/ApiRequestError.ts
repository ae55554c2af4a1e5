/** One invalid input field, as the API reports it for BAD_USER_INPUT (message in the request's language). */
export interface FieldError {
  field: string;
  message: string;
}

/** The client-side code for "the request never got an answer from the API"; not an API error code. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

interface ApiRequestErrorDetails {
  code?: string;
  params?: Record<string, string | number>;
  fields?: FieldError[];
  requestId?: string;
  status?: number;
  cause?: unknown;
}

/**
 * A failed API request — GraphQL (its `extensions`) or a REST /auth endpoint (its `error` body):
 * the error code, params, fields, requestId and HTTP status.
 */
export class ApiRequestError extends Error {
  /** The API's error code, NETWORK_ERROR, or undefined when the API gave none. */
  readonly code: string | undefined;
  /** Values for the `{placeholders}` of the code's message in @reha/shared. */
  readonly params: Record<string, string | number>;
  readonly fields: FieldError[];
  /** The server's id of the request, for support to find it in the logs. */
  readonly requestId: string | undefined;
  readonly status: number | undefined;

  constructor(message: string, details: ApiRequestErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.name = 'ApiRequestError';
    this.code = details.code;
    this.params = details.params ?? {};
    this.fields = details.fields ?? [];
    this.requestId = details.requestId;
    this.status = details.status;
  }

  get isNetworkError(): boolean {
    return this.code === NETWORK_ERROR;
  }
}
