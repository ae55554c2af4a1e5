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
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit their types (a number for a String!): the caller's
            // mistake, reported as such rather than as a server error.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
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
