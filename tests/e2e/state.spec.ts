// One owner of the app's state, in real Chromium: both flows' progress kept when switching, the retention question
// without a tool page, and delete-all and shared-phone mode reaching every open tab.
import type { Page } from '@playwright/test';
import { answerWith, expect, test } from './fixtures.ts';

const COLLECTION_TO_RESULT = [
  '都没有，我现在是安全的',
  '微粒贷（微众银行）',
  '法院文书，或说我“已被起诉”',
  '收到了支付令',
  '有，已经逾期了',
  '还没有核实',
  '都没有',
  '都没有',
  '现在还不上',
  '金额是对的',
];

/** Another tab of the same browser on the app, ready to respond. */
async function secondTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto('/');
  await other.waitForFunction(() => 'ready' in document.documentElement.dataset);
  return other;
}

test('opening the court-papers flow from the collection result keeps the collection answers; choosing it again returns to its result', async ({
  page,
}) => {
  await page.goto('/');
  for (const label of COLLECTION_TO_RESULT) await answerWith(page, [label]);
  // The link sits in the court-papers action's details.
  await page
    .locator('details', { has: page.getByRole('button', { name: /^打开：/, includeHidden: true }) })
    .locator('summary')
    .first()
    .click();
  const toCourt = page.getByRole('button', { name: /^打开：/ });
  await expect(toCourt).toBeVisible();
  await toCourt.click();
  await expect(page.getByRole('heading', { level: 1, name: '这份文书或消息是怎么来的？' })).toBeFocused();
  const chooser = page.getByRole('navigation', { name: '你遇到的是哪种情况' });
  await chooser.getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 2, name: '接下来可以用的工具' })).toBeVisible();
  // A reload keeps them too.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '接下来可以用的工具' })).toBeVisible();
});

test('the retention question appears on the first screen, without a tool page being opened', async ({ page }) => {
  const today = new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await page.addInitScript((day) => {
    if (window.localStorage.getItem('collection-guide.retention') !== null) return;
    window.localStorage.setItem('collection-guide.retention', '7');
    window.localStorage.setItem(
      'collection-guide.log',
      JSON.stringify({
        format: 1,
        savedAt: Date.now(),
        retentionDays: 30,
        entries: [],
        complaintsMade: {},
        paymentOrderReceived: day,
      }),
    );
  }, today);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '你现在安全吗？' })).toBeVisible();
  await expect(page.getByText(/你选了 7 天后自动删除，但 .*还有一个提醒/)).toBeVisible();
  await expect(page.getByRole('button', { name: '延长到 30 天' })).toBeVisible();
});

test('delete-all in one tab reaches the other at once, and the other tab writes nothing deleted back', async ({
  page,
}) => {
  await page.goto('/');
  await answerWith(page, ['都没有，我现在是安全的']);
  await answerWith(page, ['微粒贷（微众银行）']);
  const other = await secondTab(page);
  await expect(other.getByRole('heading', { level: 1, name: '对方是怎么找你的？' })).toBeVisible();
  await page.getByRole('button', { name: '删除我的所有记录' }).click();
  await page.getByRole('button', { name: '确定删除' }).click();
  await expect(other.getByRole('status')).toContainText('已删除');
  await expect(other.getByRole('heading', { level: 1, name: '你现在安全吗？' })).toBeVisible();
  await answerWith(other, ['都没有，我现在是安全的']);
  const stored = await other.evaluate(() => window.localStorage.getItem('collection-guide'));
  expect(
    Object.keys(
      (JSON.parse(stored ?? '{}') as { snapshot: { context: { answers: object } } }).snapshot.context.answers,
    ),
  ).toEqual(['safetyNow']);
});

test('shared-phone mode turned on in one tab is on in the other at once, which then stores nothing', async ({
  page,
}) => {
  await page.goto('/');
  await answerWith(page, ['都没有，我现在是安全的']);
  const other = await secondTab(page);
  await page.getByRole('checkbox', { name: '共用手机模式：什么都不保存' }).click();
  await page.getByRole('button', { name: '删除并打开' }).click();
  await expect(other.getByText(/共用手机模式已打开/)).toBeVisible();
  await answerWith(other, ['微粒贷（微众银行）']);
  expect(await other.evaluate(() => window.localStorage.length)).toBe(0);
});
