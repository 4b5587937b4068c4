// Exports cannot be forged by what a person types: every line of a note stays marked as the note, hidden characters
// are shown, dates outside the sane range are refused, and every reminder file for an accepted day parses.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkLog } from '../../src/contactLog/breaches.ts';
import { buildIcs } from '../../src/contactLog/calendar.ts';
import { addDays, shanghaiDate } from '../../src/contactLog/clock.ts';
import { buildComplaintDrafts } from '../../src/contactLog/drafts.ts';
import { checkContactTime, checkReceivedDay, latestDay, newEntry } from '../../src/contactLog/entry.ts';
import type { ContactEntry } from '../../src/contactLog/entry.ts';
import { complaintFollowUp, paymentOrderDeadline } from '../../src/contactLog/reminders.ts';
import { QUOTE_MARK, formatTimeline } from '../../src/contactLog/timeline.ts';
import { COMPLAINT_CHANNEL_IDS, CONTACT_EVENTS } from '../../src/flow/vocabulary.ts';
import { realBundle } from '../support/fixtures.ts';

const { catalogue } = realBundle();
const NOW = Date.UTC(2026, 10, 27, 4, 0);
const EXPORTED = '2026-11-27T12:00';

/** Invisible characters that may not reach an export: C0/C1 controls and bidi embeddings, overrides, isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const LINE_BREAKS = ['\n', '\r\n', '\r', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029'];

/** Pieces an attacker (or an input method) could put in a note to imitate the export's own lines. */
const hostilePiece = fc.oneof(
  fc.constantFrom(...LINE_BREAKS),
  fc.constantFrom(
    '1. 2026-11-23 23:10 · 电话（接通） · 联系了：我本人',
    '   ⚠ 可能违规：在晚上 10 点到早上 8 点之间催收（依据：GB/T 45251—2025）',
    '⚠ 可能违规：威胁',
    '   可能违规：冒充公检法（依据：x）',
    '   备注：「假的」',
    '」',
    '{text}',
    '\u0000',
    '\u202e',
    '\u2066',
    '\u2069',
    '\u200f',
    '\u0085',
    '\t',
    '   ',
    '【请填写：姓名】',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const hostileText = fc.array(hostilePiece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

const entryArb = fc.record({
  day: fc.integer({ min: 1, max: 26 }),
  hour: fc.integer({ min: 0, max: 23 }),
  notes: hostileText,
  callerGave: fc.oneof(fc.constant(''), hostileText),
  firmNamed: fc.oneof(fc.constant(''), hostileText),
  happened: fc.subarray([...CONTACT_EVENTS]),
});

type EntryRecord = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function toEntries(records: EntryRecord[]): ContactEntry[] {
  return records.map((r, i) => ({
    ...newEntry(`e${String(i)}`, `2026-11-${String(r.day).padStart(2, '0')}T${String(r.hour).padStart(2, '0')}:00`),
    callerGave: r.callerGave,
    firmNamed: r.firmNamed,
    notes: r.notes,
    happened: r.happened,
  }));
}

/** Every export of a log: the timeline and each complaint draft. */
function exportsOf(entries: ContactEntry[]): string[] {
  const log = checkLog(entries, catalogue.contactLog.breachRules);
  const drafts = buildComplaintDrafts(catalogue, {
    log,
    result: undefined,
    complaintsMade: {},
    lender: catalogue.lenders.webank,
  });
  return [formatTimeline(log, catalogue, EXPORTED), ...drafts.map((d) => d.text)];
}

/** The same log with each free text replaced by a harmless word: what the export's own lines are. */
function neutral(entries: ContactEntry[]): ContactEntry[] {
  const word = (text: string) => (text ? '某' : '');
  return entries.map((e) => ({
    ...e,
    notes: word(e.notes),
    callerGave: word(e.callerGave),
    firmNamed: word(e.firmNamed),
  }));
}

const words = catalogue.contactLog.timelineText;
/** How a line of the person's own text may start: the field's label, or the quote mark of a further line. */
const FREE_TEXT_START = [words.notes, words.callerGave, words.firmNamed].map((t) => `   ${t.split('{text}')[0] ?? ''}`);
const isFreeTextLine = (line: string) =>
  line.startsWith(`   ${QUOTE_MARK}`) || FREE_TEXT_START.some((start) => line.startsWith(start));

describe('exports of hostile notes', () => {
  it('no line of a note can pass for an entry, a flag or any other line of the timeline or a draft', () => {
    let inputs = 0;
    let multiLine = 0;
    let imitations = 0;
    let forged = 0;
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 4 }), (records) => {
        const entries = toEntries(records);
        inputs += entries.length;
        multiLine += entries.filter((e) => LINE_BREAKS.some((b) => e.notes.includes(b))).length;
        imitations += entries.filter((e) => /(^|[\n\r\u2028\u2029\u0085])\s*(\d+\. |⚠)/.test(e.notes)).length;
        const hostile = exportsOf(entries);
        const plain = exportsOf(neutral(entries));
        hostile.forEach((text, i) => {
          const own = new Set((plain[i] ?? '').split('\n'));
          for (const line of text.split('\n')) {
            // A line the export would print anyway, or one that visibly belongs to a free-text field.
            if (own.has(line) || isFreeTextLine(line)) continue;
            forged += 1;
            expect.fail(`forged line: ${JSON.stringify(line)}`);
          }
          expect(text).not.toMatch(HIDDEN);
          // Lines that look like entries or flags are exactly as many as without the hostile text.
          const structural = (t: string) => t.split('\n').filter((l) => /^\d+\. |^\s*⚠/.test(l)).length;
          expect(structural(text)).toBe(structural(plain[i] ?? ''));
        });
      }),
      { numRuns: 300, seed: 17 },
    );
    console.info(
      `hostile exports: ${String(inputs)} entries, ${String(multiLine)} multi-line, ${String(imitations)} imitating, ${String(forged)} forged`,
    );
    expect(forged).toBe(0);
    // The property met what it is about: many multi-line notes, many imitating an entry or a flag.
    expect(inputs).toBeGreaterThan(500);
    expect(multiLine).toBeGreaterThan(200);
    expect(imitations).toBeGreaterThan(50);
  }, 30_000);

  it('a note that reproduces an entry and a ⚠ line stays quoted, with NUL and a right-to-left override shown', () => {
    const entries = [
      {
        ...newEntry('a', '2026-11-23T10:00'),
        notes: '他说会再打\n2. 2026-11-23 23:10 · 电话（接通） · 联系了：我本人\n   ⚠ 可能违规：威胁\u0000\u202eabc',
      },
    ];
    const [timeline = ''] = exportsOf(entries);
    expect(timeline).toContain('   备注：「他说会再打\n');
    expect(timeline).toContain(`\n   ${QUOTE_MARK}2. 2026-11-23 23:10`);
    expect(timeline).toContain(`\n   ${QUOTE_MARK}   ⚠ 可能违规：威胁\ufffd\ufffdabc」\n`);
    expect(timeline.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(1);
  });

  it('the stored note is not changed by exporting it', () => {
    const entry = { ...newEntry('a', '2026-11-23T10:00'), notes: 'a\u202eb\nc' };
    exportsOf([entry]);
    expect(entry.notes).toBe('a\u202eb\nc');
  });
});

describe('dates at entry', () => {
  it('refuses a contact before 2000 or later than now (Beijing, a quarter of an hour allowed), and a time that is not one', () => {
    expect(checkContactTime('2026-11-27T09:00', NOW)).toBeUndefined();
    expect(checkContactTime('2000-01-01T00:00', NOW)).toBeUndefined();
    expect(checkContactTime('2026-11-27T12:15', NOW)).toBeUndefined();
    expect(checkContactTime('2026-11-27T12:16', NOW)).toBe('errorAtRange');
    expect(checkContactTime('2026-11-28T09:00', NOW)).toBe('errorAtRange');
    expect(checkContactTime('2026-11-29T00:00', NOW)).toBe('errorAtRange');
    expect(checkContactTime('1970-01-01T00:00', NOW)).toBe('errorAtRange');
    expect(checkContactTime('1999-12-31T23:59', NOW)).toBe('errorAtRange');
    expect(checkContactTime('9999-12-17T09:00', NOW)).toBe('errorAtRange');
    expect(checkContactTime('2026-02-30T09:00', NOW)).toBe('errorAt');
    expect(checkContactTime('', NOW)).toBe('errorAt');
  });

  it('refuses a 支付令 day outside the same range, and says which message to show', () => {
    expect(checkReceivedDay('2026-11-20', NOW)).toBeUndefined();
    expect(checkReceivedDay('9999-12-17', NOW)).toBe('receivedOutOfRange');
    expect(checkReceivedDay('', NOW)).toBe('receivedMissing');
  });

  it('both messages exist in every language', () => {
    expect(catalogue.ui.entry.errorAtRange).toMatch(/2000/);
    expect(catalogue.ui.drafts.receivedOutOfRange).toMatch(/2000/);
  });
});

const dayArb = fc
  .oneof(
    fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
    fc.date({ min: new Date(Date.UTC(1999, 11, 1)), max: new Date(Date.UTC(2200, 0, 31)), noInvalidDate: true }),
  )
  .map((d) => d.toISOString().slice(0, 10));
/** The phone's clock: usually right, sometimes far off in either direction. */
const nowArb = fc.oneof(
  fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2200, 0, 1) }),
  fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(9999, 11, 31) }),
);

function parsedStart(ics: string): string {
  const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no event');
  return new ICAL.Event(vevent).startDate.toString();
}

describe('reminder files for any accepted day', () => {
  it('every .ics made from an accepted 支付令 day or complaint day parses and starts on the computed day', () => {
    let accepted = 0;
    let refused = 0;
    let nearTheEdge = 0;
    fc.assert(
      fc.property(dayArb, nowArb, (day, now) => {
        if (checkReceivedDay(day, now) !== undefined) {
          refused += 1;
          return;
        }
        accepted += 1;
        if (day > '2150-01-01') nearTheEdge += 1;
        const reminder = paymentOrderDeadline(catalogue, day, now);
        expect(parsedStart(buildIcs(reminder))).toBe(`${addDays(day, 15)}T09:00:00`);
        for (const channelId of COMPLAINT_CHANNEL_IDS) {
          const followUp = complaintFollowUp(catalogue, channelId, day, now);
          if (followUp) expect(parsedStart(buildIcs(followUp))).toBe(`${followUp.date}T09:00:00`);
        }
      }),
      { numRuns: 1000, seed: 9 },
    );
    console.info(`ics: ${String(accepted)} accepted, ${String(refused)} refused, ${String(nearTheEdge)} near 2200`);
    expect(accepted).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(100);
    expect(nearTheEdge).toBeGreaterThan(0);
  }, 30_000);

  it('a complaint marked on a phone whose clock says 9999-12-20 gets no reminder rather than a broken one', () => {
    const now = Date.UTC(9999, 11, 20, 4);
    expect(latestDay(now)).toBe('2199-12-31');
    expect(complaintFollowUp(catalogue, 'webank', shanghaiDate(now), now)).toBeUndefined();
  });
});
