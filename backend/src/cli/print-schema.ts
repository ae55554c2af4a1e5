import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaText } from '../core/graphql/schema-text';

/** Writes backend/schema.gql, the committed GraphQL schema the SPAs generate types from. */
buildSchemaText()
  .then((text) => {
    const file = join(__dirname, '../../../schema.gql');
    writeFileSync(file, text);
    process.stdout.write(`Wrote ${file}\n`);
    process.exit(0);
  })
  .catch((error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
