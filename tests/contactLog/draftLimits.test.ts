// At the largest log the drafts list the latest contacts only and cut long notes, and say what was left out.
import { describe, expect, it } from 'vitest';
import { checkLog } from '../../src/contactLog/breaches.ts';
import { DRAFT_LIMITS, buildComplaintDrafts } from '../../src/contactLog/drafts.ts';
import { ENTRY_LIMITS, newEntry } from '../../src/contactLog/entry.ts';
import type { ContactEntry } from '../../src/contactLog/entry.ts';
import { realBundle } from '../support/fixtures.ts';

const { catalogue } = realBundle();

/** The largest log the app keeps: every entry a late call with a full-length note. */
const largest: ContactEntry[] = Array.from({ length: ENTRY_LIMITS.entries }, (_, i) => ({
  ...newEntry(
    `e${String(i)}`,
    `2026-10-${String(1 + Math.floor(i / 20)).padStart(2, '0')}T23:${String(i % 20).padStart(2, '0')}`,
  ),
  notes: `第${String(i + 1)}条${'说今天不还就上门。'.repeat(300)}`.slice(0, ENTRY_LIMITS.notes),
}));

function draftsOf(entries: ContactEntry[]) {
  const log = checkLog(entries, catalogue.contactLog.breachRules);
  return buildComplaintDrafts(catalogue, {
    log,
    result: undefined,
    complaintsMade: {},
    lender: catalogue.lenders.webank,
  });
}

describe('drafts at the largest log', () => {
  const drafts = draftsOf(largest);
  const nfra = drafts.find((d) => d.channelId === 'nfra')?.text ?? '';

  it('list the latest 10 of 500 contacts, numbered as in the whole log, and say how to get the rest', () => {
    const listed = nfra.split('\n').filter((line) => /^\d+\. \d{4}-/.test(line));
    expect(listed).toHaveLength(DRAFT_LIMITS.entries);
    expect(listed[0]).toMatch(/^491\. 2026-10-25 23:10/);
    expect(listed.at(-1)).toMatch(/^500\. 2026-10-25 23:19/);
    // The count comes before the list, so a reader knows at once that more were logged than are listed.
    const count = nfra.indexOf('我记录的联系共 500 条，下面列出最近 10 条。');
    expect(count).toBeGreaterThan(-1);
    expect(count).toBeLessThan(nfra.indexOf('491. '));
    expect(nfra).toContain('“催收记录”页点“下载成文本文件”');
    expect(nfra).toContain('我记录的联系，共 500 条。');
  });

  it('cut each note to 200 characters and say how long it was', () => {
    const note = nfra.split('\n').find((line) => line.startsWith('   备注：「第500条')) ?? '';
    expect(note).toContain('……（原文共 2000 字，全文见下载的记录）」');
    expect(Array.from(note).length).toBeLessThan(DRAFT_LIMITS.textChars + 40);
  });

  it('stay small: every draft together is a few tens of thousands of characters, not millions', () => {
    const total = drafts.reduce((sum, d) => sum + d.text.length, 0);
    expect(total).toBeLessThan(30_000);
  });

  it('a log within the limits is listed whole, with nothing said about leaving out', () => {
    const small = draftsOf(largest.slice(0, DRAFT_LIMITS.entries));
    for (const draft of small) {
      expect(draft.text).toContain('我记录的联系共 10 条，都列在下面。');
      expect(draft.text).not.toContain('最近');
      expect(draft.text).not.toContain('下载成文本文件');
    }
  });
});
