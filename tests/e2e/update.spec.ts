// A new deployment replaces the old one through the service worker, and the person stays at the same step.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { answerWith, optionLabels, uiText } from './fixtures.ts';
import { serveDist } from '../../scripts/serve-dist.mjs';

// What this file tests is the offline copy, which the other browser tests do not install.
test.use({ serviceWorkers: 'allow' });

const dir = mkdtempSync(join(tmpdir(), 'update-'));
const buildA = join(dir, 'a');
const buildB = join(dir, 'b');
const entryOf = (build: string) =>
  /name="app-entry" content="([^"]+)"/.exec(readFileSync(join(build, 'index.html'), 'utf8'))?.[1];

test.beforeAll(() => {
  cpSync('dist', buildA, { recursive: true });
  // Build B differs in its scripts (another exit page), so it has a new entry file and a new worker.
  execFileSync(
    'node',
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', buildB, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, VITE_EXIT_URL: 'https://www.weather.com.cn/?build=b' },
    },
  );
});
test.afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('after an update and a reload, saved progress is still there at the same step', async ({ page }) => {
  test.setTimeout(120_000);
  expect(entryOf(buildB)).not.toBe(entryOf(buildA));
  const server = await serveDist(buildA);
  try {
    await page.goto(server.url);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    await answerWith(page, optionLabels('collection-triage', 'safetyNow', 'noneOfThese'));
    await answerWith(page, optionLabels('collection-triage', 'lender', 'webank'));
    const step = await page.getByRole('heading', { level: 1 }).textContent();

    server.setDir(buildB);
    // What a browser does on its own at the next navigation, asked for now; the worker takes over when installed.
    await page.evaluate(async () => {
      const changed = new Promise((done) => {
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true });
      });
      await (await navigator.serviceWorker.getRegistration())?.update();
      await changed;
    });
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    expect(await page.locator('meta[name="app-entry"]').getAttribute('content')).toBe(entryOf(buildB));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step ?? '');
    await expect(page.getByLabel('微粒贷（微众银行）', { exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: uiText('question.back') }).click();
    await expect(page.getByLabel('微粒贷（微众银行）', { exact: true })).toBeChecked();
  } finally {
    await server.close();
  }
});
