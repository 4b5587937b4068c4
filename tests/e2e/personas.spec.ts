// People from the persona table go through the real app in Chromium and read their result as they would: the
// verdict titles, the action titles and the words on the page, never ids. Every tap from the first screen to the
// result is counted; the median person must get there in 12 or fewer.
import { answerWith, expect, outcomeTitle, test, uiText } from './fixtures.ts';
import type { Page } from '@playwright/test';
import flowJson from '../../flows/collection-triage.json' with { type: 'json' };
import actionsJson from '../../flows/shared/actions.json' with { type: 'json' };
import verdictsJson from '../../flows/shared/verdicts.json' with { type: 'json' };
import lendersJson from '../../flows/shared/lenders.json' with { type: 'json' };
import type { Flow } from '../../src/flow/schema.ts';
import { PERSONAS } from '../scenarios/personas.ts';
import type { Persona } from '../scenarios/personas.ts';

const flow = flowJson as Flow;
const actions = actionsJson as Record<string, { title: string }>;
const verdicts = verdictsJson as Record<string, { title: string; named?: { title: string }[] }>;
const lenders = lendersJson as Record<string, { name: { text: string } }>;

/** A fragment of each persona's description: at least twelve different situations. */
const WHO = [
  'a polite overdue reminder by SMS',
  'a WeBank collector is at the door right now',
  'threatened with violence over 微粒贷, wants the list now',
  'repaid WeBank last month',
  'settled, then a "police officer" calls',
  'a collector says they WILL sue her',
  'a text says "legal staff" will come to her home town',
  "a lawyer's letter arrived",
  'asked to add a private WeChat',
  'told her debt was sold to another company',
  'a "停息挂账" agency called',
  'owes WeBank and another platform',
  'never borrowed, an SMS with a link',
  'a payment order arrived',
  'not sure she owes anything',
];

function personaFor(fragment: string): Persona {
  const found = PERSONAS.find((p) => p.it.includes(fragment));
  if (!found) throw new Error(`no persona "${fragment}"`);
  return found;
}

function question(questionId: string) {
  const node = flow.nodes.find((n) => n.id === questionId);
  if (node?.kind !== 'question') throw new Error(`no question ${questionId}`);
  return node;
}

/** The words a title shows before any phone link, with the lender's name put in as the page does. */
function titleWords(title: string, lenderName: string): string {
  return (title.split('{tel:')[0] ?? title).replaceAll('{lender:name}', lenderName).trim();
}

/** The most taps the median person may need from the first screen to the result. */
const MEDIAN_TAPS = 12;
/** Taps each persona needed, as the page counted them. */
const tapsOf = new Map<string, number>();

/** Counts every click the page receives, from the first screen on. */
async function countTaps(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { taps: number };
    w.taps = 0;
    document.addEventListener('click', (e) => (e.isTrusted ? (w.taps += 1) : undefined), { capture: true });
  });
}

/** Answers every question as the persona would, and returns the taps the page received until the result showed. */
async function answerAs(page: Page, persona: Persona): Promise<number> {
  await countTaps(page);
  let taps = 0;
  for (const [questionId, optionIds] of persona.answers) {
    const q = question(questionId);
    await expect(page.getByRole('heading', { level: 1, name: q.prompt })).toBeVisible();
    taps += await answerWith(
      page,
      optionIds.map((id) => q.options.find((o) => o.id === id)?.label ?? id),
    );
  }
  // The last answer opens the result.
  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeVisible();
  const counted = await page.evaluate(() => (window as unknown as { taps: number }).taps);
  expect(counted, 'the taps the page received are the ones made').toBe(taps);
  // The whole list has followed its first part once the tools at its end are there.
  await expect(page.getByRole('heading', { level: 2, name: uiText('result.toolsHeading') })).toBeVisible();
  tapsOf.set(persona.it, counted);
  return counted;
}

for (const fragment of WHO) {
  const persona = personaFor(fragment);
  test(persona.it, async ({ page }) => {
    await page.goto('/');
    await answerAs(page, persona);
    const lender = persona.answers.find(([id]) => id === 'lender')?.[1] ?? [];
    const name =
      lender.length === 1 && lender[0] === 'webank' ? lenders.webank?.name.text : lenders.otherLender?.name.text;
    const main = page.getByRole('main');
    // Each card opens from its title; someone reading the whole list taps each one open (not its sources).
    for (const title of await main.locator('.action-card.is-collapsed > details > summary').all()) await title.click();
    const text = (await main.innerText()).replaceAll(/\s+/g, ' ');

    // A verdict reads as its own title, or as the lines naming the conduct the person reported.
    for (const id of persona.expectVerdicts) {
      const titles = [verdicts[id]?.title ?? id, ...(verdicts[id]?.named ?? []).map((line) => line.title)];
      expect(
        titles.some((title) => text.includes(titleWords(title, name ?? ''))),
        `verdict ${id} is shown`,
      ).toBe(true);
    }
    for (const [id, verdict] of Object.entries(verdicts))
      if (!persona.expectVerdicts.includes(id) && verdict.title !== verdicts[persona.expectVerdicts[0] ?? '']?.title)
        expect(text, `verdict ${id} is not shown`).not.toContain(`：${titleWords(verdict.title, name ?? '')}`);
    // Action cards are read by their headings, as a person scanning the list would.
    const headings = await main.getByRole('article').locator('.action-title').allInnerTexts();
    const hasCard = (id: string) =>
      headings.some((h) => h.startsWith(titleWords(actions[id]?.title ?? id, name ?? '')));
    for (const id of persona.mustHave) expect(hasCard(id), `${id} is shown`).toBe(true);
    for (const id of persona.mustNotHave ?? []) expect(hasCard(id), `${id} is not shown`).toBe(false);
    for (const words of persona.mustRead ?? []) expect(text).toContain(words);
    for (const words of persona.mustNotRead ?? []) expect(text).not.toContain(words);
    expect(text).not.toContain('95017');
    if (persona.firstAction) {
      const first = await page.getByRole('article').first().getByRole('heading').innerText();
      expect(first).toContain(titleWords(actions[persona.firstAction]?.title ?? '', name ?? ''));
    }
  });
}

test(`the median person reaches the result in ${String(MEDIAN_TAPS)} taps or fewer`, async ({ page }) => {
  // Anyone not counted above (a retried worker starts afresh) is walked again here.
  for (const fragment of WHO) {
    const persona = personaFor(fragment);
    if (tapsOf.has(persona.it)) continue;
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.clear();
    });
    await page.goto('/');
    await answerAs(page, persona);
  }
  const counts = WHO.map((fragment) => tapsOf.get(personaFor(fragment).it) ?? Number.NaN);
  const sorted = [...counts].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  const max = Math.max(...counts);
  console.log(
    [
      `taps from the first screen to the result, ${String(counts.length)} personas: median ${String(median)}, max ${String(max)}, min ${String(Math.min(...counts))}`,
      ...WHO.map((fragment, i) => `  ${String(counts[i]).padStart(2)}  ${fragment}`),
    ].join('\n'),
  );
  expect(median).toBeLessThanOrEqual(MEDIAN_TAPS);
});
