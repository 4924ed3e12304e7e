import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * E2E tests run against the built site (`npm run build` first), served by our own static server
 * (scripts/serve.mjs) with the build's `_headers`, as a host would send them. Specs that test the
 * `/course/` build (`npm run build:course`) start their own server on a free port (e2e/fixtures.ts).
 * Browser: Debian's /usr/bin/chromium when present (Playwright cannot download one on every
 * machine), otherwise Playwright's own Chromium; if neither exists, say how to get one.
 */
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT) || 4322;

function chromiumPath(): string | undefined {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own build
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `npx playwright install chromium` ' +
      '(or on Debian/Ubuntu: `sudo apt-get install chromium`), then run `npm test` again.',
  );
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // One retry in CI only: a 2-core machine running builds and browsers side by side can miss a timing;
  // Playwright still reports such a test as flaky, and a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  // axe's full rule set takes seconds per page and several times that on a busy 2-core machine; tests
  // that run it two or three times left no margin in 30 s there.
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath(),
      // Root (CI, containers) cannot use Chromium's sandbox.
      chromiumSandbox: false,
      // Keep the browser off the network (only our server is reachable here).
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs dist --host 127.0.0.1 --port ${PORT} --base /`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
