// What a 360×640 phone shows, in every language: the first question above the fold on first load, a one-line
// header, nothing wider than the screen, every button styled by the app, and the result opening with what to do.
import { expect, expectNoViolations, test, untilInPage } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { orderedActions, selectActions } from '../../src/flow/actionList.ts';
import { LANGUAGES as APP_LANGUAGES } from '../../src/flow/languages.ts';
import type { Language } from '../../src/flow/languages.ts';
import { PERSONAS } from '../scenarios/personas.ts';
import type { Persona } from '../scenarios/personas.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import {
  PRINT_MAX_PAGES,
  RESULT_MAX_HEIGHT,
  median,
  openSavedResult,
  printedPages,
  resultHeight,
} from './savedResult.ts';

const FOLD = 640;
/** A result with every step, reason and source opened, at 360 px. */
const OPENED_MAX_HEIGHT = 8_000;
const LANGUAGES = APP_LANGUAGES.map((l) => l.id);
/** Each language's name, as the app's language switch names it for screen readers. */
const LANGUAGE_NAMES = Object.fromEntries(APP_LANGUAGES.map((l) => [l.id, l.name])) as Record<Language, string>;

test.use({ viewport: { width: 360, height: FOLD } });
// Each test opens its own page: spread over both workers, this file (a third of the browser suite's time) no longer
// runs on one worker while the other finishes everything else.
test.describe.configure({ mode: 'parallel' });

/** Opens the app as a first visit in `language` (the choice this device would have remembered). */
async function firstLoad(page: Page, language: Language) {
  await page.addInitScript((lang) => {
    if (sessionStorage.getItem('layout-started')) return;
    sessionStorage.setItem('layout-started', '1');
    localStorage.clear();
    if (lang !== 'zh-CN') localStorage.setItem('collection-guide.lang', lang);
  }, language);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** An option that answers alone is a button (one tap); the others are boxes ticked before Continue. */
async function answer(page: Page, questionId: string, optionIds: string[]) {
  await expect(page.locator(`[name="${questionId}"]`).first()).toBeVisible();
  const [only = ''] = optionIds;
  const tap = page.locator(`button[name="${questionId}"][value="${only}"]`);
  if (optionIds.length === 1 && (await tap.count()) === 1) {
    await tap.click();
    return;
  }
  for (const id of optionIds) await page.locator(`input[name="${questionId}"][value="${id}"]`).check();
  await page.locator('form.question button[type="submit"]').click();
}

/** The whole result the last answer opened. */
async function openResult(page: Page) {
  await expect(page.locator('.result .disclaimer')).toBeAttached();
}

async function noSideways(page: Page, screen: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${screen} fits ${String(client)} px`).toBeLessThanOrEqual(client);
}

/** The user agent's own look for a button, taken from a blank page. */
async function bareButton(page: Page) {
  const blank = await page.context().newPage();
  await blank.setContent('<button>x</button>');
  const style = await blank.locator('button').evaluate((b) => {
    const s = getComputedStyle(b);
    return { background: s.backgroundColor, border: s.borderTopStyle };
  });
  await blank.close();
  return style;
}

/** Every visible button looks like the app's (background and border set), and no navigation shows bullets. */
async function styledByTheApp(page: Page, bare: { background: string; border: string }, screen: string) {
  const unstyled = await page.locator('button:visible').evaluateAll(
    (buttons, b) =>
      buttons
        .filter((el) => {
          const s = getComputedStyle(el);
          return s.backgroundColor === b.background || s.borderTopStyle === b.border;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    bare,
  );
  expect(unstyled, `${screen}: buttons with the browser's own look`).toEqual([]);
  const bullets = await page.locator('nav li').evaluateAll(
    (items) =>
      items.filter((li) => {
        const s = getComputedStyle(li);
        return s.display === 'list-item' && s.listStyleType !== 'none';
      }).length,
  );
  expect(bullets, `${screen}: bulleted navigation`).toBe(0);
}

for (const language of LANGUAGES) {
  test(`${language}: on first load the safety question and its first option are above the fold; the header is one line`, async ({
    page,
  }) => {
    await firstLoad(page, language);
    const heading = await page.locator('main h1').boundingBox();
    const firstOption = await page.locator('main .choice').first().boundingBox();
    expect(heading && heading.y + heading.height).toBeLessThanOrEqual(FOLD);
    expect(firstOption && firstOption.y + firstOption.height).toBeLessThanOrEqual(FOLD);
    expect(await page.locator('main h1').evaluate((h) => window.scrollY + h.getBoundingClientRect().top)).toBe(
      heading?.y,
    );

    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    // The name whole (no cut word, no ellipsis), and the quick exit on one line inside the header.
    const name = await page.locator('.site-name').evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      ellipsis: getComputedStyle(el).textOverflow,
    }));
    expect(name.scroll).toBeLessThanOrEqual(name.client);
    expect(name.ellipsis).not.toBe('ellipsis');
    const exit = page.locator('.site-header .quick-exit');
    const exitBox = await exit.boundingBox();
    const lineHeight = await exit.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(exitBox?.height).toBeLessThanOrEqual(lineHeight * 1.5 + 12);
    // The tools are reachable, after the question.
    const tools = await page.locator('.tools-nav').boundingBox();
    expect(tools?.y).toBeGreaterThan(firstOption?.y ?? 0);
    await expectNoViolations(page, `${language} first screen`);
  });

  test(`${language}: no screen is wider than the phone, and every button and menu is styled by the app`, async ({
    page,
  }) => {
    const bare = await bareButton(page);
    await firstLoad(page, language);
    const check = async (screen: string) => {
      await noSideways(page, screen);
      await styledByTheApp(page, bare, screen);
    };
    await check('first screen');
    const persona = PERSONAS[0];
    if (!persona) throw new Error('no persona');
    for (const [questionId, optionIds] of persona.answers) {
      await answer(page, questionId, optionIds);
    }
    await openResult(page);
    await check('result');
    // Back from the result is the answers page.
    await page.goBack();
    await expect(page.locator('.review')).toBeVisible();
    await check('answers');
    await page.locator('.review .button-primary').click();
    await openResult(page);
    await page.locator('.result details').evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    await check('result opened');
    for (const [index, tool] of ['log', 'drafts', 'words'].entries()) {
      await page
        .locator('.tools-nav button')
        .nth(index + 1)
        .click();
      await expect(page.locator('main h1')).toBeVisible();
      await check(tool);
      if (tool === 'log') {
        await page.locator('.contact-log .button-primary').click();
        await check('log form');
        // The form as it opens fits two screens of the phone.
        const form = await page.locator('.entry-form').boundingBox();
        expect(form?.height, `${language} log form`).toBeLessThanOrEqual(2 * FOLD);
        // Saved untouched: nothing is recorded, and the form says what is missing.
        await page.locator('.entry-form button[type="submit"]').click();
        await expect(page.locator('.entry-form .error-summary li')).toHaveCount(2);
        await check('log form with errors');
        // From the top: scrolled, the sticky header lies over the tools and axe counts that as a small target.
        await page.evaluate(() => {
          window.scrollTo(0, 0);
        });
        await expectNoViolations(page, `${language} log form with errors`);
        await page.locator('.entry-form button[type="button"]').last().click();
        await expect(page.locator('.log-entry')).toHaveCount(0);
      }
    }
  });
}

/** What the page shows of one persona's result, read in one call into the page. */
async function resultSeen(page: Page) {
  // Everything is read in one call: a dozen separate queries per persona were most of this test's time, and the page
  // does not change between them.
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    const firstSteps = all('.first-steps .action-card');
    const verdicts = all('div.verdicts > .verdict');
    const call110 = firstSteps[0]?.querySelector('.action-calls a[href="tel:110"]')?.getBoundingClientRect();
    return {
      lang: document.documentElement.lang,
      opened: all('.result details[open]').length,
      steps: all('.result .action-card').length,
      firstSteps: firstSteps.length,
      verdictLines: verdicts.length,
      // The bottom of each verdict line and of the last first step, with its call links.
      bottoms: [...verdicts, ...firstSteps.slice(-1)].map((el) => el.getBoundingClientRect().bottom),
      firstAction: firstSteps[0]?.getAttribute('data-action-id'),
      call110InView: call110 ? call110.bottom > 0 && call110.top < window.innerHeight : false,
    };
  });
}

/** Switches the app's language with its own switch and waits until the whole result is drawn in it. */
async function switchLanguage(page: Page, language: Language) {
  const name = LANGUAGE_NAMES[language];
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await untilInPage(
    page,
    (lang) => document.documentElement.lang === lang && document.querySelector('.result .disclaimer') !== null,
    language,
  );
}

// The personas in two halves, one test each, so both browser workers share them. One reload per persona: its result
// is opened from saved progress in 简体, then shown in 繁體 and English through the app's own language switch (the
// page a person sees after switching is the one a fresh load in that language draws).
const HALF = Math.ceil(PERSONAS.length / 2);
const HALVES = [PERSONAS.slice(0, HALF), PERSONAS.slice(HALF)];
for (const [index, personas] of HALVES.entries()) {
  test(`every persona's result (part ${String(index + 1)} of ${String(HALVES.length)}), in every language: every verdict and all three first steps above the fold, three screens collapsed at most, and the longest prints on three A4 pages`, async ({
    page,
  }) => {
    // About 1.5 s a persona (three languages) on a quiet two-core machine; four times that leaves room for a busy one.
    test.setTimeout(90_000 + personas.length * 6_000);
    await firstLoad(page, 'zh-CN');
    const below: string[] = [];
    const heights = new Map<Language, { persona: Persona; height: number; steps: number }[]>(
      LANGUAGES.map((language) => [language, []]),
    );
    for (const persona of personas) {
      await openSavedResult(page, persona, 'zh-CN');
      for (const language of LANGUAGES) {
        if (language !== 'zh-CN') await switchLanguage(page, language);
        const seen = await resultSeen(page);
        const who = `${language}: ${persona.it}`;
        expect(seen.lang, who).toBe(language);
        // Collapsed: every step a title, nothing opened.
        expect(seen.opened, who).toBe(0);
        heights.get(language)?.push({ persona, height: await resultHeight(page), steps: seen.steps });
        // Three where the list has three; a short list leads with all it has.
        expect(seen.firstSteps, who).toBe(Math.min(3, seen.steps));
        // At most three verdict lines before the first steps; any others follow them, collapsed.
        expect(seen.verdictLines, who).toBeGreaterThanOrEqual(1);
        expect(seen.verdictLines, who).toBeLessThanOrEqual(3);
        const lowest = Math.max(...seen.bottoms);
        if (lowest > FOLD) below.push(`${who}: ends at ${String(Math.round(lowest))} px`);
        // Where the first step is calling 110, the number is one tap away on the first screen without opening anything.
        if (seen.firstAction === 'call110Now') expect(seen.call110InView, who).toBe(true);
      }
    }
    expect(below, `results whose verdicts or first three steps fall below ${String(FOLD)} px`).toEqual([]);

    for (const language of LANGUAGES) {
      const measured = heights.get(language) ?? [];
      const values = measured.map((h) => h.height);
      expect(values, language).toHaveLength(personas.length);
      console.log(
        `${language}: collapsed result at 360 px, ${String(values.length)} personas: ` +
          `max ${String(Math.max(...values))} px, median ${String(median(values))} px`,
      );
      for (const { persona, height } of measured)
        expect(height, `${language}: ${persona.it}`).toBeLessThanOrEqual(RESULT_MAX_HEIGHT);

      // The tallest on screen and the one with the most steps: printed without sources.
      const tallest = [...measured].sort((a, b) => b.height - a.height)[0]?.persona;
      const mostSteps = [...measured].sort((a, b) => b.steps - a.steps)[0]?.persona;
      if (!tallest || !mostSteps) throw new Error('no persona measured');
      const candidates = [...new Set([tallest, mostSteps])];
      const printed = [];
      for (const candidate of candidates) {
        await openSavedResult(page, candidate, language);
        const pages = await printedPages(page);
        printed.push(pages);
        console.log(`${language}: "${candidate.it.slice(0, 50)}…" prints on ${String(pages)} A4 pages without sources`);
        // At least one page: a print that came out empty would otherwise pass the limit.
        expect(pages, candidate.it).toBeGreaterThanOrEqual(1);
        expect(pages, candidate.it).toBeLessThanOrEqual(PRINT_MAX_PAGES);
      }
      // Both the tallest result and the one with the most steps were printed and measured.
      expect(printed).toHaveLength(candidates.length);
    }
  });
}

// The persona with the most verdicts, every disclosure open: nothing on the page breaks the rules, in any language.
for (const language of LANGUAGES) {
  test(`${language}: the result with the most verdicts, every disclosure open, has no WCAG A/AA violation`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const busiest = [...PERSONAS].sort((a, b) => b.expectVerdicts.length - a.expectVerdicts.length)[0];
    if (!busiest) throw new Error('no persona');
    await firstLoad(page, language);
    await openSavedResult(page, busiest, language);
    await expectNoViolations(page, `${language} result, every disclosure open`);
  });
}

/** The persona whose result has the most steps: the longest result once everything in it is opened. */
function personaWithMostSteps() {
  const { catalogue } = realBundle();
  const flow = realFlow('collection-triage');
  const steps = (persona: Persona) => {
    const view = selectActions(flow, catalogue, Object.fromEntries(persona.answers));
    return view ? orderedActions(view).length : 0;
  };
  const [most] = [...PERSONAS].sort((a, b) => steps(b) - steps(a));
  if (!most) throw new Error('no persona');
  return most;
}

/** The persona's result with every step, verdict and the list of sources opened: its height at 360 px. */
async function fullyOpenedHeight(page: Page, persona: Persona, language: Language) {
  await openSavedResult(page, persona, language);
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('.result details')) d.setAttribute('open', '');
  });
  // Opened for real: every step's own words and the list of sources are on the page.
  await expect(page.locator('.result .action-steps').first()).toBeVisible();
  await expect(page.locator('.result-sources li[id^="source-"]').first()).toBeVisible();
  const opened = await page.evaluate(() =>
    Math.round(document.querySelector('.result')?.getBoundingClientRect().height ?? NaN),
  );
  console.log(`${language}: "${persona.it.slice(0, 50)}…" fully opened: ${String(opened)} px`);
  return opened;
}

// Each step and verdict names its sources in a line; the result lists every source once, near its end.
for (const language of LANGUAGES) {
  test(`${language}: fully opened, every source a step or verdict names is listed once`, async ({ page }) => {
    // Opening the saved result loads the whole app twice; a shared machine under load can take a while.
    test.setTimeout(120_000);
    const mostSteps = personaWithMostSteps();
    await firstLoad(page, language);
    await fullyOpenedHeight(page, mostSteps, language);
    await noSideways(page, `${language} result, fully opened`);
    const named = await page
      .locator('.result .source-links a')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')))].sort());
    const listed = await page
      .locator('.result-sources li[id^="source-"]')
      .evaluateAll((entries) => entries.map((li) => `#${li.id}`).sort());
    expect(named.length).toBeGreaterThan(0);
    expect(named).toEqual(listed);
  });
}

// Not met, and not to be met by cutting reviewed content (docs/decisions/040): the persona with the most steps (18
// actions, 32 sources) measures 27,314 px fully opened at 360 px in Chinese and 54,327 px in English. Without the list
// of sources and the eight general steps it would still be 9,989 and 18,181 px; the steps' own words alone come to
// 6,723 px in Chinese.
for (const language of LANGUAGES) {
  test.fixme(`${language}: the persona with the most steps, fully opened, is under 8,000 px`, async ({ page }) => {
    test.setTimeout(120_000);
    const mostSteps = personaWithMostSteps();
    await firstLoad(page, language);
    expect(await fullyOpenedHeight(page, mostSteps, language), mostSteps.it).toBeLessThan(OPENED_MAX_HEIGHT);
  });
}
