// Whole journeys in real Chromium on a 360 px phone screen, against the production build.
import { answerWith, expect, outcomeTitle, tapOption, test, uiText } from './fixtures.ts';
import type { Page } from '@playwright/test';
import flowJson from '../../flows/collection-triage.json' with { type: 'json' };
import courtJson from '../../flows/court-papers.json' with { type: 'json' };
import type { Flow } from '../../src/flow/schema.ts';
import { PERSONAS } from '../scenarios/personas.ts';

const flow = flowJson as Flow;
const court = courtJson as Flow;

function labelOf(questionId: string, optionId: string, inFlow: Flow = flow): string {
  const node = inFlow.nodes.find((n) => n.id === questionId);
  const option = node?.kind === 'question' ? node.options.find((o) => o.id === optionId) : undefined;
  if (!option) throw new Error(`no option ${questionId}.${optionId}`);
  return option.label;
}

function promptOf(questionId: string, inFlow: Flow = flow): string {
  const node = inFlow.nodes.find((n) => n.id === questionId);
  if (node?.kind !== 'question') throw new Error(`no question ${questionId}`);
  return node.prompt;
}

async function answer(page: Page, questionId: string, optionIds: string[], inFlow: Flow = flow) {
  await expect(page.getByRole('heading', { level: 1, name: promptOf(questionId, inFlow) })).toBeVisible();
  await answerWith(
    page,
    optionIds.map((id) => labelOf(questionId, id, inFlow)),
  );
}

function persona(fragment: string) {
  const found = PERSONAS.find((p) => p.it.includes(fragment));
  if (!found) throw new Error(`no persona "${fragment}"`);
  return found;
}

test('a full journey ends in the sourced action list, 110 first when someone threatened violence', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  const p = persona('threatened with violence');
  // The last answer opens the result.
  for (const [questionId, optionIds] of p.answers) await answer(page, questionId, optionIds);

  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeFocused();
  const firstAction = page.getByRole('article').first();
  await expect(firstAction.getByRole('link', { name: /110/ }).first()).toHaveAttribute('href', 'tel:110');
  // Safe now and answering on: a threat of harm is not over, so it stays the urgent line, named for what was said
  // (decision 32); the insults beside it are named as likely unlawful.
  await expect(page.getByRole('region', { name: /^紧急：.*威胁要伤害你或家人/ })).toHaveCount(1);
  await expect(page.getByRole('region', { name: /^注意：.*可能违法/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /95384/ }).first()).toHaveAttribute('href', 'tel:95384');
  await expect(page.getByText('95017')).toHaveCount(0);
  // Every action names its sources (counted once the whole list has followed its first part), and the result
  // lists those sources once, in one place.
  await expect(page.getByRole('heading', { level: 2, name: uiText('result.toolsHeading') })).toBeVisible();
  const cards = await page.getByRole('article').count();
  await expect(page.locator('article .source-links')).toHaveCount(cards);
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`^${uiText('citations.summary')}`) }),
  ).toHaveCount(1);

  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: 'test-results/result-360.png', fullPage: false });
});

test('the tap opens the result on its heading with the verdicts and first steps, and the whole list follows: every group and the tools', async ({
  page,
}) => {
  await page.goto('/');
  for (const [questionId, optionIds] of persona('at the door right now').answers)
    await answer(page, questionId, optionIds);
  const heading = page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('region', { name: /^紧急：/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: uiText('result.firstSteps') })).toBeVisible();
  // The rest of the list is drawn straight after the first part, in the background; it comes without another tap
  // and leaves the focus where it was.
  await expect(page.getByRole('heading', { level: 2, name: uiText('result.toolsHeading') })).toBeVisible();
  const allSteps = page.getByRole('region', { name: new RegExp(`^${uiText('result.allSteps')}`) });
  expect(await allSteps.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(1);
  await expect(heading).toBeFocused();
});

test('changing an earlier answer from the answers page changes the result', async ({ page }) => {
  await page.goto('/');
  const p = persona('family and a colleague');
  for (const [questionId, optionIds] of p.answers) await answer(page, questionId, optionIds);
  await expect(page.getByRole('region', { name: /^注意：/ }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: /^警惕：/ })).toHaveCount(0);

  await page.getByRole('button', { name: uiText('result.changeAnswers') }).click();
  await page.getByRole('button', { name: /^修改\s*“可疑要求”$/ }).click();
  await answer(page, 'redFlags', ['personalAccount']);
  await expect(page.getByRole('heading', { level: 1, name: uiText('review.heading') })).toBeVisible();
  await page.getByRole('button', { name: uiText('review.confirm') }).click();
  await expect(page.getByRole('region', { name: /^警惕：/ })).toBeVisible();
  await expect(page.getByRole('article').first()).toHaveAttribute('data-action-id', 'doNotTransfer');
});

test("the browser's Back button moves between questions and keeps the answers", async ({ page }) => {
  await page.goto('/');
  await answer(page, 'safetyNow', ['noneOfThese']);
  await answer(page, 'lender', ['webank']);
  await expect(page.getByRole('heading', { level: 1, name: promptOf('contactKind') })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: promptOf('lender') })).toBeVisible();
  await expect(page.getByLabel(labelOf('lender', 'webank'), { exact: true })).toBeChecked();

  await answer(page, 'lender', ['webank']);
  await expect(page.getByRole('heading', { level: 1, name: promptOf('contactKind') })).toBeVisible();
  // The in-app Back and the browser's Back agree.
  await page.getByRole('button', { name: uiText('question.back') }).click();
  await expect(page.getByRole('heading', { level: 1, name: promptOf('lender') })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: promptOf('safetyNow') })).toBeVisible();
  // Shown as chosen to everyone: a screen reader hears it in the button's name, and it is written on the button.
  const chosen = tapOption(page, labelOf('safetyNow', 'noneOfThese'));
  await expect(chosen).toHaveAccessibleName(new RegExp(uiText('question.chosen')));
  await expect(chosen).toContainText(uiText('question.chosen'));
});

test('Back from the result is the answers page, then the last question, its answer shown as chosen', async ({
  page,
}) => {
  await page.goto('/');
  const p = persona('a polite overdue reminder');
  for (const [questionId, optionIds] of p.answers) await answer(page, questionId, optionIds);
  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: uiText('review.heading') })).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: promptOf('amountDisputed') })).toBeFocused();
  const chosen = tapOption(page, labelOf('amountDisputed', 'amountCorrect'));
  await expect(chosen).toHaveAccessibleName(`${labelOf('amountDisputed', 'amountCorrect')} 你选的`);
  await expect(page.locator('.choice-tap.is-chosen')).toHaveCount(1);
});

test('a double tap answers one question, not the next one that appears under the finger', async ({ page }) => {
  await page.goto('/');
  const p = persona('a polite overdue reminder');
  // Up to "can you pay?", whose next question is also a single choice.
  for (const [questionId, optionIds] of p.answers.filter(([id]) => id !== 'amountDisputed'))
    if (questionId === 'paymentSituation') {
      await expect(page.getByRole('heading', { level: 1, name: promptOf(questionId) })).toBeVisible();
      const option = tapOption(page, labelOf(questionId, optionIds[0] ?? ''));
      const box = await option.boundingBox();
      await option.dblclick();
      // The second tap did land on an option of the next question.
      const under = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('.choice-tap')?.textContent ?? '',
        { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 },
      );
      const next = flow.nodes.find((n) => n.id === 'amountDisputed');
      const labels = next?.kind === 'question' ? next.options.map((o) => o.label) : [];
      expect(
        labels.some((label) => under.startsWith(label)),
        `"${under}" is an option of the next question`,
      ).toBe(true);
    } else await answer(page, questionId, optionIds);
  await expect(page.getByRole('heading', { level: 1, name: promptOf('amountDisputed') })).toBeVisible();
  await expect(page.locator('.choice-tap.is-chosen')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') })).toHaveCount(
    0,
  );
});

test('someone at the door sees the 110 card on the very next screen', async ({ page }) => {
  await page.goto('/');
  await answer(page, 'safetyNow', ['atDoorNow']);
  await expect(page.getByRole('heading', { level: 1, name: promptOf('safetyFirst') })).toBeVisible();
  const call = page.getByRole('link', { name: /110/ }).first();
  await expect(call).toBeVisible();
  await expect(call).toHaveAttribute('href', 'tel:110');
  // Measured in one step in the page: the card's title and its link stand in until the rest of the app arrives,
  // then the whole card takes their place, and a link found first and measured after would be gone. Both are tapped.
  const height = () =>
    page.evaluate(() => document.querySelector('main a[href="tel:110"]')?.getBoundingClientRect().height ?? 0);
  expect(await height()).toBeGreaterThanOrEqual(44);
  await expect(page.locator('main .action-card a[href="tel:110"]').first()).toBeVisible();
  expect(await height()).toBeGreaterThanOrEqual(44);
});

test('the first screen offers the court-papers guide; a payment order ends in 12368 and the 15-day objection', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: court.situation ?? court.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: promptOf('howReceived', court) })).toBeFocused();
  await answer(page, 'howReceived', ['courtMail'], court);
  await answer(page, 'documentKind', ['paymentOrder'], court);
  await answer(page, 'caseVerified', ['notChecked'], court);
  await answer(page, 'receivedWhen', ['within7Days'], court);
  await answer(page, 'alsoHappening', ['noneOfThese'], court);
  await answer(page, 'debtView', ['disputeAmount'], court);
  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeFocused();
  await expect(page.getByRole('link', { name: /12368/ }).first()).toHaveAttribute('href', 'tel:12368');
  await expect(page.getByRole('heading', { name: '支付令有异议：15 日内书面提出' })).toBeVisible();
  // Each action is a title one tap from its steps, where the numbers in the steps are.
  await page.locator('.result details').evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
  await expect(page.getByRole('link', { name: /12348/ }).first()).toHaveAttribute('href', 'tel:12348');
  // A reload comes back to the court-papers result, not the collection guide.
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: '支付令有异议：15 日内书面提出' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
