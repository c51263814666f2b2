import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PW_PORT ?? 4329);
/** Point the tests at an already running server instead of starting `astro preview`. */
const external = process.env.PW_BASE_URL;

/** Browser tests run against the built site (`dist/`), served by `astro preview` on 127.0.0.1. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  // No retries: a flaky test is a bug to fix, not to hide. Timeouts are sized for the heaviest pages
  // (scale model, workshop worksheets) on a 2-core machine shared with other builds.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    // Each test is a fresh browser profile: installing the service worker (precaching the whole
    // site) in every one would load the machine for nothing. The offline tests allow it.
    serviceWorkers: 'block',
    navigationTimeout: 45_000,
    baseURL: external ?? `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: external
    ? undefined
    : {
        command: `npx --no -- astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
        url: `http://127.0.0.1:${PORT}/`,
        reuseExistingServer: false,
        timeout: 60_000,
      },
});
