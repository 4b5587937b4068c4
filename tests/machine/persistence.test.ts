// Saved progress: round trip, every reason to refuse it, and thousands of corrupted saves that must never crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { routeFor } from '../../src/flow/graph.ts';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import type { SavedProgress } from '../../src/storage/progress.ts';
import { decodeProgress, knownActionsOnly } from '../../src/storage/progress.ts';
import { encodeProgress } from '../../src/storage/encode.ts';
import { savedFlowId } from '../../src/storage/envelope.ts';
import { miniBundle, miniFlow, realFlow } from '../support/fixtures.ts';
import { resumeAt } from '../support/appActor.ts';
import { coreBundle } from '../../src/flow/split.ts';
import type { BundleFacts } from '../../src/machine/appMachine.ts';
import { startApp } from '../../src/machine/persistence.ts';
import { STORAGE_KEYS } from '../../src/storage/keys.ts';
import { appStorage } from '../../src/storage/store.ts';
import type { KeyValueStore } from '../../src/storage/store.ts';

const flow = miniFlow();
const { actions } = miniBundle().catalogue;
const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 24 * 60 * 60 * 1000;

const progress: SavedProgress = {
  stateValue: 'conduct',
  context: { answers: { contact: ['visit'], atDoor: ['no'] }, editing: false },
  done: ['keepRecords'],
  savedAt: NOW - DAY,
  retentionDays: 7,
};

describe('saving and restoring progress', () => {
  it('restores exactly what was saved, and the machine resumes at the same step', () => {
    const result = decodeProgress(flow, encodeProgress(flow, progress), NOW);
    expect(result).toEqual({ kind: 'restored', progress });
    if (result.kind !== 'restored') return;
    const machine = buildTriageMachine(flow);
    const actor = createActor(machine, { input: resumeAt(result.progress) }).start();
    expect(actor.getSnapshot().value).toBe('conduct');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('atDoor');
  });

  it('reads only the fields it checks, and a "__proto__" key never changes a prototype', () => {
    const saved = JSON.parse(encodeProgress(flow, progress)) as Record<string, unknown>;
    const text = JSON.stringify({ ...saved, extra: 1 }).replace('"answers":{', '"answers":{"__proto__":["polluted"],');
    const result = decodeProgress(flow, text, NOW);
    if (result.kind !== 'restored') throw new Error(`not restored: ${result.kind}`);
    expect('extra' in result.progress).toBe(false);
    expect(Object.getPrototypeOf(result.progress.context.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(decodeProgress(flow, JSON.stringify([saved]), NOW)).toMatchObject({ kind: 'discarded' });
    expect(decodeProgress(flow, JSON.stringify({ ...saved, done: ['a', 1] }), NOW)).toMatchObject({
      kind: 'discarded',
    });
  });

  it('has nothing to restore when nothing was saved', () => {
    expect(decodeProgress(flow, null, NOW)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"format":1,', 'corrupt'],
    ['a bare string', '"hello"', 'corrupt'],
    ['wrong types', encodeProgress(flow, progress).replace('"editing":false', '"editing":"no"'), 'corrupt'],
    [
      'an unknown question',
      encodeProgress(flow, { ...progress, context: { answers: { nope: ['x'] }, editing: false } }),
      'corrupt',
    ],
    [
      'an answer the screen cannot give',
      encodeProgress(flow, { ...progress, context: { answers: { contact: ['call', 'visit'] }, editing: false } }),
      'corrupt',
    ],
    [
      'a step off the route',
      encodeProgress(flow, {
        ...progress,
        stateValue: 'atDoor',
        context: { answers: { contact: ['call'] }, editing: false },
      }),
      'corrupt',
    ],
    ['a result without a complete route', encodeProgress(flow, { ...progress, stateValue: 'result' }), 'corrupt'],
    [
      'a stale answer from another branch',
      encodeProgress(flow, {
        ...progress,
        context: { answers: { contact: ['call'], atDoor: ['no'] }, editing: false },
      }),
      'corrupt',
    ],
    ['a save from the future', encodeProgress(flow, { ...progress, savedAt: NOW + 10 * DAY }), 'corrupt'],
    ['another envelope format', encodeProgress(flow, progress).replace('"format":1', '"format":2'), 'otherVersion'],
    ['another flow version', encodeProgress({ ...flow, version: 2 }, progress), 'otherVersion'],
    ['another flow', encodeProgress({ ...flow, id: 'other' }, progress), 'otherVersion'],
    ['a save past its retention', encodeProgress(flow, { ...progress, savedAt: NOW - 8 * DAY }), 'expired'],
  ])('refuses %s (%#)', (_what, text, reason) => {
    expect(decodeProgress(flow, text, NOW)).toMatchObject({ kind: 'discarded', reason });
  });

  it('refuses a court-papers save from before “when received” was split at 7 days, even one whose answers still exist', () => {
    // Version 2 asked “under 15 days / over 15 days”; its answers no longer mean the same, so they are not restored.
    const court = realFlow('court-papers');
    const before: SavedProgress = {
      ...progress,
      stateValue: 'debtView',
      context: {
        answers: {
          howReceived: ['courtMail'],
          documentKind: ['complaintCopy'],
          caseVerified: ['confirmedReal'],
          receivedWhen: ['over15Days'],
          alsoHappening: ['noneOfThese'],
        },
        editing: false,
      },
      done: [],
    };
    expect(decodeProgress(court, encodeProgress(court, before), NOW).kind).toBe('restored');
    expect(decodeProgress(court, encodeProgress({ ...court, version: 2 }, before), NOW)).toMatchObject({
      kind: 'discarded',
      reason: 'otherVersion',
    });
  });

  it('keeps the answers of a save with a tick the catalogue does not know, and then drops only that tick', () => {
    const text = encodeProgress(flow, { ...progress, done: ['keepRecords', '<img src=x>'] });
    const result = decodeProgress(flow, text, NOW);
    if (result.kind !== 'restored') throw new Error(`not restored: ${result.kind}`);
    expect(result.progress.context.answers).toEqual(progress.context.answers);
    expect(knownActionsOnly(result.progress.done, actions)).toEqual(['keepRecords']);
    expect(knownActionsOnly(['toString', '__proto__'], actions)).toEqual([]);
  });

  it('names the flow a save belongs to, so the app can open that flow, and nothing for anything else', () => {
    expect(savedFlowId(encodeProgress(flow, progress))).toBe('mini');
    expect(savedFlowId(encodeProgress({ ...flow, id: 'court-papers' }, progress))).toBe('court-papers');
    for (const text of [null, '', '{', '"mini"', '{"flowId":3}', '[]', 'null'])
      expect(savedFlowId(text), String(text)).toBeUndefined();
  });

  it('a retention outside the allowed list keeps the answers, with the default retention', () => {
    const text = encodeProgress(flow, progress).replace('"retentionDays":7', '"retentionDays":2');
    expect(decodeProgress(flow, text, NOW)).toMatchObject({ kind: 'restored', progress: { retentionDays: 7 } });
  });

  it("the person's own retention choice decides, whatever the save says", () => {
    const text = encodeProgress(flow, { ...progress, savedAt: NOW - 8 * DAY });
    expect(decodeProgress(flow, text, NOW).kind).toBe('discarded');
    expect(decodeProgress(flow, text, NOW, 30)).toMatchObject({ kind: 'restored', progress: { retentionDays: 30 } });
  });

  it('keeps a save for as long as the user chose, and not a moment longer', () => {
    const oneDay: SavedProgress = { ...progress, retentionDays: 1 };
    expect(decodeProgress(flow, encodeProgress(flow, { ...oneDay, savedAt: NOW - DAY + 1 }), NOW).kind).toBe(
      'restored',
    );
    expect(decodeProgress(flow, encodeProgress(flow, { ...oneDay, savedAt: NOW - DAY - 1 }), NOW).kind).toBe(
      'discarded',
    );
  });

  it('never throws on 2,000 randomly corrupted saves, and restores only consistent ones', () => {
    const valid = encodeProgress(flow, progress);
    const corruption = fc.oneof(
      fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)), // truncated
      fc.tuple(fc.nat({ max: valid.length - 1 }), fc.string({ minLength: 1, maxLength: 4 })).map(
        ([i, s]) => valid.slice(0, i) + s + valid.slice(i + 1), // bytes replaced
      ),
      fc.jsonValue().map((v) => JSON.stringify(v)), // any JSON at all
      fc.tuple(fc.nat({ max: 1000 }), fc.constantFrom('"visit"', '"conduct"', '"mini"')).map(
        ([n, at]) => valid.replace(at, JSON.stringify('长'.repeat(100_000 + n))), // huge strings
      ),
      fc
        .record({
          format: fc.constantFrom(0, 1, 2, '1'),
          flowId: fc.constantFrom('mini', 'other', ''),
          flowVersion: fc.constantFrom(3, 1, -1, Number.MAX_SAFE_INTEGER),
          savedAt: fc.oneof(fc.integer(), fc.constant(NOW)),
          retentionDays: fc.constantFrom(1, 7, 30, 0, -7),
          snapshot: fc.record({
            status: fc.constantFrom('active', 'done', 'error'),
            value: fc.constantFrom('contact', 'atDoor', 'conduct', 'review', 'result', 'nowhere', '__proto__'),
            context: fc.record({
              answers: fc.dictionary(
                fc.constantFrom('contact', 'atDoor', 'conduct', '__proto__', 'constructor'),
                fc.array(fc.constantFrom('call', 'visit', 'yes', 'no', 'insults', 'none', 'x'), { maxLength: 3 }),
              ),
              editing: fc.boolean(),
            }),
          }),
          done: fc.array(fc.constantFrom('keepRecords', 'callPolice', 'x'), { maxLength: 3 }),
        })
        .map((v) => JSON.stringify(v)),
    );
    let restored = 0;
    let discarded = 0;
    const machine = buildTriageMachine(flow);
    fc.assert(
      fc.property(corruption, (text) => {
        const result = decodeProgress(flow, text, NOW);
        if (result.kind === 'restored') {
          restored += 1;
          // Whatever is restored is a state the machine can continue from.
          const actor = createActor(machine, { input: resumeAt(result.progress) }).start();
          const snapshot = actor.getSnapshot();
          expect(snapshot.status).toBe('active');
          const onRoute = routeFor(flow, snapshot.context.answers).nodeIds;
          expect(snapshot.value === 'review' || onRoute.includes(snapshot.value)).toBe(true);
        } else {
          discarded += 1;
          expect(result.kind).toBe('discarded');
        }
      }),
      { numRuns: 2000 },
    );
    console.log(
      `corrupted saves: ${String(restored + discarded)} tried, 0 crashes, ${String(discarded)} discarded, ${String(restored)} still consistent and restored`,
    );
    expect(restored + discarded).toBe(2000);
  }, 60_000);
});

describe('starting the app', () => {
  /** Starts the root actor as the page does, counting how often the rest of the words is asked for. */
  async function startWith(stored: Record<string, string>, search = '') {
    const data = new Map(Object.entries(stored));
    const store: KeyValueStore = {
      get: (key) => data.get(key) ?? null,
      set: (key, value) => data.set(key, value),
      remove: (key) => data.delete(key),
    };
    const bundle = miniBundle();
    let asked = 0;
    const { actor, fresh, stop } = await startApp({
      storage: appStorage(store),
      search,
      core: () => Promise.resolve(coreBundle(bundle)),
      bundle: () => {
        asked += 1;
        return new Promise<BundleFacts>(() => undefined);
      },
      decoder: () => import('../../src/machine/restore.ts'),
      now: () => NOW,
    });
    stop();
    actor.stop();
    return { fresh, asked };
  }

  it('a fresh visit asks for the rest only later (once the person moves on); any other asks at once', async () => {
    expect(await startWith({})).toEqual({ fresh: true, asked: 0 });
    expect(await startWith({ [STORAGE_KEYS.language]: 'en' })).toEqual({ fresh: false, asked: 1 });
    expect(await startWith({}, '?shared=1')).toEqual({ fresh: false, asked: 1 });
  });
});
