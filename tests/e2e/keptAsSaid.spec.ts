// What the app says it saved or deleted is what the browser holds: two tabs, a full phone, expiry, pages that fail
// to load, the log's limit, typing, impossible dates, fields from a newer version and shared-phone mode.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import {
  LOG_KEY,
  PROGRESS_KEY,
  RETENTION_KEY,
  UNREAD_KEY,
  beijing,
  deleteAll,
  entry,
  logCall,
  openLog,
  seed,
  storedLog,
  storedNotes,
} from './logHelpers.ts';
import { answerWith, EXIT, serveEverydayPages } from './fixtures.ts';

const DAY = 86_400_000;

test.beforeEach(async ({ context }) => {
  await serveEverydayPages(context);
});

/** A second page of the same browser opens the app, and waits until it responds (the fixture's page does so itself). */
async function openApp(page: Page) {
  await page.goto('/');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

async function answerFirstTwo(page: Page) {
  await answerWith(page, ['都没有，我现在是安全的']);
  await answerWith(page, ['微粒贷（微众银行）']);
  await expect(page.getByRole('heading', { level: 1, name: '对方是怎么找你的？' })).toBeVisible();
}

test('two tabs: each write starts from what is stored now, and never brings back what the other deleted', async ({
  context,
}) => {
  const a = await context.newPage();
  await openApp(a);
  await openLog(a);
  await logCall(a, beijing(-1, 9), 'A-first');
  const b = await context.newPage();
  await openApp(b);
  await openLog(b);
  await logCall(a, beijing(-1, 10), 'A-second');
  await logCall(b, beijing(-1, 11), 'B-only');
  await expect.poll(() => storedNotes(a)).toEqual(['A-first', 'A-second', 'B-only']);
  // Tab B removes its own copy of A-first: A-second, which B never showed, stays stored.
  await b.reload();
  await b.locator('html[data-ready]').waitFor({ state: 'attached' });
  await openLog(b);
  await expect(b.locator('.log-entry')).toHaveCount(3);

  await deleteAll(a);
  await expect(a.getByText(/已删除。这台手机上没有你的回答和记录了/)).toBeVisible();
  expect(await storedLog(a)).toBeNull();
  // Tab B, opened before the deletion, has taken it (the notice shows there too), then logs one more contact:
  // nothing deleted comes back. Without the wait, a background tab may take the deletion only after its new entry.
  await expect(b.getByText(/已删除。这台手机上没有你的回答和记录了/)).toBeVisible();
  await b.getByRole('button', { name: '催收记录', exact: true }).click();
  await logCall(b, beijing(-1, 12), 'B-after');
  // Tab B's write lands a moment after its form says so; read the store until it has (or the limit passes).
  await expect.poll(() => storedNotes(a)).toEqual(['B-after']);

  // Shared-phone mode in tab A removes everything; tab B writing afterwards does not restore the earlier entries.
  // Tab A holds nothing since the deletion, so the mode turns on without asking.
  await a.getByRole('checkbox', { name: '共用手机模式：什么都不保存' }).check();
  expect(await storedLog(a)).toBeNull();
  await b.getByRole('button', { name: '催收记录', exact: true }).click();
  if (await b.getByRole('button', { name: '记一笔' }).isVisible()) await logCall(b, beijing(-1, 12), 'B-later');
  expect(await storedNotes(a)).not.toContain('B-after');
});

/** Fills the origin's storage until the browser refuses one more character. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${String(i)}`, 'x'.repeat(size));
        i += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

test('storage full when the app opens: the answers and the log are shown, the notice says the phone is full, delete-all deletes', async ({
  page,
}) => {
  await page.goto('/');
  await answerFirstTwo(page);
  await openLog(page);
  await logCall(page, beijing(-1), '全满之前记的');
  await fillStorage(page);
  await page.reload();
  await openLog(page);
  await expect(page.locator('.log-entry')).toHaveCount(1);
  await expect(page.locator('.log-entry')).toContainText('全满之前记的');
  const panel = page.getByRole('contentinfo');
  await expect(panel).not.toContainText('这个浏览器不允许保存');
  await expect(panel).toContainText('存储空间满了');
  await page.getByRole('button', { name: '向导', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '对方是怎么找你的？' })).toBeVisible();

  await deleteAll(page);
  await expect(page.getByText(/已删除。这台手机上没有你的回答和记录了/)).toBeVisible();
  expect(await storedLog(page)).toBeNull();
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
});

test('parts that could not be read expire with the log, and keeping the shorter time is remembered', async ({
  page,
}) => {
  await page.goto('/');
  const savedAt = Date.now();
  await seed(page, {
    [LOG_KEY]: JSON.stringify({
      format: 1,
      savedAt,
      retentionDays: 7,
      entries: [entry('good', beijing(-1), '读得出'), { id: 'bad', at: 'not a time' }],
      complaintsMade: {},
    }),
  });
  await page.reload();
  await expect(page.getByText(/有 1 处读不出来/)).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), UNREAD_KEY)).not.toBeNull();
  // Four hundred days later, nothing of it is left: neither the log nor the part set aside.
  await page.clock.install({ time: savedAt + 400 * DAY });
  await page.reload();
  await expect(page.getByText(/超过保存期限的催收记录已经自动删除了/)).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), UNREAD_KEY)).toBeNull();
  expect(await storedLog(page)).toBeNull();
});

test('"不用，还是 7 天后删除" survives the next opening', async ({ page }) => {
  await page.goto('/');
  await seed(page, {
    [RETENTION_KEY]: '7',
    [LOG_KEY]: JSON.stringify({
      format: 1,
      savedAt: Date.now(),
      retentionDays: 30,
      entries: [entry('a', beijing(-1), '')],
      complaintsMade: { webank: beijing(0).slice(0, 10) },
    }),
  });
  await page.reload();
  await page.getByRole('button', { name: '投诉材料', exact: true }).click();
  await page.getByRole('button', { name: '不用，还是 7 天后删除' }).click();
  await expect(page.getByRole('button', { name: '不用，还是 7 天后删除' })).toBeHidden();
  expect((await storedLog(page))?.retentionDays).toBe(7);
  await page.reload();
  await page.getByRole('button', { name: '投诉材料', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '投诉材料' })).toBeVisible();
  await expect(page.getByText(/要把保存时间延长到提醒之后吗/)).toBeHidden();
  expect((await storedLog(page))?.retentionDays).toBe(7);
});

test('a page that cannot load says why, keeps the person where they were, and "再试一次" loads it', async ({
  page,
}) => {
  // As offline before the offline copy is installed, or a tab left open while a new version was deployed.
  await page.route('**/assets/ContactLogPage-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await answerFirstTwo(page);
  await page.getByRole('button', { name: '催收记录', exact: true }).click();
  await expect(page.getByText('这一页没能载入。请检查网络，再试一次。你的回答还在。')).toBeVisible();
  await expect(page.getByRole('button', { name: '重新开始' })).toHaveCount(0);
  await page.unroute('**/assets/ContactLogPage-*.js');
  await page.getByRole('button', { name: '再试一次' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '催收记录' })).toBeVisible();
  await page.getByRole('button', { name: '向导', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '对方是怎么找你的？' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).not.toBeNull();
});

/** In the form for an entry with a note, the details are open already. */
async function editNotes(page: Page, text: string) {
  const notes = page.getByLabel('备注（对方原话、你的感受，都可以）');
  if (!(await notes.isVisible())) await page.getByText('更多细节：时长、对方号码、公司、备注（可以不填）').click();
  await notes.fill(text);
}

function fullLog(count: number) {
  const entries = Array.from({ length: count }, (_, i) =>
    entry(`e${String(i)}`, `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T09:00`, `第${String(i)}条`),
  );
  return JSON.stringify({ format: 1, savedAt: Date.now(), retentionDays: 30, entries, complaintsMade: {} });
}

test('at 500 entries a new one is refused before anything is typed; with 501 stored an edit is saved', async ({
  page,
}) => {
  await page.goto('/');
  await seed(page, { [LOG_KEY]: fullLog(500) });
  await page.reload();
  await openLog(page);
  await page.getByRole('button', { name: '记一笔' }).click();
  await expect(page.getByLabel('什么时候（北京时间）')).toHaveCount(0);
  await expect(
    page
      .getByRole('main')
      .getByText(/已经记满 500 条/)
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '下载成文本文件' }).first()).toBeVisible();
  await expect(page.getByText('已记下。')).toHaveCount(0);
  expect((await storedLog(page))?.entries).toHaveLength(500);

  await seed(page, { [LOG_KEY]: fullLog(501) });
  await page.reload();
  await openLog(page);
  const first = page.locator('.log-entry').first();
  await first.getByRole('button', { name: '修改' }).click();
  await editNotes(page, '改过的备注');
  await page.getByRole('button', { name: '保存这条记录' }).click();
  await expect(page.getByText('已修改。')).toBeVisible();
  expect(await storedNotes(page)).toContain('改过的备注');
});

test('Shift three times while typing does not leave the page', async ({ page }) => {
  await page.goto('/');
  await openLog(page);
  await page.getByRole('button', { name: '记一笔' }).click();
  await page.getByText('更多细节：时长、对方号码、公司、备注（可以不填）').click();
  const notes = page.getByLabel('备注（对方原话、你的感受，都可以）');
  await notes.click();
  await page.keyboard.type('他说');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  const caller = page.getByLabel('对方的号码或名字');
  await caller.click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  // An input method that switches mode with Shift, mid-composition.
  await notes.evaluate((el) => {
    for (let i = 0; i < 3; i++)
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true, isComposing: true }));
  });
  await page.waitForTimeout(300);
  expect(page.url()).not.toContain('weather');
  await expect(notes).toHaveValue('他说');
  // Outside a text field the shortcut still leaves.
  await page.getByRole('heading', { level: 2, name: '记一笔' }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(EXIT);
});

test('a contact time after now or in an absurd year is refused; a long-past 支付令 says its deadline has passed', async ({
  page,
}) => {
  await page.goto('/');
  await openLog(page);
  for (const at of ['9999-12-31T10:00', '1970-01-02T10:00', beijing(2)]) {
    await page.getByRole('button', { name: '记一笔' }).click();
    await page.getByLabel('什么时候（北京时间）').fill(at);
    await page.getByRole('radio', { name: '短信', exact: true }).check();
    await page.getByRole('button', { name: '保存这条记录' }).click();
    await expect(page.getByRole('link', { name: /这个时间不对|这个日期不对|请填写日期和时间/ })).toBeVisible();
    await page.getByRole('button', { name: '取消' }).click();
  }
  expect(await storedLog(page)).toBeNull();

  await page.getByRole('button', { name: '投诉材料', exact: true }).click();
  const received = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10);
  await page.getByLabel('支付令送达的日期').fill(received);
  const download = page.waitForEvent('download', { timeout: 2000 }).catch(() => undefined);
  await page.getByRole('button', { name: '下载期限提醒（日历文件）' }).click();
  await expect(page.getByText(/期限.*已经过了/)).toBeVisible();
  expect(await download).toBeUndefined();
});

test('fields from a newer version are kept verbatim on re-save; a log without retentionDays is read', async ({
  page,
}) => {
  await page.goto('/');
  await seed(page, {
    [LOG_KEY]: JSON.stringify({
      format: 1,
      savedAt: Date.now(),
      entries: [entry('n1', beijing(-1), '新版本写的', { recordedVoice: { seconds: 12 } })],
      complaintsMade: {},
      laterField: ['kept'],
    }),
  });
  await page.reload();
  await openLog(page);
  await expect(page.locator('.log-entry')).toHaveCount(1);
  await expect(page.getByText(/读不出来/)).toHaveCount(0);
  await page.locator('.log-entry').getByRole('button', { name: '修改' }).click();
  await editNotes(page, '改过');
  await page.getByRole('button', { name: '保存这条记录' }).click();
  await expect(page.getByText('已修改。')).toBeVisible();
  const log = await storedLog(page);
  expect(log?.laterField).toEqual(['kept']);
  expect(log?.entries[0]).toMatchObject({ notes: '改过', recordedVoice: { seconds: 12 } });
});

test('turning on shared-phone mode says the home-screen icon opens the app without it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: '共用手机模式：什么都不保存' }).check();
  await expect(page.getByRole('contentinfo')).toContainText('主屏幕');
});
