import { defineConfig } from '@playwright/test';

// scripts/e2e.sh builds the app, seeds a fresh database and picks a free port once; every worker
// re-reads this file, so the port comes from the environment rather than being chosen here.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Kolada is replaced by recorded answers served on a loopback port (test-support/kolada/fixture-server.ts).
const koladaPort = Number(process.env.KOLADA_FIXTURE_PORT ?? 3199);

export default defineConfig({
  testDir: './e2e',
  // Sign-out ends every session of an account (session version), so tests of one account must
  // not overlap: run one worker. The whole suite takes well under a minute.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Generous limits: on a busy 2-core machine a production page can take seconds; a real fault
  // still fails, only later.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    {
      command: `npx tsx scripts/kolada-fixture-server.ts --port ${koladaPort}`,
      url: `http://127.0.0.1:${koladaPort}/v3/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The production server as deployed: one process per core, sharing the SQLite file.
      command: `npx tsx server/serve.ts --port ${port} --host 127.0.0.1`,
      url: `${baseURL}/logga-in`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        DATABASE_PATH: process.env.DATABASE_PATH ?? 'data/e2e.db',
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-secret-for-tests-only-0123456789abcdef',
        STYRKEDJAN_DEMO: '1',
        NEXT_TELEMETRY_DISABLED: '1',
        KOLADA_BASE_URL: `http://127.0.0.1:${koladaPort}/v3/`,
        KOLADA_TIMEOUT_SECONDS: '10',
      },
    },
  ],
});
