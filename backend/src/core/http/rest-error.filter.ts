import { ArgumentsHost, Catch, HttpException, Inject, Optional } from '@nestjs/common';
// A type-only import: it appears in a decorated constructor, and an interface has no runtime value.
import type { ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode, errorMessage, httpStatusForError, validationMessage } from '@reha/shared';
import type { Logger } from 'pino';
import { HTTP_ERROR_CODES } from '../errors/http-codes';
import { AppError, FieldProblem } from '../errors/app-error';
import { LOGGER } from '../logging/logging.module';
import { localeOf } from '../request/request-context';

/** What a REST client (and curl) gets for every error: `{ "error": { code, message } }`. */
export interface RestErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    params?: Record<string, string | number>;
    /** BAD_USER_INPUT: what is wrong with which field, in the caller's language. */
    fields?: Array<FieldProblem & { message: string }>;
    requestId?: string;
  };
}

/**
 * Errors of the routes outside GraphQL (REST controllers, and Nest's handler for unknown routes
 * such as /favicon.ico) as JSON with the right status, instead of Express's HTML page and a
 * logged stack trace. Client errors (4xx) are the client's business and are not logged: the
 * access log already has the request and its status. Server errors (5xx) are logged once, with
 * the request id, method and path — never the body or query string, which may hold personal
 * data — and their details never reach the client.
 *
 * Other contexts (GraphQL) are not its business: it hands them to `otherContexts` when given,
 * and rethrows them otherwise (as if it were not there). Nest runs only ONE global filter per
 * exception — the last registered `@Catch()` one — so two catch-all filters cannot split the
 * work between themselves; one must delegate to the other.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() private readonly otherContexts?: ExceptionFilter,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') {
      if (this.otherContexts) return this.otherContexts.catch(exception, host);
      throw exception;
    }
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const { status, code, params } = classify(exception);
    const requestId = req.id;
    if (status >= 500) {
      this.logger.error(
        { err: exception, requestId, method: req.method, path: req.path, status },
        'unhandled error',
      );
    }
    if (res.headersSent) {
      // Too late for an error body; end what was started so the client is not left hanging.
      res.end();
      return undefined;
    }
    if (code === ErrorCode.RATE_LIMITED && params.retryAfter === undefined) {
      const retryAfter = Number(res.getHeader('Retry-After'));
      if (Number.isFinite(retryAfter)) params.retryAfter = retryAfter;
    }
    const locale = localeOf(req);
    const fields = exception instanceof AppError ? exception.fields : [];
    const body: RestErrorBody = {
      error: {
        code,
        message: withoutUnfilled(errorMessage(code, locale, params)),
        ...(Object.keys(params).length ? { params } : {}),
        ...(fields.length
          ? {
              fields: fields.map((f) => ({
                ...f,
                message: validationMessage(f.key, locale, f.params),
              })),
            }
          : {}),
        ...(requestId ? { requestId } : {}),
      },
    };
    res.status(status).json(body);
    return undefined;
  }
}

/** Status, code and message parameters of anything thrown. */
function classify(exception: unknown): {
  status: number;
  code: ErrorCode;
  params: Record<string, string | number>;
} {
  if (exception instanceof AppError)
    return {
      status: httpStatusForError(exception.code),
      code: exception.code,
      params: { ...exception.params },
    };
  const status = statusOf(exception);
  if (status === undefined)
    return { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, params: {} };
  const code =
    HTTP_ERROR_CODES[status] ??
    (status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT);
  return { status, code, params: {} };
}

/**
 * The status an error carries: Nest's HttpException, or an http-errors style error (body
 * parsers, `send`) with a `status`/`statusCode` of 400–599.
 */
function statusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  if (exception && typeof exception === 'object') {
    const e = exception as { status?: unknown; statusCode?: unknown };
    const status = typeof e.status === 'number' ? e.status : e.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 600) return status;
  }
  return undefined;
}

/**
 * Drops the sentences whose `{param}` the error did not carry (a bare PayloadTooLargeException
 * does not know the limit): "The request is too large." rather than "… size is {max}."
 */
function withoutUnfilled(message: string): string {
  if (!/\{\w+\}/.test(message)) return message;
  const kept = message.split(/(?<=[.!?])\s+/).filter((sentence) => !/\{\w+\}/.test(sentence));
  return kept.length ? kept.join(' ') : message.replace(/\s*\{\w+\}/g, '');
}
