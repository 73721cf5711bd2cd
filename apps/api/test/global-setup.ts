/**
 * One PostgreSQL for the whole run (embedded, or DATABASE_URL when given), with a template database
 * migrated once; each test file then gets a fresh database copied from the template.
 */
import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { TEMPLATE_DB, withDatabase } from './database-url';

export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'peerhub-test-'));
    const pg = await startEmbeddedPostgres(dir);
    (globalThis as { __peerhubPg?: unknown }).__peerhubPg = { pg, dir };
    adminUrl = pg.url('postgres');
  }
  process.env.PEERHUB_TEST_ADMIN_URL = adminUrl;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await runMigrations(withDatabase(adminUrl, TEMPLATE_DB));
}
