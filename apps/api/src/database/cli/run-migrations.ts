/** Applies pending migrations to DATABASE_URL (deployments run this before starting new API processes). */
import 'reflect-metadata';
import { runMigrations } from '../data-source';
import { MigrationsAheadError } from '../migration-state';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is required (npm start applies migrations to the embedded database by itself).');
    process.exit(2);
  }
  const applied = await runMigrations(url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
}

main().catch((error: unknown) => {
  console.error(error instanceof MigrationsAheadError ? error.message : error);
  process.exit(1);
});
