import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MigrationsAheadError, readMigrationState } from './migration-state';
import { MIGRATIONS } from './migrations';

/** One definition of the connection, used by the app, the CLI scripts and the tests. */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Schema changes only ever come from migrations, run explicitly at start-up.
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10, application_name: 'peerhub-api' },
    ...overrides,
  } as DataSourceOptions;
}

/**
 * Applies pending migrations with a short-lived connection of its own, after making sure the
 * database was not migrated by a newer release (older code must not run on a newer schema).
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const { unknown } = await readMigrationState(dataSource);
    if (unknown.length > 0) throw new MigrationsAheadError(unknown);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
