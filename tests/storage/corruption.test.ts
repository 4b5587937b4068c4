// 1,000 corruptions of each stored key in turn: reading never throws, and what the other keys hold is never lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../src/contactLog/entry.ts';
import { persist } from '../../src/machine/persistence.ts';
import { restore } from '../../src/machine/restore.ts';
import { ALL_STORAGE_KEYS, STORAGE_KEYS } from '../../src/storage/keys.ts';
import { readLanguage, storeLanguage } from '../../src/storage/language.ts';
import { appStorage } from '../../src/storage/store.ts';
import { startRoot } from '../support/appActor.ts';
import { miniBundle, miniFlow } from '../support/fixtures.ts';
import { memoryStore } from '../support/renderTriage.tsx';

const flow = miniFlow();
const NOW = Date.UTC(2026, 10, 23, 12);
const RUNS = 1000;
const entries = [newEntry('a', '2026-11-23T10:00'), { ...newEntry('b', '2026-11-23T11:00'), notes: '第二条' }];

/** Every key written: answers and a tick, a two-entry log, retention, a part kept aside, the language. */
function fullStore(): Map<string, string> {
  const store = memoryStore();
  const storage = appStorage(store);
  const actor = startRoot(miniBundle(), flow.id, { unread: ['{"kept":'] });
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
  );

describe('corrupted storage, one key at a time', () => {
  it('every key is written by the journey', () => {
    expect([...good.keys()].sort()).toEqual(ALL_STORAGE_KEYS.map((k) => STORAGE_KEYS[k]).sort());
  });

  it.each(ALL_STORAGE_KEYS)(`${String(RUNS)} corruptions of "%s": 0 crashes, 0 neighbouring data lost`, (key) => {
    let runs = 0;
    let changed = 0;
    let crashes = 0;
    let lost = 0;
    fc.assert(
      fc.property(corruption(good.get(STORAGE_KEYS[key]) ?? ''), (text) => {
        runs += 1;
        if (text !== good.get(STORAGE_KEYS[key])) changed += 1;
        const store = memoryStore(Object.fromEntries(good));
        store.data.set(STORAGE_KEYS[key], text);
        const storage = appStorage(store);
        let restored;
        try {
          restored = restore({ [flow.id]: flow }, storage, { now: NOW });
          readLanguage(storage);
        } catch {
          crashes += 1;
          return;
        }
        const input = restored;
        const neighbours = [
          key === 'progress' || input.parked?.[flow.id]?.answers.contact?.[0] === 'call',
          key === 'log' || input.log?.entries.length === entries.length,
          key === 'retention' || input.chosenRetention === 30,
          key === 'logUnread' || input.unread?.includes('{"kept":'),
          key === 'language' || readLanguage(storage) === 'en',
          // Reading writes nothing: the corrupted text itself is still there to be kept aside or exported.
          store.writes === 0,
        ];
        if (!neighbours.every(Boolean)) lost += 1;
      }),
      { numRuns: RUNS, seed: 21 },
    );
    console.log(
      `storage key "${key}": ${String(runs)} corruptions (${String(changed)} changed), ${String(crashes)} crashes, ${String(lost)} with neighbouring data lost`,
    );
    expect(runs).toBe(RUNS);
    expect(changed).toBeGreaterThan(RUNS / 2);
    expect(crashes).toBe(0);
    expect(lost).toBe(0);
  });
});
