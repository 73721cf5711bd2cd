/**
 * `npm run start:cluster`: N API processes (`dist/main.js`, default one per CPU) on this machine
 * behind one port. PostgreSQL (embedded when DATABASE_URL is unset) is started and migrated once
 * here; the processes share live events through the socket.io adapter (REDIS_URL, or PostgreSQL)
 * and jobs through pg-boss. A process that dies is started again in its slot.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { ConfigError, loadConfig } from '../config/config.schema';
import { runMigrations } from '../database/data-source';
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from '../database/embedded-postgres';
import { MigrationsAheadError } from '../database/migration-state';
import { seedDemo } from '../database/seeds/demo-seed';
import { freePort } from './free-port';
import { startStickyProxy, type Upstream } from './sticky-proxy';
import { API_NODE_FLAGS } from '../config/node-flags';

const MAIN = join(__dirname, '..', 'main.js');

/** One JSON line per event, like the API's own pino lines, so one log pipeline reads both. */
const log = (entry: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ time: Date.now(), name: 'cluster', level: 'info', ...entry })}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const count = config.clusterProcesses ?? availableParallelism();
  let embedded: RunningPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, { port: config.embeddedPgPort });
    await ensureDatabase(embedded.url('postgres'), 'peerhub');
    databaseUrl = embedded.url('peerhub');
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length) log({ msg: 'applied migrations', migrations: applied });
  if (config.seedDemo) await seedDemo(databaseUrl);

  // Every process must sign and check tokens with the same key.
  const jwtSecret = resolveJwtSecret(config);
  const upstreams: Upstream[] = [];
  const children = new Map<number, ChildProcess>();
  let stopping = false;
  let proxy: Server | null = null;

  const startProcess = async (index: number, restarts = 0): Promise<void> => {
    const port = await freePort();
    const upstream = upstreams[index] ?? { index, url: '', alive: false };
    upstreams[index] = Object.assign(upstream, { url: `http://127.0.0.1:${port}`, alive: false });
    const child = spawn(process.execPath, [...API_NODE_FLAGS, MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        JWT_SECRET: jwtSecret,
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: config.publicUrl,
        TRUST_PROXY: 'true',
        SEED_DEMO: 'false',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.set(index, child);
    log({ msg: 'api process started', index, pid: child.pid, port });
    child.once('exit', (code, signal) => {
      upstream.alive = false;
      children.delete(index);
      if (stopping) return;
      log({ level: 'warn', msg: 'api process exited', index, pid: child.pid, code, signal });
      // Back off when a process keeps dying (a bad deployment), up to 30 s between attempts.
      const delay = Math.min(30_000, 500 * 2 ** Math.min(restarts, 6));
      setTimeout(() => void startProcess(index, restarts + 1).catch((error: unknown) => log({ level: 'error', msg: 'restart failed', index, error: String(error) })), delay).unref();
    });
    // In rotation once its readiness says so.
    for (let attempt = 0; attempt < 600 && child.exitCode === null && !stopping; attempt++) {
      const ready = await fetch(`${upstream.url}/api/health/ready`).then((r) => r.ok, () => false);
      if (ready) {
        upstream.alive = true;
        log({ msg: 'api process ready', index, pid: child.pid, port });
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log({ msg: 'stopping', signal });
    proxy?.close();
    // Each process stops gracefully on SIGTERM (drains sockets, finishes jobs).
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await embedded?.stop().catch(() => undefined);
    log({ msg: 'stopped' });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  proxy = await startStickyProxy(upstreams, { port: config.port, host: config.host, log });
  await Promise.all(Array.from({ length: count }, (_, index) => startProcess(index)));
  // A process that died while starting is restarted by its exit handler: wait for every slot.
  while (!stopping && upstreams.some((u) => !u.alive)) await new Promise((r) => setTimeout(r, 100));
  log({ msg: 'cluster ready', processes: count, url: config.publicUrl, port: config.port });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof MigrationsAheadError ? error.message : error);
  process.exit(1);
});
