// After one visit the app works with the network off: the service worker serves every file.
import { answerWith, expect, outcomeTitle, promptOf, test } from './fixtures.ts';

// What this file tests is the offline copy, which the other browser tests do not install.
test.use({ serviceWorkers: 'allow' });

test('after one visit, a whole journey works offline, including a reload', async ({ page, context }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'safetyNow') })).toBeVisible();

  const steps: [string, string[]][] = [
    ['都没有，我现在是安全的', []],
    ['微粒贷（微众银行）', []],
    ['打电话', ['找了我的家人、朋友、同事或通讯录里的人']],
    ['有，已经逾期了', []],
    ['还没有核实', []],
    ['都没有', []],
    ['晚上 10 点到早上 8 点之间联系我', []],
    ['现在还不上', []],
    ['金额是对的', []],
  ];
  for (const [first, more] of steps) await answerWith(page, [first, ...more]);
  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: /^注意：/ }).first()).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeVisible();
});

test('the offline worker is registered only after the app has taken over the first screen', async ({ page }) => {
  // When the page became the app (its ready mark), and when the worker was registered, on the page's clock.
  await page.addInitScript(() => {
    const times = window as unknown as { readyAt?: number; registeredAt?: number };
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-ready')) times.readyAt ??= performance.now();
    }).observe(document, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args: Parameters<typeof register>) => {
      times.registeredAt ??= performance.now();
      return register(...args);
    };
  });
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  const { readyAt, registeredAt } = await page.evaluate(() => {
    const times = window as unknown as { readyAt?: number; registeredAt?: number };
    return { readyAt: times.readyAt, registeredAt: times.registeredAt };
  });
  expect(readyAt).toBeDefined();
  expect(registeredAt).toBeGreaterThan(readyAt ?? Infinity);
});

test('the app can be installed: a manifest with name, start page and icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    start_url: string;
    icons: { sizes: string }[];
  };
  expect(manifest.name).toBe('催收应对向导');
  expect(manifest.start_url).toBe('/');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});
