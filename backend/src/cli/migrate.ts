import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfigSubset } from '../core/config/config.schema';
import { dataSourceOptions } from '../core/database/data-source-options';

/** Applies pending migrations; `--revert` undoes the last one. */
export async function migrate(databaseUrl: string, revert = false): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, 2));
  await dataSource.initialize();
  try {
    if (revert) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      return ['reverted last migration'];
    }
    const applied = await dataSource.runMigrations({ transaction: 'each' });
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
