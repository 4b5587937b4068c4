// Retention against reminders: a chosen retention shorter than a pending reminder is asked about, and until the
// person answers, the log is kept past the reminder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { addDays, shanghaiDate } from '../../src/contactLog/clock.ts';
import { reminderOffsets } from '../../src/contactLog/reminders.ts';
import type { ContactLog } from '../../src/contactLog/log.ts';
import { buildAppMachine } from '../../src/machine/appMachine.ts';
import { persist } from '../../src/machine/persistence.ts';
import { logRetentionDays, retentionQuestion } from '../../src/machine/retention.ts';
import { restore } from '../../src/machine/restore.ts';
import { decodeLog } from '../../src/storage/log.ts';
import type { RetentionDays } from '../../src/storage/retention.ts';
import { appStorage } from '../../src/storage/store.ts';
import { realBundle, miniFlow } from '../support/fixtures.ts';
import { memoryStore } from '../support/renderTriage.tsx';

const flow = miniFlow();
const offsets = reminderOffsets(realBundle().catalogue);
const NOW = Date.UTC(2026, 10, 23, 4); // 12:00 in Beijing
const DAY = 24 * 60 * 60 * 1000;
const today = shanghaiDate(NOW);
const complaintToday: ContactLog = { entries: [], complaintsMade: { webank: today } };

function start(input: { log?: ContactLog; chosenRetention?: RetentionDays } = {}) {
  return createActor(buildAppMachine(flow), { input: { sharedMode: false, ...input } }).start();
}

describe('retention and the reminders the app makes', () => {
  it('asks when the chosen retention ends before a pending reminder, with the date and a retention that covers it', () => {
    const actor = start({ log: complaintToday });
    actor.send({ type: 'retention.choose', days: 7 });
    // The reminders' dates come with the catalogue; until then the log is kept as long as any reminder needs.
    expect(retentionQuestion(actor.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(actor.getSnapshot().context, NOW)).toBe(30);
    actor.send({ type: 'reminders.known', offsets });
    const question = retentionQuestion(actor.getSnapshot().context, NOW);
    expect(question).toEqual({ days: 7, reminderDate: addDays(today, 15), extendTo: 30 });
    expect(logRetentionDays(actor.getSnapshot().context, NOW)).toBe(30);
  });

  it('extending answers it; keeping the shorter time answers it too, and only then is the log saved with it', () => {
    const extended = start({ log: complaintToday, chosenRetention: 1 });
    extended.send({ type: 'reminders.known', offsets });
    extended.send({ type: 'retention.choose', days: 30 });
    expect(retentionQuestion(extended.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(extended.getSnapshot().context, NOW)).toBe(30);

    const kept = start({ log: complaintToday, chosenRetention: 7 });
    kept.send({ type: 'reminders.known', offsets });
    kept.send({ type: 'retention.keep' });
    expect(retentionQuestion(kept.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(kept.getSnapshot().context, NOW)).toBe(7);
    // A new, shorter choice is a new question.
    kept.send({ type: 'retention.choose', days: 1 });
    expect(retentionQuestion(kept.getSnapshot().context, NOW)).toMatchObject({ days: 1, extendTo: 30 });
  });

  it('does not ask without a choice, once the reminder has passed, or when the choice already covers it', () => {
    const noChoice = start({ log: complaintToday });
    noChoice.send({ type: 'reminders.known', offsets });
    expect(retentionQuestion(noChoice.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(noChoice.getSnapshot().context, NOW)).toBe(30);
    const passed = start({ log: { entries: [], complaintsMade: { webank: addDays(today, -16) } }, chosenRetention: 7 });
    passed.send({ type: 'reminders.known', offsets });
    expect(retentionQuestion(passed.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(passed.getSnapshot().context, NOW)).toBe(7);
    // A 支付令 received 12 days ago: its deadline is in 3 days, which 7 days covers.
    const near = start({ log: { entries: [], complaintsMade: {}, paymentOrderReceived: addDays(today, -12) } });
    near.send({ type: 'retention.choose', days: 7 });
    near.send({ type: 'reminders.known', offsets });
    expect(retentionQuestion(near.getSnapshot().context, NOW)).toBeUndefined();
    near.send({ type: 'retention.choose', days: 1 });
    expect(retentionQuestion(near.getSnapshot().context, NOW)).toEqual({
      days: 1,
      reminderDate: addDays(today, 3),
      extendTo: 7,
    });
  });

  it('unanswered, the stored log outlives the chosen retention until the reminder; answered, it keeps the choice', () => {
    const store = memoryStore();
    const storage = appStorage(store);
    const actor = start({ log: complaintToday, chosenRetention: 7 });
    actor.send({ type: 'reminders.known', offsets });
    const stop = persist(actor, flow, storage, () => NOW);
    const tenDaysOn = restore(flow, storage, { sharedMode: false, now: NOW + 10 * DAY, otherFlows: [] });
    expect(tenDaysOn.input.chosenRetention).toBe(7);
    expect(tenDaysOn.input.log).toEqual(complaintToday);
    actor.send({ type: 'retention.keep' });
    const eightDaysOn = restore(flow, storage, { sharedMode: false, now: NOW + 8 * DAY, otherFlows: [] });
    expect(eightDaysOn.input.log).toBeUndefined();
    expect(eightDaysOn.input.notices).toContain('logExpired');
    stop();
  });

  it('over many choices, dates and gaps, no unanswered log is deleted before its last pending reminder', () => {
    let conflicts = 0;
    fc.assert(
      fc.property(
        fc.constantFrom<RetentionDays>(1, 7, 30),
        fc.integer({ min: -20, max: 0 }),
        fc.option(fc.integer({ min: -20, max: 0 }), { nil: undefined }),
        fc.integer({ min: 0, max: 40 * 24 }),
        (chosen, complaintOffset, orderOffset, gapHours) => {
          const log: ContactLog = {
            entries: [],
            complaintsMade: { webank: addDays(today, complaintOffset) },
            ...(orderOffset === undefined ? {} : { paymentOrderReceived: addDays(today, orderOffset) }),
          };
          const actor = start({ log, chosenRetention: chosen });
          actor.send({ type: 'reminders.known', offsets });
          const question = retentionQuestion(actor.getSnapshot().context, NOW);
          if (question) conflicts += 1;
          const store = memoryStore();
          const stop = persist(actor, flow, appStorage(store), () => NOW);
          stop();
          const later = NOW + gapHours * 60 * 60 * 1000;
          const reminderPending = question !== undefined && question.reminderDate >= shanghaiDate(later);
          const result = decodeLog(store.data.get('collection-guide.log') ?? null, later, chosen);
          if (reminderPending) expect(result.kind).toBe('restored');
        },
      ),
      { numRuns: 300 },
    );
    expect(conflicts).toBeGreaterThan(0);
  });
});
