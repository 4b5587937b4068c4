// Every language in real Chromium: switching mid-flow keeps the answers and the step, <html lang> follows,
// the choice is remembered, and axe finds nothing on any screen in any language.
import { answerWith, expect, expectNoViolations, optionLabels, promptOf, tapOption, test } from './fixtures.ts';
import enTriage from '../../flows/i18n/en/collection-triage.json' with { type: 'json' };
import enUi from '../../flows/i18n/en/ui.json' with { type: 'json' };

const en = (key: string): string => {
  const entry = (enTriage as Record<string, { text: string }>)[key] ?? (enUi as Record<string, { text: string }>)[key];
  if (!entry) throw new Error(`no English for ${key}`);
  return entry.text;
};

test('switching language mid-flow keeps the step and the answers; lang, words and choice follow', async ({ page }) => {
  await page.goto('/');
  await answerWith(page, optionLabels('collection-triage', 'safetyNow', 'noneOfThese'));
  await expect(page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'safetyNow') })).toBeHidden();
  const secondHeading = await page.getByRole('heading', { level: 1 }).textContent();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: en('question.continue') })).toBeVisible();
  const englishHeading = await page.getByRole('heading', { level: 1 }).textContent();
  expect(englishHeading).not.toBe(secondHeading);
  expect(englishHeading).toMatch(/[A-Za-z]/);
  // Still the second question, and Back returns to the first with its answer kept.
  await page.getByRole('button', { name: en('question.back') }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('nodes.safetyNow.prompt') })).toBeVisible();
  await expect(tapOption(page, en('nodes.safetyNow.options.noneOfThese.label'))).toContainText(en('question.chosen'));

  // Remembered on this device across a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: en('nodes.safetyNow.prompt') })).toBeVisible();

  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('heading', { level: 1, name: '你現在安全嗎？' })).toBeVisible();
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'safetyNow') })).toBeVisible();
});

for (const [language, buttonName] of [
  ['zh-TW', '繁體中文'],
  ['en', 'English'],
] as const)
  test(`every screen of a journey in ${language} has no WCAG A/AA violation`, async ({ page }) => {
    // About fifteen full axe scans: 20-30 s on a loaded 2-core machine, so the default 30 s is too tight.
    test.setTimeout(120_000);
    await page.goto('/');
    await page.getByRole('button', { name: buttonName }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const next = async () => {
      await page.getByRole('button', { name: language === 'en' ? en('question.continue') : '繼續' }).click();
    };
    await expectNoViolations(page, 'first question');
    // The first option of each question (a tap, or a tick and Continue) until the result; then the answers page.
    for (let step = 0; step < 14; step++) {
      const firstOption = page.locator('form .choice input, form .choice-tap').first();
      if (!(await firstOption.isVisible().catch(() => false))) break;
      if ((await firstOption.evaluate((el) => el.tagName)) === 'BUTTON') await firstOption.click();
      else {
        await firstOption.check();
        await next();
      }
      await expect(page.locator('main h1')).toBeFocused();
      if (await page.locator('.result').count()) break;
      await expectNoViolations(page, `step ${String(step + 1)}`);
    }
    await expect(page.locator('.result')).toBeVisible();
    await page.locator('.result .disclaimer').waitFor();
    await expectNoViolations(page, 'result');
    await page
      .getByRole('button', { name: language === 'en' ? en('result.changeAnswers') : '看看或修改我的回答' })
      .click();
    await expect(page.locator('.review')).toBeVisible();
    await expectNoViolations(page, 'answers page');
    for (const tool of ['log', 'drafts', 'words'] as const) {
      await page.locator('.tools-nav button').nth(['guide', 'log', 'drafts', 'words'].indexOf(tool)).click();
      await expect(page.locator('main h1')).toBeVisible();
      await expectNoViolations(page, tool);
    }
  });
