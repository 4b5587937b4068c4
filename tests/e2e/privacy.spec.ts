// Privacy promises in real Chromium: resume after reload, quick exit with no way back, delete, shared-phone mode,
// no request to any other host and no policy violation.
import { answerWith, EXIT, expect, optionLabels, promptOf, serveEverydayPages, test, uiText } from './fixtures.ts';
import type { Page } from '@playwright/test';

// The privacy promises (the CSP, nothing stored) hold with the offline copy installed, as on a person's phone.
test.use({ serviceWorkers: 'allow' });

async function answerFirstTwo(page: Page) {
  await answerWith(page, optionLabels('collection-triage', 'safetyNow', 'noneOfThese'));
  await answerWith(page, optionLabels('collection-triage', 'lender', 'webank'));
  await expect(
    page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'contactKind') }),
  ).toBeVisible();
}

const storageState = (page: Page) =>
  page.evaluate(async () => ({
    local: window.localStorage.length,
    session: window.sessionStorage.length,
    cookies: document.cookie,
    databases: (await indexedDB.databases()).length,
  }));

test.beforeEach(async ({ page }) => {
  await serveEverydayPages(page);
});

test('a reload mid-flow resumes at the same step with the answers kept', async ({ page }) => {
  await page.goto('/');
  await answerFirstTwo(page);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'contactKind') }),
  ).toBeVisible();
  await page.getByRole('button', { name: uiText('question.back') }).click();
  await expect(page.getByLabel('微粒贷（微众银行）', { exact: true })).toBeChecked();
});

for (const how of ['the button', 'Shift three times'] as const) {
  test(`quick exit by ${how} leaves for an everyday page and Back does not return to the app`, async ({ page }) => {
    await page.goto('/');
    await answerFirstTwo(page);
    if (how === 'the button') await page.getByRole('button', { name: uiText('quickExit.button') }).click();
    else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(EXIT);
    await expect(page.getByText('晴')).toBeVisible();
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain('127.0.0.1');
  });
}

test('the skip link for assistive technology is the first thing in the tab order', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'safetyNow') })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /快速离开这个页面/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(EXIT);
});

test('"删除我的所有记录" leaves the browser storage empty', async ({ page }) => {
  await page.goto('/');
  await answerFirstTwo(page);
  expect((await storageState(page)).local).toBe(1);
  await page.getByRole('button', { name: uiText('privacy.deleteAll') }).click();
  await page.getByRole('button', { name: uiText('privacy.confirm') }).click();
  await expect(page.getByRole('status')).toContainText('已删除');
  expect(await storageState(page)).toEqual({ local: 0, session: 0, cookies: '', databases: 0 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: promptOf('collection-triage', 'safetyNow') })).toBeVisible();
});

test('shared-phone mode writes nothing to the browser, through a whole journey and a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: uiText('privacy.sharedMode') }).check();
  await expect(page.getByText(/共用手机模式已打开/)).toBeVisible();
  await answerFirstTwo(page);
  expect(await storageState(page)).toEqual({ local: 0, session: 0, cookies: '', databases: 0 });
  await page.reload();
  await expect(page.getByText(/共用手机模式已打开/)).toBeVisible();
  expect(await storageState(page)).toEqual({ local: 0, session: 0, cookies: '', databases: 0 });
});

test('the page carries a strict Content-Security-Policy and breaks none of it', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe');
  await answerFirstTwo(page);
  expect(problems).toEqual([]);
});
