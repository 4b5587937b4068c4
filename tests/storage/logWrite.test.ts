// A tab's log write is its own change applied to what is stored now: two tabs never drop or revive each other's entries.
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../src/contactLog/entry.ts';
import type { ContactLog } from '../../src/contactLog/log.ts';
import { encodeLog } from '../../src/storage/encode.ts';
import { encodeLogChange } from '../../src/storage/logWrite.ts';

const NOW = Date.UTC(2026, 10, 23, 12);
const a1 = { ...newEntry('a1', '2026-11-23T09:00'), notes: 'A-first' };
const a2 = { ...newEntry('a2', '2026-11-23T10:00'), notes: 'A-second' };
const b1 = { ...newEntry('b1', '2026-11-23T11:00'), notes: 'B-only' };
const log = (...entries: ContactLog['entries']): ContactLog => ({ entries, complaintsMade: {} });
const notes = (text: string | null) =>
  text === null ? [] : (JSON.parse(text) as { entries: { notes: string }[] }).entries.map((e) => e.notes);

describe('writing the log as a change to what is stored now', () => {
  it('keeps what another tab added since this tab last read', () => {
    const stored = encodeLog(log(a1, a2), NOW, 7);
    expect(notes(encodeLogChange(stored, log(a1), log(a1, b1), NOW, 7))).toEqual(['A-first', 'A-second', 'B-only']);
  });

  it('never writes back what another tab deleted, even when this tab edits it', () => {
    const edited = { ...a1, notes: 'edited in B' };
    expect(encodeLogChange(null, log(a1, a2), log(edited, a2, b1), NOW, 7)).toBe(
      encodeLogChange(null, log(), log(b1), NOW, 7),
    );
    expect(notes(encodeLogChange(null, log(a1, a2), log(edited, a2, b1), NOW, 7))).toEqual(['B-only']);
  });

  it('removes what this tab deleted and keeps another tab’s edit of an entry this tab did not change', () => {
    const theirs = { ...a2, notes: 'edited in A' };
    const stored = encodeLog(log(a1, theirs), NOW, 7);
    expect(notes(encodeLogChange(stored, log(a1, a2), log(a2), NOW, 7))).toEqual(['edited in A']);
  });

  it('keeps every field it does not know, and drops only the parts already set aside', () => {
    const stored = JSON.stringify({
      format: 1,
      savedAt: NOW,
      retentionDays: 7,
      entries: [{ ...a1, voice: 'v2' }, { id: 'bad' }],
      complaintsMade: { later: 'x' },
      newerField: [1],
    });
    const written = JSON.parse(
      encodeLogChange(stored, log({ ...a1, voice: 'v2' } as typeof a1), log(b1), NOW, 30, ['{"id":"bad"}']) ?? '',
    ) as Record<string, unknown>;
    expect(written).toMatchObject({ newerField: [1], retentionDays: 30, complaintsMade: { later: 'x' } });
    expect(written.entries).toEqual([b1]);
  });

  it('stores nothing when nothing is left', () => {
    expect(encodeLogChange(encodeLog(log(a1), NOW, 7), log(a1), log(), NOW, 7)).toBeNull();
  });
});
