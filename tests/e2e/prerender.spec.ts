// The built index.html already shows the start screen; the app takes it over without errors, flashes or shifts.
import { answerWith, EXIT, expect, serveEverydayPages, tapOption, test, uiText } from './fixtures.ts';
import type { Browser, Page } from '@playwright/test';
import flowJson from '../../flows/collection-triage.json' with { type: 'json' };
import type { Flow } from '../../src/flow/schema.ts';

// A fresh start here is a real first visit, offline copy and all: no console error may come from it.
test.use({ serviceWorkers: 'allow' });

const flow = flowJson as Flow;
const first = flow.nodes[0];
if (first?.kind !== 'question') throw new Error('the flow does not start with a question');
const PROMPT = first.prompt;
/** Check boxes for the options ticked together, a button for each that answers alone. */
const BOXES = first.select === 'many' ? first.options.filter((o) => !o.exclusive) : [];
const TAPS = first.options.filter((o) => !BOXES.includes(o));
const LAST_OPTION = first.options.at(-1)?.label ?? '';
/** The prompt of the question a flow's node leads to, from the flow data. */
function promptOf(id: string): string {
  const node = flow.nodes.find((n) => n.id === id);
  if (node?.kind !== 'question') throw new Error(`the flow has no question ${id}`);
  return node.prompt;
}

test('the first question is in the page before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: PROMPT })).toBeVisible();
  const group = page.getByRole('group', { name: PROMPT });
  await expect(group.getByRole('checkbox')).toHaveCount(BOXES.length);
  for (const option of TAPS) await expect(group.getByRole('button', { name: option.label, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '快速离开' })).toBeVisible();
  await context.close();
});

test('a fresh start adopts the prerendered nodes: same text, nothing replaced, no shift, no console errors', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const response = await page.request.get('/');
  const prerendered = /<div id="root">([\s\S]*)<\/div>\s*<\/body>/.exec(await response.text())?.[1] ?? '';
  const prerenderedText = prerendered.replace(/<[^>]+>/g, '');
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number; removed: number };
    w.shifts = 0;
    w.removed = 0;
    new MutationObserver((records) => {
      for (const record of records)
        if (record.target instanceof Element && record.target.closest('#root')) w.removed += record.removedNodes.length;
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: PROMPT })).toBeVisible();
  const liveText = await page.locator('#root').textContent();
  expect(liveText).toBe(prerenderedText.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const { shifts, removed } = await page.evaluate(() => {
    const w = window as unknown as { shifts: number; removed: number };
    return { shifts: w.shifts, removed: w.removed };
  });
  expect(shifts).toBe(0);
  expect(removed).toBe(0);
  // The prerendered Continue button does nothing; the app's asks for an answer.
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(problems).toEqual([]);
});

test('saved progress replaces the prerendered start screen with the saved step, without console errors', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/');
  await answerWith(page, [LAST_OPTION]);
  const second = page.getByRole('heading', { level: 1 });
  await expect(second).not.toHaveText(PROMPT);
  const secondPrompt = await second.textContent();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondPrompt ?? '');
  expect(problems).toEqual([]);
});

test('the entry and every module it imports are requested together once the first screen is drawn', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/assets/') && r.url().endsWith('.js')) requested.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  const entry = (await page.locator('meta[name="app-entry"]').getAttribute('content')) ?? '';
  const entryCode = await (await page.request.get(entry)).text();
  // The entry's static imports (`import{…}from"./x.js"`), which the browser would otherwise find only after reading it.
  const imports = [...entryCode.matchAll(/\bimport\s*(?:[\w{},\s*$]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map(
    (m) => `/assets/${m[1] ?? ''}`,
  );
  expect(imports.length).toBeGreaterThan(0);
  const preload = ((await page.locator('meta[name="app-preload"]').getAttribute('content')) ?? '').split(' ');
  expect(preload.sort()).toEqual([...new Set(imports)].sort());
  // Both before any screen that comes later: the first two script requests are the entry and what it imports.
  expect(requested.slice(0, imports.length + 1).sort()).toEqual([entry, ...new Set(imports)].sort());
});

/**
 * A first visit whose app script is held back, so the prerendered screen is all there is: what a person on a slow
 * phone sees for the first second or two. `release` lets the app start. Contexts block the offline worker, which would
 * otherwise serve the script from its own cache, past the hold, once an earlier page in the context had installed it.
 */
async function heldBack(browser: Browser, context?: Awaited<ReturnType<Browser['newContext']>>) {
  const ctx = context ?? (await browser.newContext({ serviceWorkers: 'block' }));
  const page = await ctx.newPage();
  let release: () => void = () => undefined;
  const released = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await serveEverydayPages(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: PROMPT })).toBeVisible();
  return { page, context: ctx, release };
}

/** A context in which the app was opened once and `visit` done there, so something is stored; that page is closed. */
async function afterAVisit(browser: Browser, visit: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const first = await context.newPage();
  await first.goto('/');
  await first.locator('html[data-ready]').waitFor({ state: 'attached' });
  await visit(first);
  await first.close();
  return context;
}

async function notStarted(page: Page) {
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-ready'))).toBe(false);
}

test.describe('before the app has taken over the first screen', () => {
  test('boxes ticked and Continue pressed are kept, shown as taken and answered once the app has started', async ({
    browser,
  }) => {
    const { page, context, release } = await heldBack(browser);
    const box = BOXES[0]?.label ?? '';
    await page.getByLabel(box, { exact: true }).check();
    const next = page.getByRole('button', { name: uiText('question.continue'), exact: true });
    await next.click();
    await expect(next).toHaveAttribute('data-early', '');
    await notStarted(page);
    release();
    // A person at risk who ticked "someone is at my door" gets the safety screen, not "please pick an answer".
    await expect(page.getByRole('heading', { level: 1, name: promptOf('safetyFirst') })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await context.close();
  });

  test('a keeping time chosen before the app has started is the one the app keeps', async ({ browser }) => {
    const { page, context, release } = await heldBack(browser);
    await page.getByLabel(uiText('privacy.retention')).selectOption('30');
    release();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(page.getByText(uiText('privacy.stored').replace('{days}', '30'))).toBeVisible();
    await context.close();
  });

  test('a one-tap answer is kept, shown as taken and answered once the app has started', async ({ browser }) => {
    const { page, context, release } = await heldBack(browser);
    const tap = tapOption(page, LAST_OPTION);
    await tap.click();
    await expect(tap).toHaveAttribute('data-early', '');
    await notStarted(page);
    release();
    await expect(page.getByRole('heading', { level: 1, name: promptOf('lender') })).toBeVisible();
    await context.close();
  });

  test('the quick exit and Shift three times leave at once, without waiting for the app', async ({ browser }) => {
    for (const how of ['button', 'shift'] as const) {
      const { page, context } = await heldBack(browser);
      if (how === 'button') await page.getByRole('button', { name: uiText('quickExit.button') }).click();
      else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await page.waitForURL(EXIT);
      await context.close();
    }
  });

  test('with only a keeping time stored, the app draws its own first screen and still answers the ticks and Continue', async ({
    browser,
  }) => {
    const context = await afterAVisit(browser, async (first) => {
      await first.getByLabel(uiText('privacy.retention')).selectOption('30');
      await expect(first.getByText(uiText('privacy.stored').replace('{days}', '30'))).toBeVisible();
    });
    const { page, release } = await heldBack(browser, context);
    await page.getByLabel(BOXES[0]?.label ?? '', { exact: true }).check();
    await page.getByRole('button', { name: uiText('question.continue'), exact: true }).click();
    release();
    await expect(page.getByRole('heading', { level: 1, name: promptOf('safetyFirst') })).toBeVisible();
    await context.close();
  });

  test('the quick exit after a reload part-way leaves no way Back into the app', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await serveEverydayPages(page);
    await page.goto('/');
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await tapOption(page, LAST_OPTION).click();
    await expect(page.getByRole('heading', { level: 1, name: promptOf('lender') })).toBeVisible();
    // The reload brings the drawn first screen back while the app's script is held.
    let release: () => void = () => undefined;
    const released = new Promise<void>((done) => {
      release = done;
    });
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.reload();
    await notStarted(page);
    await page.getByRole('button', { name: uiText('quickExit.button') }).click();
    await page.waitForURL(EXIT);
    release();
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('127.0.0.1');
    await context.close();
  });

  test('with saved progress, a tap on the prerendered first screen is not carried onto the saved step', async ({
    browser,
  }) => {
    const context = await afterAVisit(browser, async (first) => {
      await tapOption(first, LAST_OPTION).click();
      await expect(first.getByRole('heading', { level: 1, name: promptOf('lender') })).toBeVisible();
    });
    const { page, release } = await heldBack(browser, context);
    await tapOption(page, LAST_OPTION).click();
    release();
    await expect(page.getByRole('heading', { level: 1, name: promptOf('lender') })).toBeVisible();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    // Two frames after the app's first: a tap carried over would have answered the saved step by now.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(page.getByRole('heading', { level: 1, name: promptOf('lender') })).toBeVisible();
    await context.close();
  });
});
