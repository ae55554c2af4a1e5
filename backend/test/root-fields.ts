import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/type-metadata.storage.js';
import type { GraphQLSchema } from 'graphql';
import { accessOf, ResolverAccess } from '../src/core/auth/require-permission';
import { graphqlResolvers } from '../src/graphql-resolvers';

export type RootOperation = 'Query' | 'Mutation' | 'Subscription';

/** One root field of the schema with the resolver method behind it and what it declares. */
export interface RootField {
  operation: RootOperation;
  name: string;
  /** `ClassName.method`, or undefined when no resolver class declares the field. */
  resolver?: string;
  access?: ResolverAccess;
}

type Resolver = { name: string; prototype: object };

/**
 * Every Query, Mutation and Subscription field of `schema`, each with the access declaration
 * (`@RequirePermission`, `@RequirePrincipal`, `@Public`) of the resolver method that serves
 * it — read from the same metadata the PermissionGuard reads.
 */
export function rootFieldsOf(
  schema: GraphQLSchema,
  resolvers: readonly Resolver[] = graphqlResolvers,
): RootField[] {
  const known = new Set<unknown>(resolvers);
  const metadata: Record<
    RootOperation,
    ReturnType<typeof TypeMetadataStorage.getQueriesMetadata>
  > = {
    Query: TypeMetadataStorage.getQueriesMetadata(),
    Mutation: TypeMetadataStorage.getMutationsMetadata(),
    Subscription: TypeMetadataStorage.getSubscriptionsMetadata(),
  };
  const types: Record<RootOperation, ReturnType<GraphQLSchema['getQueryType']>> = {
    Query: schema.getQueryType(),
    Mutation: schema.getMutationType(),
    Subscription: schema.getSubscriptionType(),
  };
  const fields: RootField[] = [];
  for (const operation of ['Query', 'Mutation', 'Subscription'] as const) {
    for (const name of Object.keys(types[operation]?.getFields() ?? {}).sort()) {
      const candidates = metadata[operation].filter((m) => m.schemaName === name);
      const entry = candidates.find((m) => known.has(m.target)) ?? candidates[0];
      if (!entry) {
        fields.push({ operation, name });
        continue;
      }
      const target = entry.target as unknown as Resolver;
      const handler = (target.prototype as Record<string, object>)[entry.methodName]!;
      fields.push({
        operation,
        name,
        resolver: `${target.name}.${entry.methodName}`,
        access: accessOf(handler, target),
      });
    }
  }
  return fields;
}

/** The application's schema built from graphql-resolvers.ts, without a database. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    return await app.get(GraphQLSchemaFactory).create([...graphqlResolvers]);
  } finally {
    await app.close();
  }
}
