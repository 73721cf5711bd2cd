import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const API_ROOT = join(__dirname, '..');
const MAIN = join(API_ROOT, 'dist/main.js');

/** A free TCP port on loopback (the OS picks it; it is released before the caller binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
  stop: () => Promise<void>;
}

/**
 * The built API (`node dist/main.js`) as its own OS process on loopback, exactly as deployed:
 * several of them on one database are what "more than one API process" means.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npm run build, or npm test which builds it)`);
  const port = await freePort();
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: API_ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`the API process exited (${child.exitCode}):\n${output.join('')}`);
      return (await fetch(`${baseUrl}/api/health`)).ok;
    }, `the API on ${baseUrl}`);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${output.join('')}`);
  }
  return {
    baseUrl,
    pid: child.pid ?? 0,
    output: () => output.join(''),
    exited,
    kill: (signal) => void child.kill(signal),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Starts the API expecting it to refuse: resolves with its exit code and output once it has exited. */
export async function runApiProcessToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [MAIN], {
    cwd: API_ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, output: output.join('') };
}

export interface ClusterProcess {
  /** The proxy's URL: the one address clients use. */
  baseUrl: string;
  /** Pid of the API process in each slot, as the launcher last reported it. */
  pids: () => Map<number, number>;
  output: () => string;
  stop: () => Promise<void>;
}

/** `npm run start:cluster` (the built launcher) on a free port, waiting until every process is ready. */
export async function startCluster(env: Record<string, string>, processes = 2): Promise<ClusterProcess> {
  const launcher = join(API_ROOT, 'dist/cluster/start-cluster.js');
  if (!existsSync(launcher)) throw new Error(`${launcher} is missing: build the API first`);
  const port = await freePort();
  const output: string[] = [];
  const pids = new Map<number, number>();
  let ready = false;
  let buffered = '';
  const child = spawn(process.execPath, [launcher], {
    cwd: API_ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, CLUSTER_PROCESSES: String(processes), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output.push(chunk.toString());
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as { name?: string; msg?: string; index?: number; pid?: number };
      if (entry.name !== 'cluster') continue;
      if (entry.msg === 'api process ready' && entry.index !== undefined && entry.pid) pids.set(entry.index, entry.pid);
      if (entry.msg === 'api process exited' && entry.index !== undefined) pids.delete(entry.index);
      if (entry.msg === 'cluster ready') ready = true;
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`the cluster launcher exited (${child.exitCode})`);
      return ready;
    }, 'the cluster', 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${output.join('')}`);
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pids: () => new Map(pids),
    output: () => output.join(''),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Whether the compiled API is older than its sources (a stale build would test yesterday's code). */
export function distIsStale(): boolean {
  if (!existsSync(MAIN)) return true;
  const built = statSync(MAIN).mtimeMs;
  const newest = spawnSync('find', [join(API_ROOT, 'src'), '-name', '*.ts', '-newermt', `@${Math.floor(built / 1000)}`], { encoding: 'utf8' });
  return newest.stdout.trim().length > 0;
}

export interface RedisServer {
  url: string;
  stop: () => Promise<void>;
}

/** A throwaway redis-server on loopback (no persistence), or null when the machine has none. */
export async function startRedis(): Promise<RedisServer | null> {
  if (spawnSync('redis-server', ['--version']).status !== 0) return null;
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        const probe = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
        resolve(probe.stdout.trim() === 'PONG');
      }),
    'redis-server',
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface DebianPostgres {
  /** postgres://… of a database on this server. */
  url: (database: string) => string;
  /** Directory of the server's own client programs (pg_dump, pg_restore), same major version. */
  bin: string;
  stop: () => Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster from Debian's packages (`postgresql`), whose pg_dump/pg_restore
 * match its version; the embedded server (18) is newer than Debian 12's client tools (15), which
 * pg_dump refuses. Null when the machine has no Debian PostgreSQL.
 */
export async function startDebianPostgres(): Promise<DebianPostgres | null> {
  const versions = spawnSync('ls', ['/usr/lib/postgresql'], { encoding: 'utf8' }).stdout.split('\n').filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/postgres`));
  const version = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!version) return null;
  const bin = `/usr/lib/postgresql/${version}/bin`;
  const dir = spawnSync('mktemp', ['-d', '/tmp/peerhub-debian-pg-XXXXXX'], { encoding: 'utf8' }).stdout.trim();
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: then it runs as the `postgres` user, which owns the folder.
  const run = (args: string[]) => {
    if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
    const result = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', ...args], { encoding: 'utf8', cwd: '/tmp' }) : spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}${result.stdout}`);
  };
  const port = await freePort();
  run([`${bin}/initdb`, '-D', `${dir}/data`, '-U', 'peerhub', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  run([`${bin}/pg_ctl`, '-D', `${dir}/data`, '-l', `${dir}/log`, '-w', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`, 'start']);
  return {
    url: (database) => `postgres://peerhub@127.0.0.1:${port}/${database}`,
    bin,
    stop: async () => {
      run([`${bin}/pg_ctl`, '-D', `${dir}/data`, '-m', 'fast', '-w', 'stop']);
      spawnSync('rm', ['-rf', dir]);
    },
  };
}
