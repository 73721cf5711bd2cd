import { MIGRATIONS } from './migrations';

/** Anything that runs SQL: a TypeORM DataSource or QueryRunner, or a pg client. */
interface Queryable {
  query(sql: string): Promise<unknown>;
}

export const MIGRATIONS_TABLE = 'typeorm_migrations';

/** The migrations this build knows, by name, in order. */
export const KNOWN_MIGRATIONS: string[] = MIGRATIONS.map((m) => m.name);

export interface MigrationState {
  /** Known to this build, not yet applied. */
  pending: string[];
  /** Applied to the database, unknown to this build: a newer release migrated it. */
  unknown: string[];
}

/** Compares the migrations recorded in the database with the ones this build ships. */
export async function readMigrationState(db: Queryable): Promise<MigrationState> {
  const result = (await db.query(`SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS present`)) as Array<{ present: boolean }> | { rows: Array<{ present: boolean }> };
  const present = (Array.isArray(result) ? result : result.rows)[0]?.present === true;
  if (!present) return { pending: [...KNOWN_MIGRATIONS], unknown: [] };
  const rows = (await db.query(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp`)) as Array<{ name: string }> | { rows: Array<{ name: string }> };
  const applied = (Array.isArray(rows) ? rows : rows.rows).map((r) => r.name);
  const appliedSet = new Set(applied);
  const known = new Set(KNOWN_MIGRATIONS);
  return { pending: KNOWN_MIGRATIONS.filter((name) => !appliedSet.has(name)), unknown: applied.filter((name) => !known.has(name)) };
}

export class MigrationsAheadError extends Error {
  constructor(readonly unknown: string[]) {
    super(
      `The database was migrated by a newer release of Peerhub: it has ${unknown.length} migration(s) this code does not know (${unknown.join(', ')}). ` +
        'Refusing to start, since this code would misread that schema. Deploy the release that applied them, or restore a backup taken before the upgrade (docs/operations.md).',
    );
    this.name = 'MigrationsAheadError';
  }
}
