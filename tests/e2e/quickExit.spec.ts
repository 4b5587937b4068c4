// The quick exit in real Chromium: by the button, Shift three times and the skip link, from a question, the result,
// a tool page and a first screen that Back returned to, neither Back nor Forward afterwards reaches the app (from the
// largest contact log: contactLogLargest.spec.ts).
import {
  answerWith,
  BEFORE,
  EXIT,
  expect,
  optionLabels,
  outcomeTitle,
  promptOf,
  serveEverydayPages,
  test,
  uiText,
} from './fixtures.ts';
import type { Page } from '@playwright/test';
import flowJson from '../../flows/collection-triage.json' with { type: 'json' };
import type { Flow } from '../../src/flow/schema.ts';
import { PERSONAS } from '../scenarios/personas.ts';

const flow = flowJson as Flow;

async function answer(page: Page, questionId: string, optionIds: string[]) {
  const node = flow.nodes.find((n) => n.id === questionId);
  if (node?.kind !== 'question') throw new Error(`no question ${questionId}`);
  await expect(page.getByRole('heading', { level: 1, name: node.prompt })).toBeVisible();
  await answerWith(
    page,
    optionIds.map((id) => {
      const option = node.options.find((o) => o.id === id);
      if (!option) throw new Error(`no option ${questionId}.${id}`);
      return option.label;
    }),
  );
}

async function answerFirstTwo(page: Page) {
  await answerWith(page, optionLabels('collection-triage', 'safetyNow', 'noneOfThese'));
  await answerWith(page, optionLabels('collection-triage', 'lender', 'webank'));
  await expect(
    page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'contactKind') }),
  ).toBeVisible();
}

/** Where the person is when they leave; each leaves the app's history in a different shape. */
const SITUATIONS: Record<string, (page: Page) => Promise<void>> = {
  'the first question, untouched': async (page) => {
    await expect(
      page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'safetyNow') }),
    ).toBeVisible();
  },
  'the third question': answerFirstTwo,
  'the first question after the browser Back, with a Forward entry left': async (page) => {
    await answerWith(page, optionLabels('collection-triage', 'safetyNow', 'noneOfThese'));
    await expect(
      page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'safetyNow') }),
    ).toBeHidden();
    await page.goBack();
    await expect(
      page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'safetyNow') }),
    ).toBeVisible();
    expect(await page.evaluate(() => (history.state as { triage?: string } | null)?.triage)).toBe('triage-base');
  },
  'the result': async (page) => {
    const persona = PERSONAS[0];
    if (!persona) throw new Error('no persona');
    for (const [questionId, optionIds] of persona.answers) await answer(page, questionId, optionIds);
    await expect(
      page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
    ).toBeVisible();
  },
  'the contact log page': async (page) => {
    await answerFirstTwo(page);
    await page.getByRole('button', { name: uiText('tools.log') }).click();
    await expect(page.getByRole('heading', { level: 1, name: uiText('tools.log') })).toBeVisible();
  },
  'the drafts page after Back and Forward': async (page) => {
    await page.getByRole('button', { name: uiText('tools.drafts') }).click();
    await expect(page.getByRole('heading', { level: 1, name: uiText('tools.drafts') })).toBeVisible();
    await page.goBack();
    await expect(
      page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'safetyNow') }),
    ).toBeVisible();
    await page.goForward();
    await page.getByRole('button', { name: uiText('tools.drafts') }).click();
    await expect(page.getByRole('heading', { level: 1, name: uiText('tools.drafts') })).toBeVisible();
  },
};

const TRIGGERS: Record<string, (page: Page) => Promise<void>> = {
  'the button': (page) => page.getByRole('button', { name: uiText('quickExit.button') }).click(),
  'Shift three times': async (page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  },
  'the skip link': async (page) => {
    await page.getByRole('link', { name: /快速离开这个页面/ }).focus();
    await page.keyboard.press('Enter');
  },
};

/** Every page the tab showed after the exit, and whether any of them was the app (the left page is not). */
function watchNavigations(page: Page, appOrigin: string) {
  const seen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(frame.url());
  });
  return {
    seen,
    reachedApp: () => seen.some((url) => url.startsWith(appOrigin) && new URL(url).pathname !== '/left.html'),
  };
}

test.beforeEach(async ({ page }) => {
  await serveEverydayPages(page);
});

let cases = 0;
let reached = 0;

// Each place is left by one of the three ways, in turn, so each way is tried from two places with different
// histories: the three ways call the same exit (useQuickExit), and the place is what gives the history its shape,
// so every place is tried.
const HOWS = Object.entries(TRIGGERS);
for (const [index, [where, reach]] of Object.entries(SITUATIONS).entries()) {
  const way = HOWS[index % HOWS.length];
  if (!way) throw new Error('no way to leave');
  const [how, trigger] = way;
  test(`quick exit by ${how} from ${where}: neither Back nor Forward returns to the app`, async ({ page, baseURL }) => {
    const appOrigin = new URL(baseURL ?? '').origin;
    await page.goto(BEFORE);
    await page.goto('/');
    await reach(page);
    await trigger(page);
    await page.waitForURL(EXIT);
    await expect(page.getByText('晴')).toBeVisible();
    const watch = watchNavigations(page, appOrigin);

    // Back: the page before the app, never the app.
    await page.goBack();
    await expect(page.getByText('之前的页面')).toBeVisible();
    const afterBack = page.url();
    // Forward twice: to the everyday page, then past it as far as the history goes.
    await page.goForward().catch(() => undefined);
    await page.waitForURL(EXIT);
    await page.goForward().catch(() => undefined);
    await page.waitForURL(EXIT);
    await expect(page.getByText('晴')).toBeVisible();
    await page.goForward().catch(() => undefined);
    await page.waitForURL(EXIT);

    cases += 2;
    const reachedHere = (afterBack.startsWith(appOrigin) ? 1 : 0) + (watch.reachedApp() ? 1 : 0);
    reached += reachedHere;
    expect(afterBack.startsWith(appOrigin), `Back reached ${afterBack}`).toBe(false);
    expect(watch.reachedApp(), `the tab showed ${watch.seen.join(' → ')}`).toBe(false);
    expect(page.url()).toBe(EXIT);
  });
}

test.afterAll(() => {
  console.info(`quick exit: Back or Forward reached the app in ${String(reached)} of ${String(cases)} cases`);
});
