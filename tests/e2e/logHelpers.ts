// What the contact-log browser tests share: logging a call as a person does, and reading what the browser stores.
import { expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

export const LOG_KEY = 'collection-guide.log';
export const UNREAD_KEY = 'collection-guide.log-unread';
export const PROGRESS_KEY = 'collection-guide';
export const RETENTION_KEY = 'collection-guide.retention';

/** Opens the contact log from the tools row. */
export async function openLog(page: Page): Promise<void> {
  await page.getByRole('button', { name: '催收记录', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '催收记录' })).toBeVisible();
}

/** Logs an answered call at `at` with `note` as its note, as a person fills the form. */
export async function logCall(page: Page, at: string, note: string): Promise<void> {
  await page.getByRole('button', { name: '记一笔' }).click();
  await page.getByLabel('什么时候（北京时间）').fill(at);
  await page.getByRole('radio', { name: '电话', exact: true }).check();
  await page.getByRole('radio', { name: '接通了', exact: true }).check();
  await page.getByText('更多细节：时长、对方号码、公司、备注（可以不填）').click();
  await page.getByLabel('备注（对方原话、你的感受，都可以）').fill(note);
  await page.getByRole('button', { name: '保存这条记录' }).click();
  await expect(page.getByText('已记下。')).toBeVisible();
}

/** The stored log as JSON, or null when nothing is stored. */
export function storedLog(page: Page): Promise<{ entries: Record<string, unknown>[]; [key: string]: unknown } | null> {
  return page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as { entries: Record<string, unknown>[] });
  }, LOG_KEY);
}

/** The notes of the stored entries, sorted. */
export async function storedNotes(page: Page): Promise<string[]> {
  const log = await storedLog(page);
  return (log?.entries ?? []).map((e) => String(e.notes)).sort();
}

/** A stored log entry as the app writes it. */
export function entry(id: string, at: string, notes = '', extra: Record<string, unknown> = {}) {
  return {
    id,
    at,
    durationMinutes: 0,
    channel: 'call',
    answered: true,
    callerGave: '',
    firmNamed: '',
    contacted: 'me',
    happened: [],
    notes,
    ...extra,
  };
}

/** Stores `log` under the log key before the app's scripts run on the next load. */
export async function seed(page: Page, values: Record<string, string>): Promise<void> {
  await page.evaluate((all) => {
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, values);
}

/** "yyyy-mm-ddThh:mm" in Beijing, `days` from now. */
export function beijing(days: number, hour = 9): string {
  const at = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${at}T${String(hour).padStart(2, '0')}:00`;
}

export async function deleteAll(page: Page): Promise<void> {
  await page.getByRole('button', { name: '删除我的所有记录' }).click();
  await page.getByRole('group', { name: '确认删除' }).getByRole('button', { name: '确定删除' }).click();
}
