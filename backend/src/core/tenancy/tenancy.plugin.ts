import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '@reha/shared';
import { AppError } from '../errors/app-error';
import { formatGraphqlError, localizeError } from '../graphql/errors';
import type { RequestContext } from '../request/request-context';
import { TenantTransactions } from './tenant-transactions';

/** Root fields that carry no tenant or personal data and need no transaction. */
const PUBLIC_ROOT_FIELDS = new Set(['serverInfo', '__typename', '__schema', '__type']);

/** Adds a root field that opens no transaction (benchmarks' plain baseline resolver only). */
export function registerPublicRootField(name: string): void {
  PUBLIC_ROOT_FIELDS.add(name);
}

function isPublic(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && PUBLIC_ROOT_FIELDS.has(s.name.value),
  );
}

/**
 * One transaction per GraphQL operation: opened once the operation is parsed and validated,
 * before any resolver, field resolver or DataLoader runs (they all find it in the scope, so
 * nested fields use the same connection and the same organization context); committed when
 * the response is ready, or rolled back when any error was raised — nothing is half-written.
 */
export function tenancyPlugin(
  transactions: TenantTransactions,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!operation || isPublic(operation)) return;
          try {
            await transactions.begin(contextValue.scope);
          } catch (error) {
            const code = error instanceof AppError ? error.code : ErrorCode.SERVICE_UNAVAILABLE;
            throw new GraphQLError(code, { extensions: { code } });
          }
        },
        async willSendResponse({ contextValue, response }) {
          const scope = contextValue?.scope;
          if (!scope?.transaction || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const errors = result.errors ?? [];
          const errorCode = errors[0]?.extensions?.code as string | undefined;
          try {
            await transactions.end(scope, { ok: errors.length === 0, errorCode });
          } catch {
            // The commit failed: the client must not believe anything was saved.
            result.data = null;
            // Localized here: the localizing plugin may already have run.
            const failed = new GraphQLError(ErrorCode.SERVICE_UNAVAILABLE, {
              extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
            }).toJSON();
            result.errors = [
              ...errors,
              localizeError(formatGraphqlError(failed), contextValue.locale, scope.requestId),
            ];
          }
        },
      };
    },
  };
}
