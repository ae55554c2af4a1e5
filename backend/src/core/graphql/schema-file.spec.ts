import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaText } from './schema-text';

describe('the committed GraphQL schema', () => {
  it('is current with the resolvers (run `npm run schema` after changing them)', async () => {
    const committed = readFileSync(join(__dirname, '../../../schema.gql'), 'utf8');
    expect(committed).toBe(await buildSchemaText());
  });
});
