// The dev server (npm start, npm run dev) gives a contributor's first look at the app: a fresh load logs no error.
import { expect, test } from '@playwright/test';
import flowJson from '../../flows/collection-triage.json' with { type: 'json' };
import type { Flow } from '../../src/flow/schema.ts';

const first = (flowJson as Flow).nodes[0];
if (first?.kind !== 'question') throw new Error('the flow does not start with a question');

test.use({ viewport: { width: 360, height: 640 } });

test('a fresh load of the dev server shows the first question with no console error or warning', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto('/');
  // The dev server serves the page without the prerendered screen: the app renders it on its own.
  await expect(page.getByRole('heading', { level: 1, name: first.prompt })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('html[data-ready]')).toBeAttached();
  await expect(page.getByRole('group', { name: first.prompt })).toBeVisible();
  expect(problems).toEqual([]);
});
