// Their own words, in Chromium against the build: people type what happened (the blind batch's own phrasings), see
// what was understood, tick what is true, and the single-choice questions it answered are passed by; the words stay on
// the phone.
import type { Page } from '@playwright/test';
import flowJson from '../../flows/collection-triage.json' with { type: 'json' };
import situationsJson from '../../flows/shared/situations.json' with { type: 'json' };
import type { Flow } from '../../src/flow/schema.ts';
import { expect, test, uiText } from './fixtures.ts';
import { BLIND_2_SITUATIONS } from '../scenarios/blind-2.ts';
import type { BlindSituation } from '../scenarios/blind-2.ts';

const implied = new Map(situationsJson.situations.map((s) => [s.id, s.implies] as const));
/** The questions of the collection guide that take several answers. */
const MANY = new Set(
  (flowJson as Flow).nodes.flatMap((n) => (n.kind === 'question' && n.select === 'many' ? [n.id] : [])),
);

/** Situations people would bring to the collection guide, safe at the moment (the box is offered after that). */
const safeNow = (s: BlindSituation) =>
  s.flow === 'collection-triage' && s.answers[0]?.[0] === 'safetyNow' && s.answers[0][1][0] === 'noneOfThese';
const JOURNEYS = [
  ...BLIND_2_SITUATIONS.filter((s) => safeNow(s) && s.lang === 'zh-Hans').slice(0, 9),
  ...BLIND_2_SITUATIONS.filter((s) => safeNow(s) && s.lang === 'zh-Hant').slice(0, 3),
  ...BLIND_2_SITUATIONS.filter((s) => safeNow(s) && s.lang === 'en').slice(0, 3),
];

const SWITCH: Record<BlindSituation['lang'], string | undefined> = {
  'zh-Hans': undefined,
  'zh-Hant': '繁體中文',
  en: 'English',
};

/** What a person who lives this situation would keep ticked: only what is true for them. */
function trueFor(situation: BlindSituation, situationId: string): boolean {
  const implies = implied.get(situationId);
  if (implies?.flow !== situation.flow) return false;
  const theirs = new Map(situation.answers);
  return Object.entries(implies.answers).every(([questionId, optionIds]) =>
    optionIds.every((id) => theirs.get(questionId)?.includes(id)),
  );
}

/**
 * Opens the app and waits, as a person reading the first question does, until the downloads after the first screen
 * are in: the box is offered only when its words are at hand as the screen after the first question opens.
 */
async function openApp(page: Page) {
  await page.goto('/');
  await downloadsSettled(page);
}

/** No new download for half a second: what the idle browser fetches after the first screen (or a language) is in. */
async function downloadsSettled(page: Page) {
  let before = -1;
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
        const settled = now === before;
        before = now;
        return settled;
      },
      { intervals: [500], timeout: 20_000 },
    )
    .toBe(true);
}

const questionOptions = (page: Page) => page.locator('form.question:not(.describe) [name][value]');

/** Answers one question screen from the person's answers, by option ids: a tap, or ticks and Continue. */
async function answerScreen(page: Page, situation: BlindSituation): Promise<string> {
  const questionId = (await questionOptions(page).first().getAttribute('name')) ?? '';
  const optionIds = new Map(situation.answers).get(questionId);
  expect(optionIds, `${situation.it}: no answer for ${questionId}`).toBeDefined();
  const ids = optionIds ?? [];
  const tap = page.locator(`form.question button[name="${questionId}"][value="${ids[0] ?? ''}"]`);
  if (ids.length === 1 && (await tap.count()) === 1) await tap.click();
  else {
    for (const id of ids) await page.locator(`input[name="${questionId}"][value="${id}"]`).check();
    await page.locator('form.question button[type="submit"]').click();
  }
  await expect(page.locator(`form.question [name="${questionId}"]`)).toHaveCount(0);
  return questionId;
}

/**
 * Answers the first screen and opens the box from the offer under the next question. The offer is made only if the
 * box's words are at hand as that screen opens; on a busy machine they can arrive a moment later, and then the
 * question stands alone. As for a person, going back and answering the first screen again then offers it.
 */
async function toTheBox(page: Page, situation: BlindSituation) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await answerScreen(page, situation);
    await expect(questionOptions(page).first()).toBeVisible();
    const offer = page.locator('.own-words-offer button');
    if (await offer.isVisible()) {
      await offer.click();
      await expect(page.getByRole('textbox')).toBeVisible();
      return;
    }
    await page.locator('form.question .button-back').click();
    await expect(questionOptions(page).first()).toHaveAttribute('name', situation.answers[0]?.[0] ?? '');
    await downloadsSettled(page);
  }
  throw new Error('the box for their own words was never offered');
}

/** Types their words, ticks what is true for them; returns the situations kept. */
async function describe(page: Page, situation: BlindSituation): Promise<string[]> {
  const box = page.getByRole('textbox');
  await box.click();
  await box.pressSequentially(situation.says);
  await page.locator('form.describe button[type="submit"]').click();
  const understood = page.locator('input[name="situation"]');
  // Never silent: either what was understood, to confirm, or a plain "could not read it".
  await expect(understood.first().or(page.getByRole('status'))).toBeVisible();
  const kept: string[] = [];
  for (const item of await understood.all()) {
    const id = (await item.getAttribute('value')) ?? '';
    // Nothing is ticked to begin with: they tick what is true for them.
    await expect(item).not.toBeChecked();
    if (trueFor(situation, id)) {
      await item.check();
      kept.push(id);
    }
  }
  await page.locator('form.describe button[type="submit"], form.describe .button-primary').first().click();
  return kept;
}

async function journey(page: Page, situation: BlindSituation) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openApp(page);
  const language = SWITCH[situation.lang];
  if (language) {
    await page.getByRole('button', { name: language }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', situation.lang === 'en' ? 'en' : /zh-(TW|Hant)/);
    await downloadsSettled(page);
  }
  await toTheBox(page, situation);
  const kept = await describe(page, situation);
  const asked: string[] = [];
  for (let step = 0; step < 15; step += 1) {
    await expect(questionOptions(page).first().or(page.getByRole('article').first())).toBeVisible();
    if ((await questionOptions(page).count()) === 0) break;
    asked.push(await answerScreen(page, situation));
  }
  await expect(page.getByRole('article').first()).toBeVisible();
  // The single-choice questions the ticked situations answered were not asked again (a "many" question they began
  // is asked, with what they named already ticked).
  const answeredByWords = new Set(
    kept.flatMap((id) => Object.keys(implied.get(id)?.answers ?? {})).filter((q) => !MANY.has(q)),
  );
  expect(asked.filter((id) => answeredByWords.has(id))).toEqual([]);
  // The words never left the page: no request elsewhere, nothing of them stored.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  const stored = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  );
  expect(stored).not.toContain(situation.says.slice(0, 6));
  return { kept, asked };
}

for (const situation of JOURNEYS)
  test(`${situation.lang}: ${situation.it}`, async ({ page }) => {
    test.setTimeout(60_000);
    const { kept, asked } = await journey(page, situation);
    test.info().annotations.push({
      type: 'own words',
      description: `kept ${String(kept.length)} (${kept.join(', ')}), asked ${String(asked.length)} of ${String(situation.answers.length - 1)}`,
    });
  });

test('the lexicon arrives once the box is focused, not with the first screens', async ({ page }) => {
  await openApp(page);
  await page.locator('form.question button[name="safetyNow"][value="noneOfThese"]').click();
  await page.getByRole('button', { name: uiText('describe.offer') }).click();
  const box = page.getByRole('textbox', { name: uiText('describe.heading') });
  await expect(box).toBeVisible();
  const lexiconLoaded = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('situation-lexicon')));
  expect(await lexiconLoaded()).toBe(false);
  await box.focus();
  await expect.poll(lexiconLoaded).toBe(true);
});

test('negation holds, nothing is ticked to begin with, and only what is ticked is recorded', async ({ page }) => {
  await openApp(page);
  await page.locator('form.question button[name="safetyNow"][value="noneOfThese"]').click();
  await page.getByRole('button', { name: uiText('describe.offer') }).click();
  await page.getByRole('textbox').pressSequentially('催收天天打电话，还骂我，但是没有威胁我');
  await page.getByRole('button', { name: uiText('describe.read') }).click();
  await expect(page.getByRole('heading', { name: uiText('describe.understood') })).toBeVisible();
  const understood = page.locator('input[name="situation"]');
  const ids = await understood.evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value));
  // Negation holds: nothing about threats is understood.
  expect(ids.filter((id) => /threat/i.test(id))).toEqual([]);
  expect(ids).toContain('insults');
  for (const item of await understood.all()) await expect(item).not.toBeChecked();
  // Tick the insults only: only that is recorded.
  await understood.and(page.locator('[value="insults"]')).check();
  await page.getByRole('button', { name: uiText('describe.confirm') }).click();
  // The first question not answered by the words is asked, as before.
  await expect(
    page.locator('form.question button[name="lender"], form.question input[name="lender"]').first(),
  ).toBeVisible();
});
