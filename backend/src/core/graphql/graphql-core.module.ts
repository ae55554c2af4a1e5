import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { localeOf, RequestContext } from '../request/request-context';
import { AccessTokens, InvalidTokenError } from '../auth/access-tokens';
import { Clock } from '../clock/clock';
import { currentScope, newScope } from '../tenancy/scope';
import { tenancyPlugin } from '../tenancy/tenancy.plugin';
import { TenantTransactions } from '../tenancy/tenant-transactions';
import { ErrorCode } from '@reha/shared';
import { DataLoaderRegistry } from './dataloader-registry';
import { complexityPlugin } from './complexity.plugin';
import { formatGraphqlError, localizeErrorsPlugin } from './errors';

/**
 * Code-first GraphQL on Apollo: depth and complexity limits, one error format, a fresh
 * DataLoader registry per operation. The schema is built in memory; `npm run schema` writes
 * backend/schema.gql, which a test keeps current.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, TenantTransactions, AccessTokens, Clock],
      useFactory: (
        config: AppConfig,
        transactions: TenantTransactions,
        tokens: AccessTokens,
        clock: Clock,
      ) => {
        let schema: GraphQLSchema | undefined;
        return {
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: true,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          transformSchema: (built: GraphQLSchema) => (schema = built),
          validationRules: [depthLimit(config.graphqlMaxDepth)],
          plugins: [
            complexityPlugin(() => schema!, config.graphqlMaxComplexity),
            tenancyPlugin(transactions),
            localizeErrorsPlugin(),
          ] as unknown as ApolloDriverConfig['plugins'],
          formatError: formatGraphqlError,
          context: async ({
            req,
            res,
          }: {
            req: Request;
            res: Response;
          }): Promise<RequestContext> => {
            const requestId = (req as Request & { id?: string }).id ?? '';
            // The /graphql middleware opened the scope (main.ts); a scope is never shared.
            const scope = currentScope() ?? newScope({ requestId, ip: req.ip });
            try {
              scope.principal = tokens.principalOf(req.headers.authorization);
            } catch (error) {
              if (!(error instanceof InvalidTokenError)) throw error;
              scope.auditAfterRollback.push({
                action: 'denied',
                entityType: 'access_token',
                result: 'denied',
                errorCode: ErrorCode.UNAUTHENTICATED,
                occurredAt: clock.now(),
              });
              await transactions.end(scope, { ok: false });
              throw new GraphQLError(ErrorCode.UNAUTHENTICATED, {
                extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
              });
            }
            return {
              req,
              res,
              requestId,
              locale: localeOf(req),
              loaders: new DataLoaderRegistry(),
              scope,
              principal: scope.principal,
            };
          },
        };
      },
    }),
  ],
})
export class GraphqlCoreModule {}
