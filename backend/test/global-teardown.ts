import { templateDatabase, withAdmin } from './database';

/** Drops this run's template database (the per-file databases drop themselves). */
export default async function globalTeardown(): Promise<void> {
  const template = process.env.REHA_TEST_TEMPLATE;
  if (!template) return;
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${templateDatabase()} WITH (FORCE)`));
}
