import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { migrate } from '../src/cli/migrate';
import { databaseUrl, withAdmin } from './database';

/** Databases of a run older than this are leftovers of an interrupted run. */
const LEFTOVER_AGE_S = 2 * 60 * 60;

/**
 * Builds this run's migrated template database, which every integration test file clones.
 * Names carry their creation time, so cleaning up drops only old, unused leftovers — never the
 * databases of another test run going on at the same time on the same server.
 */
export default async function globalSetup(): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const template = `reha_test_template_${now}_${randomBytes(3).toString('hex')}`;
  // Inherited by the test workers, which clone it (test/database.ts).
  process.env.REHA_TEST_TEMPLATE = template;
  await withAdmin(async (c) => {
    const { rows } = await c.query<{ datname: string; connections: number }>(
      `SELECT d.datname,
              (SELECT count(*)::int FROM pg_stat_activity a WHERE a.datname = d.datname) AS connections
         FROM pg_database d
        WHERE d.datname LIKE 'reha\\_t\\_%' OR d.datname LIKE 'reha\\_test\\_template%'`,
    );
    for (const { datname, connections } of rows) {
      const created = /_(\d{10})_/.exec(datname)?.[1];
      const old = created === undefined || now - Number(created) > LEFTOVER_AGE_S;
      if (!old || connections > 0) continue;
      await c.query(`DROP DATABASE IF EXISTS ${datname}`).catch(() => undefined);
    }
    await c.query(`CREATE DATABASE ${template}`);
  });
  await migrate(databaseUrl(template));
}
