// Browser tests in Debian's Chromium (no browser downloads here) against the production build served locally, and
// one against the dev server, which is what a contributor sees first.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Chromium's headless shell (Debian's chromium-headless-shell, the same engine and version) when it is installed, as
 * Playwright itself uses for headless runs: the same 110 tests took 240 s in it against 462 s in the full browser's
 * headless mode on the two-core machine. E2E_CHROMIUM_PATH chooses another.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const CHROMIUM =
  process.env.E2E_CHROMIUM_PATH ??
  (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'));
/** E2E_PORT lets several checkouts on one machine run their browser tests at once without sharing a server. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The dev server's port: E2E_DEV_PORT, or ten above the preview's. */
const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? PORT + 10);
const DEV_SPEC = 'devServer.spec.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  // Every test opens its own browser context against a server it only reads from, so two run side by side.
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${String(PORT)}`,
    browserName: 'chromium',
    locale: 'zh-CN',
    viewport: { width: 360, height: 740 },
    // The offline copy (the service worker) is installed only where a test is about it or about a whole first visit
    // (offline, update, prerender, privacy, contactLog): installing it in every fresh context cost about an eighth of
    // the browser tests' time.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'build', testIgnore: DEV_SPEC },
    { name: 'dev', testMatch: DEV_SPEC, use: { baseURL: `http://127.0.0.1:${String(DEV_PORT)}` } },
  ],
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${String(PORT)} --strictPort`,
      url: `http://127.0.0.1:${String(PORT)}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node node_modules/vite/bin/vite.js --host 127.0.0.1 --port ${String(DEV_PORT)} --strictPort`,
      url: `http://127.0.0.1:${String(DEV_PORT)}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
