import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.schema';
import { createApp } from './create-app';
import { runMigrations } from './database/data-source';
import { MigrationsAheadError } from './database/migration-state';
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from './database/embedded-postgres';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './database/seeds/demo-data';
import { seedDemo } from './database/seeds/demo-seed';

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: RunningPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.log(`Starting the embedded PostgreSQL (data in ${config.dataDir}) …`);
    embedded = await startEmbeddedPostgres(config.dataDir, { port: config.embeddedPgPort });
    await ensureDatabase(embedded.url('postgres'), 'peerhub');
    databaseUrl = embedded.url('peerhub');
  }

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  // Graceful stop: readiness turns 503, the HTTP server stops accepting and finishes its requests,
  // live connections are closed (clients reconnect to another process and catch up from their seq),
  // running jobs finish (the rest stay queued for another process), then the pools close.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping …`);
    const deadline = setTimeout(() => {
      console.error(`Still stopping after ${config.shutdownGraceSeconds + 5} s: exiting anyway.`);
      process.exit(1);
    }, (config.shutdownGraceSeconds + 5) * 1000);
    deadline.unref();
    let failed = false;
    await app?.close().catch((error: unknown) => {
      failed = true;
      console.error('Stopping the API failed:', error);
    });
    await embedded?.stop().catch(() => undefined);
    console.log('Stopped.');
    process.exit(failed ? 1 : 0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const applied = await runMigrations(databaseUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const seeded = config.seedDemo ? await seedDemo(databaseUrl) : false;

  app = await createApp(config, databaseUrl);
  await app.listen({ port: config.port, host: config.host });

  const lines = [
    '',
    `  Peerhub is running on ${config.publicUrl}`,
    `  API reference: ${config.publicUrl}/api/docs`,
    embedded ? `  Database: embedded PostgreSQL, data in ${config.dataDir}` : '  Database: DATABASE_URL',
  ];
  if (config.seedDemo) {
    lines.push(seeded ? '  Demo data: seeded' : '  Demo data: already there', `  Demo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const p of DEMO_PEOPLE.slice(0, 4)) lines.push(`    ${p.email}`);
  }
  lines.push('  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationsAheadError) console.error(error.message);
  else console.error('Peerhub could not start:', error);
  process.exit(1);
});
