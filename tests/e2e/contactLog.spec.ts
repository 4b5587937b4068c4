// The contact log in real Chromium: four calls logged, the late one and the colleague flagged, a draft copied.
import { expect, expectNoViolations, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

// A real visit, offline copy and all: no console error may come from it.
test.use({ serviceWorkers: 'allow' });

async function logCall(page: Page, at: string, who = '我本人') {
  await page.getByRole('button', { name: '记一笔' }).click();
  await page.getByLabel('什么时候（北京时间）').fill(at);
  await page.getByRole('radio', { name: '电话', exact: true }).check();
  await page.getByRole('radio', { name: '接通了', exact: true }).check();
  await page.getByRole('radio', { name: who, exact: true }).check();
  await page.getByRole('button', { name: '保存这条记录' }).click();
  await expect(page.getByText('已记下。')).toBeVisible();
}

test('log four calls, see the 23:10 call and the call to a colleague flagged, copy the 12378 draft', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/');
  await page.getByRole('button', { name: '催收记录' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '催收记录' })).toBeFocused();
  await expectNoViolations(page, 'empty log');
  await page.getByRole('button', { name: '记一笔' }).click();
  await expectNoViolations(page, 'entry form');
  await page.getByRole('button', { name: '取消' }).click();

  await logCall(page, '2026-11-23T09:00');
  await logCall(page, '2026-11-23T14:00');
  await logCall(page, '2026-11-23T23:10');
  await logCall(page, '2026-11-23T15:00', '同事');

  const entries = page.locator('.log-entry');
  await expect(entries).toHaveCount(4);
  const late = entries.filter({ hasText: '2026-11-23 23:10' });
  await expect(late).toContainText('可能违规：在晚上 10 点到早上 8 点之间催收');
  const colleague = entries.filter({ hasText: '联系了：同事' });
  await expect(colleague).toContainText('可能违规：找了你以外的人');
  await expect(entries.filter({ hasText: '2026-11-23 09:00' })).toContainText('没有发现违规迹象。');
  await expectNoViolations(page, 'log with entries');

  await page.getByRole('button', { name: '投诉材料' }).click();
  const nfra = page.getByRole('region', { name: '国家金融监督管理总局消费者投诉热线' });
  await nfra.getByRole('button', { name: '复制这份材料' }).click();
  await expect(nfra.getByText('已复制，可以粘贴到微信里。')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('12378');
  expect(copied).toContain('2026-11-23 23:10');
  expect(copied).toContain('联系了：同事');
  await expectNoViolations(page, 'drafts');

  await page.getByRole('button', { name: '接电话怎么说' }).click();
  await expectNoViolations(page, 'call words');

  // The browser's Back closes the tool page and returns to the guide, not out of the app.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('现在');
  expect(errors).toEqual([]);
});

test('the log survives a reload and prints without buttons', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '催收记录' }).click();
  await logCall(page, '2026-11-23T22:30');
  await page.reload();
  await page.getByRole('button', { name: '催收记录' }).click();
  await expect(page.locator('.log-entry')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '记一笔' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.log-entry')).toContainText('可能违规');
});
