import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfigSubset } from '../core/config/config.schema';
import { dataSourceOptions } from '../core/database/data-source-options';
import type { INestApplicationContext } from '@nestjs/common';
import { seedDemoOrganizations } from '../dev/demo-data';
import { createSeedContext } from './seed-context';

/**
 * Seed sets, each applied once (recorded in `seed_run`). Reference data (state service
 * codes, tariffs, limit rules) and demo data are added by their modules as they land.
 */
export interface SeedSet {
  name: string;
  demoOnly: boolean;
  /**
   * `dataSource` is the owner connection (reference data, maintenance writes); `services()`
   * starts the real services once, for sets that write personal data through them.
   */
  apply(dataSource: DataSource, services: () => Promise<INestApplicationContext>): Promise<void>;
}

export const seedSets: SeedSet[] = [
  { name: 'demo-organizations', demoOnly: true, apply: seedDemoOrganizations },
];

export async function seed(databaseUrl: string, options: { demo: boolean }): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, 2));
  await dataSource.initialize();
  const applied: string[] = [];
  let context: Promise<INestApplicationContext> | undefined;
  const services = () => (context ??= createSeedContext(databaseUrl));
  try {
    for (const set of seedSets) {
      if (set.demoOnly && !options.demo) continue;
      const done = (await dataSource.query(`SELECT 1 FROM seed_run WHERE name = $1`, [
        set.name,
      ])) as unknown[];
      if (done.length) continue;
      await set.apply(dataSource, services);
      await dataSource.query(`INSERT INTO seed_run (name) VALUES ($1)`, [set.name]);
      applied.push(set.name);
    }
    return applied;
  } finally {
    if (context) await (await context).close();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  let config: { databaseUrl: string };
  try {
    config = loadConfigSubset(['databaseUrl', 'masterKey', 'indexKey', 'jwtSecret']);
  } catch (error) {
    process.stderr.write(`${(error as ConfigError).message}\n`);
    process.exit(78);
  }
  seed(config.databaseUrl, { demo: !process.argv.includes('--reference-only') })
    .then((names) =>
      process.stdout.write(
        names.length ? `Seeded: ${names.join(', ')}\n` : 'Nothing new to seed.\n',
      ),
    )
    .catch((error: Error) => {
      process.stderr.write(`Seeding failed: ${error.message}\n`);
      process.exit(1);
    });
}
