import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import depthLimit from 'graphql-depth-limit';
import { GraphQLSchema } from 'graphql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { localeOf, RequestContext } from '../request/request-context';
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
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
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
            localizeErrorsPlugin(),
          ] as unknown as ApolloDriverConfig['plugins'],
          formatError: formatGraphqlError,
          context: ({ req, res }: { req: Request; res: Response }): RequestContext => ({
            req,
            res,
            requestId: (req as Request & { id?: string }).id ?? '',
            locale: localeOf(req),
            loaders: new DataLoaderRegistry(),
          }),
        };
      },
    }),
  ],
})
export class GraphqlCoreModule {}
