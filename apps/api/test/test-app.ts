import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../src/config/config.schema';
import { createApp } from '../src/create-app';
import { TEMPLATE_DB, withDatabase } from './database-url';

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** http://127.0.0.1:<port> of the listening app, for socket.io clients. */
  baseUrl: string;
  databaseUrl: string;
  close: () => Promise<void>;
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.PEERHUB_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh database copied from the migrated template, and the real app on it, listening on a free port. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `peerhub_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
  return {
    url: withDatabase(process.env.PEERHUB_TEST_ADMIN_URL!, name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A second API process-like instance on an existing test database (its own server, pool and adapter). */
export async function createTestAppOn(databaseUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  return createTestApp(env, { url: databaseUrl, drop: async () => undefined });
}

export async function createTestApp(
  env: Record<string, string> = {},
  existing?: { url: string; drop: () => Promise<void> },
): Promise<TestApp> {
  const database = existing ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    DATABASE_URL: database.url,
    PUBLIC_URL: 'http://peerhub.test',
    ...env,
  });
  const app = await createApp(config, database.url);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    baseUrl: `http://127.0.0.1:${port}`,
    databaseUrl: database.url,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
