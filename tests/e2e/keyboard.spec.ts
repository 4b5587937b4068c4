// A whole journey with the keyboard alone: Tab, Space and Enter; focus lands on each new question's heading.
import { expect, outcomeTitle, test, uiText } from './fixtures.ts';
import type { Page } from '@playwright/test';
import flowJson from '../../flows/collection-triage.json' with { type: 'json' };
import type { Flow } from '../../src/flow/schema.ts';
import { PERSONAS } from '../scenarios/personas.ts';

const flow = flowJson as Flow;

/** The accessible name of whatever has focus (label text for inputs, text for buttons). */
async function focused(page: Page): Promise<{ tag: string; type: string; label: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', type: '', label: '' };
    const input = el as HTMLInputElement;
    // Only form controls have labels; for buttons and links the text is the name.
    const label = el instanceof HTMLInputElement ? (input.labels?.[0]?.textContent ?? '') : el.textContent;
    return { tag: el.tagName.toLowerCase(), type: input.type, label: label.trim() };
  });
}

async function tabUntil(page: Page, matches: (f: { tag: string; type: string; label: string }) => boolean) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error('never reached the element with Tab');
}

async function answerByKeyboard(page: Page, questionId: string, optionIds: string[]) {
  const node = flow.nodes.find((n) => n.id === questionId);
  if (node?.kind !== 'question') throw new Error(`no question ${questionId}`);
  await expect(page.getByRole('heading', { level: 1, name: node.prompt })).toBeFocused();
  const labels = optionIds.map((id) => node.options.find((o) => o.id === id)?.label ?? id);
  const alone =
    labels.length === 1 && (node.select === 'one' || node.options.find((o) => o.id === optionIds[0])?.exclusive);
  if (alone) {
    // An option that answers by itself is a button: Enter on it answers and moves on.
    const [label = ''] = labels;
    await tabUntil(page, (f) => f.tag === 'button' && f.label.startsWith(label));
    await page.keyboard.press('Enter');
    return;
  }
  for (const label of labels) {
    await tabUntil(page, (f) => f.type === 'checkbox' && f.label.startsWith(label));
    await page.keyboard.press('Space');
  }
  await tabUntil(page, (f) => f.tag === 'button' && f.label === '继续');
  await page.keyboard.press('Enter');
}

test('a keyboard-only journey from the first question to the result', async ({ page }) => {
  const persona = PERSONAS.find((p) => p.it.includes('family and a colleague'));
  if (!persona) throw new Error('persona missing');
  await page.goto('/');
  // A fresh page leaves focus at the top: the first Tab reaches the quick-exit skip link.
  await page.keyboard.press('Tab');
  expect((await focused(page)).label).toContain('快速离开');
  await page.getByRole('heading', { level: 1 }).focus();
  for (const [questionId, optionIds] of persona.answers) await answerByKeyboard(page, questionId, optionIds);

  // The last answer opens the result; the answers page is one Enter from its end, and leads back.
  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeFocused();
  await expect(page.locator('.action-card').first()).toBeVisible();
  await tabUntil(page, (f) => f.tag === 'button' && f.label === '看看或修改我的回答');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: uiText('review.heading') })).toBeFocused();
  await tabUntil(page, (f) => f.tag === 'button' && f.label === '查看我的应对清单');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeFocused();

  // An empty answer is caught by the error summary, which takes focus and links to the field.
  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).focus();
  await tabUntil(page, (f) => f.tag === 'button' && f.label === '继续');
  await page.keyboard.press('Enter');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
});
