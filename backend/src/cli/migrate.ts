import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfigSubset } from '../core/config/config.schema';
import { dataSourceOptions } from '../core/database/data-source-options';
import { DEFAULT_ROLES } from '../core/auth/default-roles';
import { asMaintenance } from '../core/tenancy/maintenance';
import { syncDefaultRoles } from '../../migrations/helpers/roles';

/**
 * Applies pending migrations, then brings the default roles in line with their data file
 * (src/core/auth/default-roles.ts); `--revert` undoes the last migration.
 */
export async function migrate(databaseUrl: string, revert = false): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, 2));
  await dataSource.initialize();
  try {
    if (revert) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      return ['reverted last migration'];
    }
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await asMaintenance(dataSource, async (m) => {
      const [{ present }] = (await m.query(
        `SELECT to_regclass('default_role') IS NOT NULL AS present`,
      )) as { present: boolean }[];
      if (present) await syncDefaultRoles((sql, params) => m.query(sql, params), DEFAULT_ROLES);
    });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  let config: { databaseUrl: string };
  try {
    config = loadConfigSubset(['databaseUrl']);
  } catch (error) {
    process.stderr.write(`${(error as ConfigError).message}\n`);
    process.exit(78);
  }
  migrate(config.databaseUrl, process.argv.includes('--revert'))
    .then((names) => {
      process.stdout.write(
        names.length ? `Applied: ${names.join(', ')}\n` : 'Database schema is up to date.\n',
      );
    })
    .catch((error: Error) => {
      process.stderr.write(`Migration failed: ${error.message}\n`);
      process.exit(1);
    });
}
