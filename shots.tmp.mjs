/* global document, window, localStorage */
import { chromium } from '@playwright/test';
import { serveDist } from './scripts/serve-dist.mjs';
const server = await serveDist('dist', 4312);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const now = Date.now();
const e = (id, at, contacted, notes = '') => ({ id, at, durationMinutes: 0, channel: 'call', answered: true, callerGave: '', firmNamed: '', contacted, happened: [], notes });
const log = JSON.stringify({ format: 1, savedAt: now, retentionDays: 30, entries: [e('a', '2026-11-23T09:00', 'me'), e('b', '2026-11-23T23:10', 'me', '说明天再不还就上门'), e('c', '2026-11-23T15:00', 'colleague')], complaintsMade: {} });
try {
  for (const lang of ['zh-CN', 'zh-TW', 'en']) {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
    await context.addInitScript(([lang, log]) => {
      if (sessionStorage.getItem('s')) return;
      sessionStorage.setItem('s', '1');
      localStorage.clear();
      if (lang !== 'zh-CN') localStorage.setItem('collection-guide.lang', lang);
      localStorage.setItem('collection-guide.log', log);
    }, [lang, log]);
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error(lang, err.message));
    await page.goto(server.url);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.locator('.tools-nav button').nth(2).click();
    await page.locator('.draft').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/tools-shots/${lang}-drafts.png` });
    await page.screenshot({ path: `/tmp/tools-shots/${lang}-drafts-full.png`, fullPage: true });
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    // Each channel with its whole text open (and the reading version open where there is one).
    await page.locator('.other-channels > summary').click();
    const n = await page.locator('.draft').count();
    const heights = [];
    for (let i = 0; i < n; i++) {
      const card = page.locator('.draft').nth(i);
      const full = card.locator('.draft-full');
      if (!(await full.evaluate((d) => d.open))) await full.locator('> summary').click();
      const closed = await card.evaluate((el) => el.offsetHeight);
      const reading = card.locator('.draft-reading');
      let withReading = '';
      if (await reading.count()) {
        await reading.locator('> summary').click();
        withReading = ` / with reading version ${await card.evaluate((el) => el.offsetHeight)}`;
      }
      heights.push(`${await card.locator('h2').textContent()}: ${closed}${withReading}`);
    }
    await page.locator('.draft').nth(0).screenshot({ path: `/tmp/tools-shots/${lang}-draft-card-open.png` });
    console.log(lang, 'drafts page as opened', total, 'px; per channel (text open):', heights.join('; '));
    await page.locator('.tools-nav button').nth(3).click();
    await page.locator('.words').waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `/tmp/tools-shots/${lang}-words-full.png`, fullPage: true });
    console.log(lang, 'words page', await page.evaluate(() => document.documentElement.scrollHeight), 'px; overflow x:', await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
