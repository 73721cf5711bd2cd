import { rm } from 'node:fs/promises';
import type { RunningPostgres } from '../src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __peerhubPg?: { pg: RunningPostgres; dir: string } }).__peerhubPg;
  if (!started) return;
  await started.pg.stop();
  await rm(started.dir, { recursive: true, force: true });
}
