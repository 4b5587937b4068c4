// Opening a persona's result straight from saved progress (as the app itself stores it), and measuring it: how
// tall the collapsed result is at 360 px, and how many A4 pages it prints on without sources.
import type { Page } from '@playwright/test';
import flowJson from '../../flows/collection-triage.json' with { type: 'json' };
import { pruneAnswers } from '../../src/flow/graph.ts';
import type { Flow } from '../../src/flow/schema.ts';
import { encodeProgress } from '../../src/storage/encode.ts';
import { STORAGE_KEYS } from '../../src/storage/keys.ts';
import type { Persona } from '../scenarios/personas.ts';

const flow = flowJson as Flow;
/** The outcome node every persona of the collection guide ends on. */
const RESULT = flow.nodes.find((n) => n.kind === 'outcome')?.id ?? 'result';

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
  await page.reload();
  await page.locator('.result .disclaimer').waitFor();
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
