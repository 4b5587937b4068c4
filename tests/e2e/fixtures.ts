// Playwright's test with a page that waits, after each visit to the app, until the app has taken over the
// prerendered screen (which looks the same but only keeps taps until then).
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import triageJson from '../../flows/collection-triage.json' with { type: 'json' };
import courtJson from '../../flows/court-papers.json' with { type: 'json' };
import uiJson from '../../flows/shared/ui.json' with { type: 'json' };
import type { Flow } from '../../src/flow/schema.ts';

export { expect } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe (WCAG 2.0/2.1/2.2 A and AA) on the page as it stands, with every disclosure opened first. */
export async function expectNoViolations(page: Page, screen: string): Promise<void> {
  // A full scan of a long screen takes 1-3 s on a loaded 2-core machine: each scan brings its own time, so a
  // journey of fifteen scans is not held to the default limit meant for one screen.
  const info = base.info();
  info.setTimeout(info.timeout + 10_000);
  await page.locator('details').evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
  // axe.run in the page itself: the app has no frames, and the default (a partial run per frame, finished in a blank
  // page it opens) spent about half a second a scan opening that page.
  const results = await new AxeBuilder({ page }).setLegacyMode().withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(
    (v) => `${screen}: ${v.id} (${v.impact ?? ''}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

/**
 * Waits until `predicate` holds in the page, checking on every frame: Playwright's own waits back off to a check
 * every 500 ms, which added about half a second to every result that took longer than a quarter of one to appear.
 */
export async function untilInPage(
  page: Page,
  predicate: (arg: string) => boolean,
  arg = '',
  timeout?: number,
): Promise<void> {
  await page.waitForFunction(predicate, arg, { polling: 'raf', ...(timeout === undefined ? {} : { timeout }) });
}

async function appReady(page: Page, baseURL: string | undefined) {
  if (baseURL && page.url().startsWith(baseURL))
    await untilInPage(page, () => document.documentElement.hasAttribute('data-ready'));
}

export const test = base.extend({
  page: async ({ page, baseURL }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await appReady(page, baseURL);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await appReady(page, baseURL);
      return response;
    };
    await provide(page);
  },
});

/**
 * Answers the question on screen as a person does, by the options' visible labels: one tap on an option that answers
 * alone (a single choice, or "none of these"), else a tick in each box and Continue. Returns the taps it took.
 */
export async function answerWith(page: Page, labels: readonly string[]): Promise<number> {
  const [only = ''] = labels;
  const tap = tapOption(page, only);
  if (labels.length === 1 && (await tap.count()) === 1) {
    await tap.click();
    return 1;
  }
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await page.locator('form.question button[type="submit"]').click();
  return labels.length + 1;
}

/** The option that answers in one tap, by its label (it may also say it is the answer chosen before). */
export function tapOption(page: Page, label: string) {
  return page.locator('.choice-tap').filter({ has: page.getByText(label, { exact: true }) });
}

const FLOWS: Record<string, Flow> = {
  'collection-triage': triageJson as Flow,
  'court-papers': courtJson as Flow,
};

function questionOf(flowId: string, questionId: string) {
  const node = FLOWS[flowId]?.nodes.find((n) => n.id === questionId);
  if (node?.kind !== 'question') throw new Error(`flow ${flowId} has no question ${questionId}`);
  return node;
}

/** The labels options show, from the flow data: rewording content changes the test's words with it. */
export function optionLabels(flowId: string, questionId: string, ...optionIds: string[]): string[] {
  const question = questionOf(flowId, questionId);
  return optionIds.map((id) => {
    const option = question.options.find((o) => o.id === id);
    if (!option) throw new Error(`question ${questionId} has no option ${id}`);
    return option.label;
  });
}

/** A question's prompt, from the flow data. */
export function promptOf(flowId: string, questionId: string): string {
  return questionOf(flowId, questionId).prompt;
}

/** An outcome's title (the result page's heading), from the flow data. */
export function outcomeTitle(flowId: string, outcomeId: string): string {
  const node = FLOWS[flowId]?.nodes.find((n) => n.id === outcomeId);
  if (node?.kind !== 'outcome') throw new Error(`flow ${flowId} has no outcome ${outcomeId}`);
  return node.title;
}

/** A 简体 interface text by its path in flows/shared/ui.json, e.g. "result.restart". */
export function uiText(path: string): string {
  const found = path
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], uiJson);
  if (typeof found !== 'string') throw new Error(`flows/shared/ui.json has no text ${path}`);
  return found;
}

/** Where the quick exit goes, as the app has it. */
export const EXIT = 'https://www.weather.com.cn/';
/** The page the person was on before opening the app. */
export const BEFORE = 'https://search.example.org/';

/** Serves both everyday pages from the test itself, to a page or a whole context: the tests reach no other host. */
export async function serveEverydayPages(target: Page | BrowserContext): Promise<void> {
  await target.route(`${EXIT}**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<title>天气</title><p>晴</p>' }),
  );
  await target.route(`${BEFORE}**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<title>搜索</title><p>之前的页面</p>' }),
  );
}
