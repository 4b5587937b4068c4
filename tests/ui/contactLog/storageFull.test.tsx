// Storage full: a contact logged while the browser refuses every write stays on screen, what was stored before
// stays stored, and the person is told on the log page and in the panel, with the export at hand.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../../src/contactLog/entry.ts';
import { encodeLog } from '../../../src/storage/encode.ts';
import { STORAGE_KEYS } from '../../../src/storage/keys.ts';
import { fill } from '../../../src/ui/app/uiText.ts';
import { realBundle } from '../../support/fixtures.ts';
import { memoryStore, renderTriage } from '../../support/renderTriage.tsx';

const NOW = Date.UTC(2026, 10, 23, 4);

describe('storage full', () => {
  it('loses nothing and says so', async () => {
    const stored = encodeLog(
      { entries: [newEntry('a', '2026-11-22T10:00'), newEntry('b', '2026-11-22T11:00')], complaintsMade: {} },
      NOW,
      7,
    );
    const store = memoryStore({ [STORAGE_KEYS.log]: stored });
    let refused = 0;
    store.set = () => {
      refused += 1;
      throw new DOMException('full', 'QuotaExceededError');
    };
    const { user } = await renderTriage(realBundle(), 'collection-triage', { store, now: () => NOW });
    await user.click(screen.getByRole('button', { name: '催收记录' }));
    await screen.findByRole('heading', { level: 1, name: '催收记录' }, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: '记一笔' }));
    await user.click(screen.getByRole('button', { name: '就是现在' }));
    await user.click(screen.getByRole('radio', { name: '电话' }));
    await user.click(screen.getByRole('radio', { name: '接通了' }));
    await user.click(screen.getByRole('button', { name: '保存这条记录' }));
    const ui = realBundle().catalogue.ui;
    const notice = await screen.findByText(ui.log.saveFailed);
    expect(notice).toBeVisible();
    // The browser said its storage is full, so the panel says the phone is full, not that saving is not allowed.
    expect(screen.getByText(ui.privacy.storageFull)).toBeVisible();
    expect(screen.queryByText(ui.privacy.noStorage)).toBeNull();
    // In memory: all three, listed; in storage: the two from before, untouched.
    const heading = fill(ui.log.allHeading, { count: 3 });
    expect(screen.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('log-entry'))).toHaveLength(3);
    expect(store.data.get(STORAGE_KEYS.log)).toBe(stored);
    const storedIds = (
      JSON.parse(store.data.get(STORAGE_KEYS.log) ?? '{}') as { entries: { id: string }[] }
    ).entries.map((e) => e.id);
    const listed = document.querySelectorAll('.log-entry').length;
    // Lost: an entry stored before that is no longer stored, or the new one that is neither stored nor on screen.
    const lost = ['a', 'b'].filter((id) => !storedIds.includes(id)).length + (listed < 3 ? 3 - listed : 0);
    console.log(`storage full: ${String(refused)} writes refused, ${String(lost)} entries lost, notice shown`);
    expect(refused).toBeGreaterThan(0);
    expect(lost).toBe(0);
  });
});
