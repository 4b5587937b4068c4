// The quick exit from the largest contact log, every entry listed: it leaves, Back does not return, and the log is
// kept as it was. A file of its own so that this, the longest browser test, starts early instead of last.
import { BEFORE, EXIT, expect, serveEverydayPages, test, uiText } from './fixtures.ts';
import { ENTRY_LIMITS } from '../../src/contactLog/entry.ts';
import { beijing, entry, LOG_KEY, openLog, seed, storedLog } from './logHelpers.ts';

test.beforeEach(async ({ page }) => {
  await serveEverydayPages(page);
});

/** The largest log the app keeps: 500 calls over the last 50 days, each with a full-length note. */
function largestLog(): string {
  const entries = Array.from({ length: ENTRY_LIMITS.entries }, (_, i) =>
    entry(
      `e${String(i)}`,
      beijing(Math.floor(i / 10) - 50, 8 + (i % 10)),
      `第${String(i)}条：${'对方说今天不还就上门，还要打给我的家人和单位。'.repeat(100)}`.slice(0, ENTRY_LIMITS.notes),
      { happened: i % 2 ? ['threats'] : ['disclosedDebt'], contacted: i % 3 ? 'me' : 'family' },
    ),
  );
  return JSON.stringify({ format: 1, savedAt: Date.now(), retentionDays: 30, entries, complaintsMade: {} });
}

test('with all 500 log entries listed, the quick exit leaves, Back does not return, and every entry is kept', async ({
  page,
  baseURL,
}) => {
  // Listing all 500 takes 24 taps, each query walking a longer page: on a loaded 2-core machine over 2 minutes.
  test.setTimeout(300_000);
  await page.goto(BEFORE);
  await page.goto('/');
  await seed(page, { [LOG_KEY]: largestLog() });
  await page.reload();
  await openLog(page);
  const [showMore] = uiText('log.showMore').split('{count}');
  const more = page.getByRole('button', { name: new RegExp(`^${showMore ?? ''}\\d+`) });
  while ((await more.count()) > 0) await more.click();
  // Every entry the person asked to see is on the page, the oldest last, and it shows once scrolled to.
  const listed = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: uiText('log.edit') }) });
  await expect(listed).toHaveCount(ENTRY_LIMITS.entries);
  const oldest = listed.last();
  await expect(oldest).toContainText('第0条');
  await oldest.getByRole('button', { name: uiText('log.edit') }).scrollIntoViewIfNeeded();
  await expect(oldest.getByRole('button', { name: uiText('log.edit') })).toBeVisible();
  const kept = await storedLog(page);
  expect(kept?.entries).toHaveLength(ENTRY_LIMITS.entries);

  await page.getByRole('button', { name: uiText('quickExit.button') }).click();
  await page.waitForURL(EXIT);
  await expect(page.getByText('晴')).toBeVisible();
  await page.goBack();
  await expect(page.getByText('之前的页面')).toBeVisible();
  expect(page.url().startsWith(new URL(baseURL ?? '').origin)).toBe(false);

  // Opened again, the app holds every entry exactly as it was before the exit.
  await page.goto('/');
  expect((await storedLog(page))?.entries).toEqual(kept?.entries);
});
