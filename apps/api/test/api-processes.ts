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

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface ApiProcess {
  baseUrl: string;
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
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
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
