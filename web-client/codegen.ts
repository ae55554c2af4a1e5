import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations written in src/ with `graphql(...)`.
// `documentMode: 'string'` keeps the graphql AST library out of the browser bundle:
// each document is its query text plus types, posted as-is by graphqlRequest.
const config: CodegenConfig = {
  schema: '../backend/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
