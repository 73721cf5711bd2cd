import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from './find-root';
import { API_NODE_FLAGS } from './node-flags';

describe('the API processes’ Node flags', () => {
  const root = findRepoRoot(__dirname);
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  it.each([
    ['npm start', () => JSON.parse(read('apps/api/package.json')).scripts['start:prod'] as string],
    ['the container', () => read('infra/Dockerfile').split('\n').find((line) => line.startsWith('CMD'))!],
    ['the chat benchmark’s load generator', () => JSON.parse(read('package.json')).scripts['bench:chat'] as string],
  ])('are the ones %s starts with', (_where, command) => {
    for (const flag of API_NODE_FLAGS) expect(command()).toContain(flag);
  });
});
