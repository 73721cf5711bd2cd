import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT, E2E_OUTPUT_DIR, E2E_WEB_DIST (another build of the web app) and E2E_API_DIR (another build of apps/api) let several runs share a
// machine; the defaults are what CI uses.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const API_DIR = process.env.E2E_API_DIR ?? '../api';
// A fresh embedded PostgreSQL per run, seeded with the demo data (kept in the env so workers see the same folder).
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), `peerhub-e2e-${Date.now()}-`));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 800 },
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Debian's Chromium, as root in a sandboxed machine with no outside network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node ${API_DIR}/dist/main.js`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(PORT), DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn', PUBLIC_URL: `http://localhost:${PORT}`, WEB_DIST: process.env.E2E_WEB_DIST ?? resolve('dist') },
  },
});
