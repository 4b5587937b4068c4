// The question a person sees when the retention they chose would delete their log before a reminder.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '../../../src/contactLog/clock.ts';
import { encodeLog } from '../../../src/storage/encode.ts';
import { STORAGE_KEYS } from '../../../src/storage/keys.ts';
import { realBundle } from '../../support/fixtures.ts';
import { memoryStore, renderTriage } from '../../support/renderTriage.tsx';

const bundle = realBundle();

describe('retention before a reminder', () => {
  it('asks in plain words, and extending keeps the log past the reminder', async () => {
    const now = Date.now();
    const today = shanghaiDate(now);
    const store = memoryStore({
      [STORAGE_KEYS.log]: encodeLog({ entries: [], complaintsMade: { webank: today } }, now, 7),
      [STORAGE_KEYS.retention]: '7',
    });
    const { user } = await renderTriage(bundle, 'collection-triage', { store });
    await user.click(screen.getByRole('button', { name: '催收记录' }));
    await screen.findByRole('heading', { level: 1, name: '催收记录' });
    const [, month, day] = addDays(today, 15).split('-').map(Number);
    expect(
      await screen.findByText(
        `你选了 7 天后自动删除，但 ${String(month)} 月 ${String(day)} 日还有一个提醒。要把保存时间延长到提醒之后吗？`,
      ),
    ).toBeVisible();
    // Until the person answers, the log is saved to outlast the reminder.
    expect(JSON.parse(store.data.get(STORAGE_KEYS.log) ?? '{}')).toMatchObject({ retentionDays: 30 });
    await user.click(screen.getByRole('button', { name: '延长到 30 天' }));
    expect(screen.queryByText(/还有一个提醒/)).toBeNull();
    expect(store.data.get(STORAGE_KEYS.retention)).toBe('30');
    expect(screen.getByText(/30 天不用会自动删除/)).toBeVisible();
  });

  it('keeping the shorter time is the person’s answer: the question goes and the log is saved with 7 days', async () => {
    const now = Date.now();
    const store = memoryStore({
      [STORAGE_KEYS.log]: encodeLog({ entries: [], complaintsMade: { webank: shanghaiDate(now) } }, now, 7),
      [STORAGE_KEYS.retention]: '7',
    });
    const { user } = await renderTriage(bundle, 'collection-triage', { store });
    await user.click(screen.getByRole('button', { name: '催收记录' }));
    await user.click(await screen.findByRole('button', { name: '不用，还是 7 天后删除' }));
    expect(screen.queryByText(/还有一个提醒/)).toBeNull();
    expect(JSON.parse(store.data.get(STORAGE_KEYS.log) ?? '{}')).toMatchObject({ retentionDays: 7 });
  });
});
