// 1,000 corruptions of each stored key in turn, each read by the app and saved again as it starts: reading never
// throws, starting never fails (no error screen), nothing the other keys hold is lost, and no part or field of the
// corrupted log is lost: each is still stored, in the log or among the parts kept aside for export.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../src/contactLog/entry.ts';
import { persist } from '../../src/machine/persistence.ts';
import { restore } from '../../src/machine/restore.ts';
import { parseJson } from '../../src/storage/envelope.ts';
import { ALL_STORAGE_KEYS, STORAGE_KEYS } from '../../src/storage/keys.ts';
import { readLanguage, storeLanguage } from '../../src/storage/language.ts';
import { DAY_MS, isRetentionDays } from '../../src/storage/retention.ts';
import { appStorage } from '../../src/storage/store.ts';
import { startRoot } from '../support/appActor.ts';
import { miniBundle, miniFlow } from '../support/fixtures.ts';
import { memoryStore } from '../support/renderTriage.tsx';

const flow = miniFlow();
const NOW = Date.UTC(2026, 10, 23, 12);
const RUNS = 1000;
const entries = [newEntry('a', '2026-11-23T10:00'), { ...newEntry('b', '2026-11-23T11:00'), notes: '第二条' }];
const bundle = miniBundle();
const flows = { [flow.id]: flow };

/** Every key written: answers and a tick, a two-entry log, retention, a part kept aside, the language. */
function fullStore(): Map<string, string> {
  const store = memoryStore();
  const storage = appStorage(store);
  const actor = startRoot(bundle, flow.id, { unread: ['{"kept":'] });
  const stop = persist(actor, storage, () => NOW);
  actor.send({ type: 'answer', optionIds: ['call'] });
  actor.send({ type: 'action.tick', actionId: 'keepRecords', done: true });
  actor.send({ type: 'log.change', log: { entries, complaintsMade: {} } });
  actor.send({ type: 'retention.choose', days: 30 });
  storeLanguage(storage, 'en');
  stop();
  return store.data;
}

const good = fullStore();
const corruption = (text: string) =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: text.length }), fc.string(), fc.integer({ min: 0, max: 20 }))
      .map(([at, junk, cut]) => text.slice(0, at) + junk + text.slice(at + cut)),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary' }),
    // A log from a newer version: a field the reader does not know, in the envelope and in an entry.
    fc.tuple(fc.string({ minLength: 1 }), fc.jsonValue()).map(([name, value]) => {
      const log = JSON.parse(good.get(STORAGE_KEYS.log) ?? '{}') as { entries: Record<string, unknown>[] };
      const [first] = log.entries;
      if (first && !(name in first)) first[name] = value;
      return JSON.stringify({ [`later-${name}`]: value, ...log });
    }),
  );

/** JSON with each object's keys sorted: the reader may reorder an entry's fields, which loses nothing. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isPartList = (v: unknown): v is string[] => Array.isArray(v) && v.every((p) => typeof p === 'string');

/**
 * The parts of the log set aside for export, as stored: a dated envelope, or a bare list from before; any other text
 * is one part, kept whole.
 */
function unreadParts(text: string): string[] {
  const parsed = parseJson(text);
  const json = parsed.ok ? parsed.json : undefined;
  if (isPartList(json)) return json;
  const dated = isRecord(json) && json.format === 1 && typeof json.savedAt === 'number';
  return dated && isPartList(json.parts) ? json.parts : [text];
}

/** Whether a stored log is past its retention (the person's 30 days here): then deleting it is the promise. */
function expired(json: unknown): boolean {
  if (!isRecord(json) || typeof json.savedAt !== 'number') return false;
  return NOW - json.savedAt > 30 * DAY_MS && (isRetentionDays(json.retentionDays) || json.retentionDays === undefined);
}

/**
 * How many parts or fields of the corrupted log are no longer stored: the whole text, each entry and each of its
 * fields, each complaint date and each envelope field must be in the stored log or among the parts kept aside.
 */
function logPartsLost(corrupted: string, after: Map<string, string>): number {
  const parts = unreadParts(after.get(STORAGE_KEYS.logUnread) ?? '[]');
  if (parts.includes(corrupted)) return 0;
  const parsed = parseJson(corrupted);
  if (!parsed.ok || !isRecord(parsed.json)) return 1;
  if (expired(parsed.json)) return 0;
  const storedText = after.get(STORAGE_KEYS.log);
  const stored = storedText === undefined ? {} : (JSON.parse(storedText) as Record<string, unknown>);
  const storedEntries = (Array.isArray(stored.entries) ? stored.entries : []).map(canonical);
  let lost = 0;
  for (const [field, value] of Object.entries(parsed.json)) {
    if (field === 'savedAt' || field === 'retentionDays' || field === 'format') continue;
    if (field === 'entries' && Array.isArray(value)) {
      for (const item of value as unknown[]) {
        if (!storedEntries.includes(canonical(item)) && !parts.includes(JSON.stringify(item))) lost += 1;
      }
    } else if (field === 'complaintsMade' && isRecord(value)) {
      const made = isRecord(stored.complaintsMade) ? stored.complaintsMade : {};
      for (const [channel, date] of Object.entries(value))
        if (made[channel] !== date && !parts.includes(JSON.stringify({ [channel]: date }))) lost += 1;
    } else if (
      JSON.stringify(stored[field]) !== JSON.stringify(value) &&
      !parts.includes(JSON.stringify({ [field]: value })) &&
      !(field === 'entries' || field === 'complaintsMade')
    )
      lost += 1;
  }
  return lost;
}

describe('corrupted storage, one key at a time, read and saved again', () => {
  it('every key is written by the journey', () => {
    expect([...good.keys()].sort()).toEqual(ALL_STORAGE_KEYS.map((k) => STORAGE_KEYS[k]).sort());
  });

  it.each(ALL_STORAGE_KEYS)(
    `${String(RUNS)} corruptions of "%s": 0 error screens, 0 neighbouring data lost, 0 parts or fields lost`,
    (key) => {
      let changed = 0;
      let errorScreens = 0;
      let neighboursLost = 0;
      let partsLost = 0;
      fc.assert(
        fc.property(corruption(good.get(STORAGE_KEYS[key]) ?? ''), (text) => {
          if (text !== good.get(STORAGE_KEYS[key])) changed += 1;
          const store = memoryStore(Object.fromEntries(good));
          store.data.set(STORAGE_KEYS[key], text);
          const storage = appStorage(store);
          try {
            // What the app does on opening: read, start the app actor there, and save (the first save is at once).
            const actor = startRoot(bundle, flow.id, restore(flows, storage, { now: NOW }));
            persist(actor, storage, () => NOW)();
            actor.stop();
            readLanguage(storage);
          } catch {
            errorScreens += 1;
            return;
          }
          // Read again after the save: what the other keys held is all still there.
          const input = restore(flows, storage, { now: NOW });
          const neighbours = [
            key === 'progress' || input.parked?.[flow.id]?.answers.contact?.[0] === 'call',
            key === 'log' || input.log?.entries.length === entries.length,
            key === 'retention' || input.chosenRetention === 30,
            key === 'logUnread' || input.unread?.includes('{"kept":'),
            key === 'language' || readLanguage(storage) === 'en',
          ];
          if (!neighbours.every(Boolean)) neighboursLost += 1;
          if (key === 'log' && text !== good.get(STORAGE_KEYS.log)) partsLost += logPartsLost(text, store.data);
          if (key === 'logUnread') {
            // Each part kept aside before is still kept aside (a text that is no list is one part).
            const parsed = parseJson(text);
            // Parts dated past the retention (the person's 30 days) are deleted, as promised.
            const earlier = parsed.ok && expired(parsed.json) ? [] : unreadParts(text);
            const now = unreadParts(store.data.get(STORAGE_KEYS.logUnread) ?? '[]');
            partsLost += earlier.filter((part) => !now.includes(part)).length;
          }
        }),
        { numRuns: RUNS, seed: 21 },
      );
      console.log(
        `storage key "${key}": ${String(RUNS)} corruptions (${String(changed)} differ from the stored text): ${String(errorScreens)} error screens, ${String(neighboursLost)} with neighbouring data lost, ${String(partsLost)} parts or fields lost`,
      );
      // Most generated texts differ from the good one, so the figures above are about corruption, not the original.
      expect(changed).toBeGreaterThan(RUNS * 0.9);
      expect(errorScreens).toBe(0);
      expect(neighboursLost).toBe(0);
      expect(partsLost).toBe(0);
    },
  );
});
