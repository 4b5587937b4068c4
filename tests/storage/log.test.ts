// The stored log is untrusted: whatever can be read is kept, what cannot is set aside as text, and nothing crashes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../src/contactLog/entry.ts';
import type { ContactLog } from '../../src/contactLog/log.ts';
import { encodeLog, encodeUnread } from '../../src/storage/encode.ts';
import { decodeLog, mergeUnread } from '../../src/storage/log.ts';

const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 24 * 60 * 60 * 1000;
const log: ContactLog = {
  entries: [
    { ...newEntry('a', '2026-11-23T23:10'), notes: '<img src=x onerror=alert(1)>', happened: ['threats'] },
    { ...newEntry('b', '2026-11-23T10:00'), contacted: 'colleague', durationMinutes: 5 },
  ],
  complaintsMade: { webank: '2026-11-20' },
  paymentOrderReceived: '2026-11-22',
};
const stored = (changes: Record<string, unknown>) =>
  JSON.stringify({ ...(JSON.parse(encodeLog(log, NOW, 7)) as object), ...changes });

describe('contact log storage', () => {
  it('round-trips', () => {
    expect(decodeLog(encodeLog(log, NOW, 7), NOW + DAY)).toEqual({
      kind: 'restored',
      log,
      retentionDays: 7,
      unread: [],
    });
  });

  it('expires after the retention the person chose, which wins over the one it was saved with', () => {
    expect(decodeLog(encodeLog(log, NOW, 1), NOW + 2 * DAY)).toEqual({ kind: 'expired' });
    expect(decodeLog(encodeLog(log, NOW, 1), NOW + 2 * DAY, 30)).toMatchObject({ kind: 'restored' });
  });

  it('a log saved to outlast a pending reminder outlives a shorter choice until then', () => {
    expect(decodeLog(encodeLog(log, NOW, 30), NOW + 10 * DAY, 7)).toMatchObject({ kind: 'restored' });
    expect(decodeLog(encodeLog(log, NOW, 30), NOW + 31 * DAY, 7)).toEqual({ kind: 'expired' });
  });

  it('a 501st entry and a note over the limit lose nothing', () => {
    const many = Array.from({ length: 501 }, (_, i) => ({
      ...newEntry(`e${String(i)}`, '2026-11-23T10:00'),
      notes: 'x'.repeat(2001),
    }));
    const result = decodeLog(stored({ entries: many }), NOW);
    if (result.kind !== 'restored') throw new Error(result.kind);
    expect(result.log.entries).toHaveLength(501);
    expect(result.unread).toEqual([]);
    const over = result.log.entries.filter((e) => e.notes.length > 2000).length;
    console.log(
      `a 501-entry log with 2,001-character notes: ${String(result.log.entries.length)} of 501 read back, ${String(over)} over-limit notes kept whole, 0 lost`,
    );
    expect(over).toBe(501);
  });

  it.each([
    ['an impossible date', { ...newEntry('c', '2026-02-30T10:00') }],
    ['an unknown channel', { ...newEntry('c', '2026-11-23T10:00'), channel: 'fax' }],
    ['a duplicate id', newEntry('a', '2026-11-23T11:00')],
    ['a huge note', { ...newEntry('c', '2026-11-23T10:00'), notes: 'x'.repeat(100_000) }],
  ])('keeps the other entries and sets aside %s as text', (_what, bad) => {
    const result = decodeLog(stored({ entries: [...log.entries, bad] }), NOW);
    if (result.kind !== 'restored') throw new Error(result.kind);
    expect(result.log.entries).toEqual(log.entries);
    expect(result.unread).toEqual([JSON.stringify(bad)]);
  });

  it('an unknown complaint channel is set aside; the known one stays', () => {
    const result = decodeLog(stored({ complaintsMade: { webank: '2026-11-20', fax: '2026-11-20' } }), NOW);
    expect(result).toMatchObject({
      log: { complaintsMade: { webank: '2026-11-20' } },
      unread: ['{"fax":"2026-11-20"}'],
    });
  });

  it('text that is not a log at all is kept whole, to be exported', () => {
    expect(decodeLog('{', NOW)).toMatchObject({ kind: 'restored', log: { entries: [] }, unread: ['{'] });
    expect(mergeUnread(JSON.stringify(['earlier']), ['{'], NOW).parts).toEqual(['earlier', '{']);
    expect(mergeUnread('not a list', [], NOW).parts).toEqual(['not a list']);
  });

  it('parts set aside expire with the retention, and one found again is not kept twice', () => {
    const stored = encodeUnread(['earlier'], NOW, 7);
    expect(mergeUnread(stored, ['earlier', '{'], NOW + 6 * DAY)).toEqual({ parts: ['earlier', '{'], expired: false });
    expect(mergeUnread(stored, [], NOW + 8 * DAY)).toEqual({ parts: [], expired: true });
    expect(mergeUnread(stored, [], NOW + 8 * DAY, 30)).toEqual({ parts: ['earlier'], expired: false });
  });

  it('a log without retentionDays is read, with its unknown fields and entries’ unknown fields kept', () => {
    const text = JSON.stringify({
      format: 1,
      savedAt: NOW,
      entries: [{ ...newEntry('n', '2026-11-23T09:00'), voice: { seconds: 3 } }],
      complaintsMade: {},
      later: true,
    });
    expect(decodeLog(text, NOW + DAY)).toMatchObject({
      kind: 'restored',
      log: { entries: [{ id: 'n', voice: { seconds: 3 } }] },
      unread: [],
    });
  });

  it('never throws on 2000 random corruptions, and never returns fewer readable entries than it could', () => {
    const good = encodeLog(log, NOW, 7);
    let kept = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: good.length }),
        fc.string(),
        fc.integer({ min: 0, max: 20 }),
        (at, junk, cut) => {
          const text = good.slice(0, at) + junk + good.slice(at + cut);
          const result = decodeLog(text, NOW);
          if (result.kind !== 'restored') return;
          for (const e of result.log.entries) expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
          // Whatever is not read back is kept as text, so nothing is lost.
          if (result.log.entries.length + result.unread.length > 0) kept += 1;
        },
      ),
      { numRuns: 2000 },
    );
    expect(kept).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(['none', 'restored', 'expired']).toContain(decodeLog(JSON.stringify(value), NOW).kind);
      }),
      { numRuns: 500 },
    );
  });
});
