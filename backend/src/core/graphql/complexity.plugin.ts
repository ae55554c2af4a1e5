import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@reha/shared';

/**
 * Refuses operations whose estimated cost is over the limit before any resolver runs.
 * Fields cost 1 unless they declare `complexity`; list fields declare it from their page size.
 */
export function complexityPlugin(schema: () => GraphQLSchema, maximum: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema: schema(),
            operationName: request.operationName,
            query: document,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maximum) {
            throw new GraphQLError(`Query complexity ${complexity} exceeds ${maximum}`, {
              extensions: {
                code: ErrorCode.QUERY_TOO_COMPLEX,
                params: { complexity, max: maximum },
                http: { status: 400 },
              },
            });
          }
        },
      };
    },
  };
}
