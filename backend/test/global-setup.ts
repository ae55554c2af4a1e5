import 'reflect-metadata';
import { migrate } from '../src/cli/migrate';
import { databaseUrl, TEMPLATE_DATABASE, withAdmin } from './database';

/** Builds the migrated template database that every integration test file clones. */
export default async function globalSetup(): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    // Leftovers of interrupted runs.
    const stale = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'reha_t_%'`,
    );
    for (const row of stale.rows)
      await c.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await migrate(databaseUrl(TEMPLATE_DATABASE));
}
