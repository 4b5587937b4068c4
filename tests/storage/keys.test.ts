// Every key the app can write, written through a real journey, is gone after delete-all and never written in
// shared-phone mode; a refused write or removal is reported, not thrown.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../src/contactLog/entry.ts';
import { persist } from '../../src/machine/persistence.ts';
import { ALL_STORAGE_KEYS, STORAGE_KEYS } from '../../src/storage/keys.ts';
import { appStorage } from '../../src/storage/store.ts';
import type { KeyValueStore } from '../../src/storage/store.ts';
import { startRoot } from '../support/appActor.ts';
import { miniBundle, miniFlow } from '../support/fixtures.ts';

const flow = miniFlow();
const NOW = Date.UTC(2026, 10, 23, 12);

function memory(refuse?: 'set' | 'remove') {
  const data = new Map<string, string>();
  let writes = 0;
  const store: KeyValueStore = {
    get: (key) => data.get(key) ?? null,
    set: (key, value) => {
      if (refuse === 'set') throw new DOMException('full', 'QuotaExceededError');
      writes += 1;
      data.set(key, value);
    },
    remove: (key) => {
      if (refuse === 'remove') throw new Error('refused');
      data.delete(key);
    },
  };
  return { store, data, writes: () => writes };
}

/** Uses everything that stores something: answers, a tick, the log, retention, unreadable parts and the language. */
async function journey(storeOf: ReturnType<typeof memory>, sharedMode = false) {
  const storage = appStorage(storeOf.store);
  const actor = startRoot(miniBundle(), flow.id, { sharedMode, unread: ['{"broken":'] });
  const stop = persist(actor, storage, () => NOW);
  actor.send({ type: 'answer', optionIds: ['call'] });
  actor.send({ type: 'action.tick', actionId: 'keepRecords', done: true });
  actor.send({ type: 'log.change', log: { entries: [newEntry('a', '2026-11-23T10:00')], complaintsMade: {} } });
  actor.send({ type: 'retention.choose', days: 30 });
  // The language is chosen the way the language switch does it; the app must itself keep it out of storage when shared.
  actor.send({ type: 'language.choose', language: 'en' });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { actor, stop, storage };
}

describe('the keys the app writes', () => {
  it('are all written by a journey, and all gone after delete-all', async () => {
    const m = memory();
    const { actor } = await journey(m);
    expect([...m.data.keys()].sort()).toEqual(Object.values(STORAGE_KEYS).sort());
    actor.send({ type: 'data.deleteAll' });
    expect([...m.data.keys()]).toEqual([]);
    expect(actor.getSnapshot().context.notices).toEqual(['deleted']);
    // The retention choice stays for this visit, as the person chose it.
    expect(actor.getSnapshot().context.chosenRetention).toBe(30);
  });

  it('are never written in shared-phone mode', async () => {
    const m = memory();
    await journey(m, true);
    expect(m.writes()).toBe(0);
    expect(m.data.size).toBe(0);
  });

  it('are all removed when shared-phone mode is turned on', async () => {
    const m = memory();
    const { actor } = await journey(m);
    actor.send({ type: 'sharedMode.set', on: true });
    expect(m.data.size).toBe(0);
    actor.send({ type: 'answer', optionIds: ['none'] });
    expect(m.data.size).toBe(0);
  });

  it('turning shared-phone mode off stores again the log still on screen', async () => {
    const m = memory();
    const { actor } = await journey(m);
    const shown = actor.getSnapshot().context.log.entries.map((e) => e.id);
    actor.send({ type: 'sharedMode.set', on: true });
    actor.send({ type: 'sharedMode.set', on: false });
    const stored = JSON.parse(m.data.get(STORAGE_KEYS.log) ?? '{"entries":[]}') as { entries: { id: string }[] };
    expect(shown).toHaveLength(1);
    expect(stored.entries.map((e) => e.id)).toEqual(shown);
  });

  it('a refused write is reported with the storage found full, which the panel says', async () => {
    const m = memory('set');
    const { actor } = await journey(m);
    expect(actor.getSnapshot().context.storageFull).toBe(true);
  });

  it('a refused write is reported to the actor, which keeps everything in memory', async () => {
    const m = memory('set');
    const { actor } = await journey(m);
    expect(actor.getSnapshot().context.saveFailed).toBe(true);
    expect(actor.getSnapshot().context.log.entries).toHaveLength(1);
  });

  it('a refused removal is shown as a notice, not thrown', async () => {
    const m = memory();
    const { actor } = await journey(m);
    const refusing = appStorage({
      ...m.store,
      remove: () => {
        throw new Error('refused');
      },
    });
    expect(refusing.removeAll()).toEqual(ALL_STORAGE_KEYS);
    const m2 = memory('remove');
    const second = await journey(m2);
    expect(() => {
      second.actor.send({ type: 'data.deleteAll' });
    }).not.toThrow();
    expect(second.actor.getSnapshot().context.notices).toEqual(['deleteFailed']);
    actor.stop();
  });
});
