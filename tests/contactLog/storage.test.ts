// The stored log is untrusted: corrupted text is discarded with a reason, never crashes and never half-loads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../src/contactLog/entry.ts';
import { decodeLog, encodeLog } from '../../src/contactLog/storage.ts';
import type { ContactLog } from '../../src/contactLog/storage.ts';

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

describe('contact log storage', () => {
  it('round-trips', () => {
    expect(decodeLog(encodeLog(log, NOW, 7), NOW + DAY)).toEqual({ kind: 'restored', log, retentionDays: 7 });
  });

  it('expires after the retention the user chose', () => {
    expect(decodeLog(encodeLog(log, NOW, 1), NOW + 2 * DAY)).toEqual({ kind: 'discarded', reason: 'expired' });
  });

  it.each([
    ['not JSON', '{'],
    ['another format', JSON.stringify({ ...JSON.parse(encodeLog(log, NOW, 7)), format: 2 })],
    ['an impossible date', encodeLog({ ...log, entries: [{ ...newEntry('a', '2026-02-30T10:00') }] }, NOW, 7)],
    [
      'an unknown channel',
      encodeLog({ ...log, entries: [{ ...newEntry('a', '2026-11-23T10:00'), channel: 'fax' as 'call' }] }, NOW, 7),
    ],
    [
      'duplicate ids',
      encodeLog({ ...log, entries: [newEntry('a', '2026-11-23T10:00'), newEntry('a', '2026-11-23T11:00')] }, NOW, 7),
    ],
    [
      'a huge note',
      encodeLog({ ...log, entries: [{ ...newEntry('a', '2026-11-23T10:00'), notes: 'x'.repeat(100_000) }] }, NOW, 7),
    ],
    [
      'an unknown complaint channel',
      encodeLog({ ...log, complaintsMade: { fax: '2026-11-20' } as ContactLog['complaintsMade'] }, NOW, 7),
    ],
  ])('discards %s as corrupt', (_, text) => {
    expect(decodeLog(text, NOW)).toEqual({ kind: 'discarded', reason: 'corrupt' });
  });

  it('never throws on 2000 random corruptions, and what it restores is a well-formed log', () => {
    const good = encodeLog(log, NOW, 7);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: good.length }),
        fc.string(),
        fc.integer({ min: 0, max: 20 }),
        (at, junk, cut) => {
          const text = good.slice(0, at) + junk + good.slice(at + cut);
          const result = decodeLog(text, NOW);
          if (result.kind === 'restored')
            for (const e of result.log.entries) expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(['none', 'restored', 'discarded']).toContain(decodeLog(JSON.stringify(value), NOW).kind);
      }),
      { numRuns: 500 },
    );
  });
});
