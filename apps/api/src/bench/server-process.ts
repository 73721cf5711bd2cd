import { spawn } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { API_NODE_FLAGS } from '../config/node-flags';

/**
 * A server of the chat benchmark in a process of its own, as it runs in production (with the
 * API's Node flags, config/node-flags.ts, for the bare server too), so the load generator's 500
 * clients (their work and their garbage) do not share its event loop.
 * BENCH_SERVER_NODE_FLAGS adds Node flags (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" or
 * "--trace-gc"; a later flag wins); BENCH_SERVER_OUTPUT=<file> keeps what it printed.
 */
export async function startServerProcess(script: string, env: Record<string, string>, ready: (output: string) => boolean | Promise<boolean>): Promise<{ stop: () => Promise<void> }> {
  const flags = [...API_NODE_FLAGS, ...(process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? [])];
  const child = spawn(process.execPath, [...flags, join(__dirname, '..', script)], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited:\n${output}`);
    if (await Promise.resolve(ready(output)).catch(() => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      if (process.env.BENCH_SERVER_OUTPUT) await appendFile(process.env.BENCH_SERVER_OUTPUT, `--- ${script}\n${output}`);
    },
  };
}
