import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, errorMessage, Locale, validationMessage } from '@reha/shared';
import type { Logger } from 'pino';
import { HTTP_ERROR_CODES } from '../errors/http-codes';
import { AppError, FieldProblem } from '../errors/app-error';
import type { RequestContext } from '../request/request-context';

/** What a client finds in `extensions` of every Reha error. */
export interface ErrorExtensions {
  code: ErrorCode;
  params?: Record<string, string | number>;
  fields?: Array<FieldProblem & { message?: string }>;
  requestId?: string;
}

/** Turns any thrown value into Reha's error shape. Unknown errors are logged and hidden. */
export function toAppError(exception: unknown, logger?: Logger, requestId?: string): AppError {
  if (exception instanceof AppError) return exception;
  if (exception instanceof ThrottlerException) return new AppError(ErrorCode.RATE_LIMITED);
  if (exception instanceof HttpException) {
    const code = HTTP_ERROR_CODES[exception.getStatus()];
    if (code) return new AppError(code);
  }
  logger?.error({ err: exception, requestId }, 'unhandled error');
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR);
}

/** Resolver errors become GraphQL errors with a stable `extensions.code`. */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() !== 'graphql') throw exception;
    const context = GqlArgumentsHost.create(host).getContext<RequestContext>();
    if (exception instanceof GraphQLError) return exception;
    const error = toAppError(exception, this.logger, context?.requestId);
    const extensions: ErrorExtensions = { code: error.code, params: error.params };
    if (error.fields.length) extensions.fields = error.fields;
    return new GraphQLError(error.code, { extensions: { ...extensions } });
  }
}

const DEPTH_MESSAGE = /exceeds maximum operation depth of (\d+)/;

/**
 * Gives errors raised by Apollo and graphql-js themselves (parse, validation, depth) the same
 * shape; never leaks stack traces.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  delete ext.stacktrace;
  delete ext.exception;
  let code = ext.code as string | undefined;
  const depth = DEPTH_MESSAGE.exec(formatted.message);
  if (depth) {
    code = ErrorCode.QUERY_TOO_DEEP;
    ext.params = { max: Number(depth[1]) };
  } else if (code === 'GRAPHQL_PARSE_FAILED') code = ErrorCode.GRAPHQL_PARSE_FAILED;
  else if (code === 'GRAPHQL_VALIDATION_FAILED') code = ErrorCode.GRAPHQL_VALIDATION_FAILED;
  else if (code === 'BAD_USER_INPUT' && !ext.fields) {
    // graphql-js variable coercion: keep its precise English text as a detail.
    ext.detail = formatted.message;
  } else if (!code || !(Object.values(ErrorCode) as string[]).includes(code)) {
    code = ErrorCode.INTERNAL_SERVER_ERROR;
  }
  if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED || code === ErrorCode.GRAPHQL_PARSE_FAILED) {
    ext.detail = formatted.message;
  }
  ext.code = code;
  return { ...formatted, extensions: ext };
}

/** Writes each error's message, and each field's, in the caller's language. */
export function localizeError(
  formatted: GraphQLFormattedError,
  locale: Locale,
  requestId?: string,
): GraphQLFormattedError {
  const ext = { ...(formatted.extensions ?? {}) } as unknown as ErrorExtensions &
    Record<string, unknown>;
  const code = ext.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
  const fields = ext.fields?.map((f) => ({
    ...f,
    message: validationMessage(f.key, locale, f.params),
  }));
  const message = errorMessage(code, locale, ext.params);
  return {
    ...formatted,
    message,
    extensions: { ...ext, ...(fields ? { fields } : {}), ...(requestId ? { requestId } : {}) },
  };
}

export function localizeErrorsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const locale = contextValue?.locale ?? 'et';
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            localizeError(e, locale, contextValue?.requestId),
          );
        },
      };
    },
  };
}
