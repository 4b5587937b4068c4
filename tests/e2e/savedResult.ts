// Opening a persona's result straight from saved progress (as the app itself stores it), and measuring it: how
// tall the collapsed result is at 360 px, and how many A4 pages it prints on without sources.
import { expect } from '@playwright/test';
import type { Page, Request } from '@playwright/test';
import flowJson from '../../flows/collection-triage.json' with { type: 'json' };
import sharedUi from '../../flows/shared/ui.json' with { type: 'json' };
import enUi from '../../flows/i18n/en/ui.json' with { type: 'json' };
import { traditionalConverter } from '../../scripts/traditional.ts';
import { pruneAnswers } from '../../src/flow/graph.ts';
import type { Flow } from '../../src/flow/schema.ts';
import { encodeProgress } from '../../src/storage/encode.ts';
import { STORAGE_KEYS } from '../../src/storage/keys.ts';
import type { Persona } from '../scenarios/personas.ts';
import { untilInPage } from './fixtures.ts';

const flow = flowJson as Flow;
/** The outcome node every persona of the collection guide ends on. */
const RESULT = flow.nodes.find((n) => n.kind === 'outcome')?.id ?? 'result';

/** The app's "try again" under a screen that could not be downloaded, in each language (app.retry in flows/). */
const RETRY: Record<string, string> = {
  'zh-CN': sharedUi.app.retry,
  'zh-TW': traditionalConverter()(sharedUi.app.retry),
  en: enUi['app.retry'].text,
};

/** The promise: the collapsed result fits three 640 px screens at 360 px. */
export const RESULT_MAX_HEIGHT = 3 * 640;
export const PRINT_MAX_PAGES = 3;

/** What the app would have saved for this persona standing on its result. */
export function savedProgressFor(persona: Persona, now = Date.now()): string {
  const answers = pruneAnswers(flow, Object.fromEntries(persona.answers));
  return encodeProgress(flow, {
    stateValue: RESULT,
    context: { answers, editing: false },
    done: [],
    savedAt: now,
    retentionDays: 7,
  });
}

/** Opens `persona`'s result in `language` on a page that has the app open already. */
export async function openSavedResult(page: Page, persona: Persona, language: string): Promise<void> {
  await page.evaluate(
    ([keys, text, lang]) => {
      localStorage.clear();
      localStorage.setItem(keys.progress, text);
      if (lang !== 'zh-CN') localStorage.setItem(keys.language, lang);
    },
    [STORAGE_KEYS, savedProgressFor(persona), language] as const,
  );
  const failed: string[] = [];
  const onFailed = (request: Request) => failed.push(`${request.url()} (${request.failure()?.errorText ?? ''})`);
  page.on('requestfailed', onFailed);
  await page.reload();
  // The result, or the app's own notice that a screen could not be downloaded (seen once in a clean-clone run with
  // both browser workers busy): the notice's "try again" is what a person would press, so the test presses it
  // once, says which downloads failed, and fails if the result still does not come.
  await untilInPage(
    page,
    () =>
      document.querySelector('.result .disclaimer') !== null ||
      document.querySelector('[role="alert"] button') !== null,
    '',
    60_000,
  );
  const result = page.locator('.result .disclaimer');
  const again = page.getByRole('alert').getByRole('button', { name: RETRY[language] ?? enUi['app.retry'].text });
  await expect(result.or(again).first()).toBeVisible({ timeout: 60_000 });
  if (!(await result.isVisible())) {
    // The page being left cancels its own downloads (net::ERR_ABORTED), so those are listed too.
    console.warn(
      `a screen could not be downloaded on opening a saved result; requests that failed around the reload: ${
        failed.join(', ') || 'none reported'
      }`,
    );
    await again.click();
    await expect(result).toBeVisible({ timeout: 60_000 });
  }
  page.off('requestfailed', onFailed);
}

/**
 * "The result": from the top of the result section (its heading) to the end of the collapsed list (the last title
 * of the last group), i.e. the verdicts, the first three steps and every other step by group, all closed.
 */
export function resultHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const result = document.querySelector('.result');
    const list = document.querySelector('.result .all-steps') ?? document.querySelector('.result .first-steps');
    if (!result || !list) return NaN;
    return Math.round(list.getBoundingClientRect().bottom - result.getBoundingClientRect().top);
  });
}

/** A4 pages the page prints on, without sources, as the result's print button does. */
export async function printedPages(page: Page): Promise<number> {
  await page.evaluate(() => {
    document.documentElement.dataset.printSources = 'no';
  });
  const pdf = await page.pdf({ format: 'A4' });
  await page.evaluate(() => {
    delete document.documentElement.dataset.printSources;
  });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}
