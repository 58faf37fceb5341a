import { defineConfig, devices } from '@playwright/test';

const port = 4322;
const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
};
/** The same site built under a sub-path (`npm run build:subpath`), served where a project page would be. */
export const subpath = { port: 4323, base: '/hrc/', dir: '.tmp/dist-hrc' };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /lighthouse\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
    {
      // Lighthouse measures time, so it runs alone, after everything else has finished.
      name: 'lighthouse',
      testMatch: /lighthouse\.spec\.ts/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
  ],
  // The built sites, as a static host serves them (gzip, 404 page): `npm test` builds both first.
  webServer: [
    {
      command: 'node scripts/serve.mjs',
      env: { SERVE_PORT: String(port), SERVE_DIR: 'dist' },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/serve.mjs',
      env: { SERVE_PORT: String(subpath.port), SERVE_DIR: subpath.dir, SERVE_BASE: subpath.base },
      url: `http://127.0.0.1:${subpath.port}${subpath.base}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
