// Playwright's test with a page that waits, after each visit to the app, until the app has taken over the
// prerendered screen (which looks the same but does not respond yet).
import { test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

export { expect } from '@playwright/test';

async function appReady(page: Page, baseURL: string | undefined) {
  if (baseURL && page.url().startsWith(baseURL)) await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

export const test = base.extend({
  page: async ({ page, baseURL }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await appReady(page, baseURL);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await appReady(page, baseURL);
      return response;
    };
    await provide(page);
  },
});
