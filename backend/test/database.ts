import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL the integration tests use: TEST_DATABASE_URL, or the local server as postgres. */
export function adminDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * The migrated template of this test run. Each run has its own (named by global setup and
 * passed to the workers through the environment), so two runs on one server do not drop
 * each other's databases.
 */
export function templateDatabase(): string {
  return process.env.REHA_TEST_TEMPLATE ?? 'reha_test_template';
}

export function databaseUrl(name: string): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One statement on `url` through its own short-lived connection, as the superuser sees it. */
export async function queryDatabase<T = Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database cloned from the migrated template (global setup): migrations run once per
 * test run, and every test file gets its own empty, fully migrated database in milliseconds.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  // The creation time in the name lets global setup tell an old leftover from a live one.
  const name = `reha_t_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`));
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
