import { DataSourceOptions } from 'typeorm';
import { allMigrations } from '../../../migrations';

/**
 * One place that says how Reha talks to PostgreSQL. Schema changes come only from
 * migrations (`synchronize` is never on), and pools stay small so bursts fit in
 * PostgreSQL's 100 connections.
 */
export function dataSourceOptions(
  databaseUrl: string,
  poolSize: number,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations: allMigrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, application_name: 'reha' },
  };
}
