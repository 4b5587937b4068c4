// Retention against reminders: a chosen retention shorter than a pending reminder is asked about, and until the
// person answers, the log is kept past the reminder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '../../src/contactLog/clock.ts';
import type { ContactLog } from '../../src/contactLog/log.ts';
import { persist } from '../../src/machine/persistence.ts';
import { logRetentionDays, retentionQuestion } from '../../src/machine/retention.ts';
import { restore } from '../../src/machine/restore.ts';
import { decodeLog } from '../../src/storage/log.ts';
import type { RetentionDays } from '../../src/storage/retention.ts';
import { appStorage } from '../../src/storage/store.ts';
import { loadBundle, startRoot } from '../support/appActor.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import { memoryStore } from '../support/renderTriage.tsx';

const flow = realFlow('collection-triage');
const NOW = Date.UTC(2026, 10, 23, 4); // 12:00 in Beijing
const DAY = 24 * 60 * 60 * 1000;
const today = shanghaiDate(NOW);
const complaintToday: ContactLog = { entries: [], complaintsMade: { webank: today } };

function start(input: { log?: ContactLog; chosenRetention?: RetentionDays } = {}) {
  return startRoot(realBundle(), flow.id, input);
}

describe('retention and the reminders the app makes', () => {
  it('asks when the chosen retention ends before a pending reminder, with the date and a retention that covers it', async () => {
    const actor = start({ log: complaintToday });
    actor.send({ type: 'retention.choose', days: 7 });
    // The reminders' dates come with the catalogue; until then the log is kept as long as any reminder needs.
    expect(retentionQuestion(actor.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(actor.getSnapshot().context, NOW)).toBe(30);
    await loadBundle(actor);
    const question = retentionQuestion(actor.getSnapshot().context, NOW);
    expect(question).toEqual({ days: 7, reminderDate: addDays(today, 15), extendTo: 30 });
    expect(logRetentionDays(actor.getSnapshot().context, NOW)).toBe(30);
  });

  it('extending answers it; keeping the shorter time answers it too, and only then is the log saved with it', async () => {
    const extended = start({ log: complaintToday, chosenRetention: 1 });
    await loadBundle(extended);
    extended.send({ type: 'retention.choose', days: 30 });
    expect(retentionQuestion(extended.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(extended.getSnapshot().context, NOW)).toBe(30);

    const kept = start({ log: complaintToday, chosenRetention: 7 });
    await loadBundle(kept);
    kept.send({ type: 'retention.keep' });
    expect(retentionQuestion(kept.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(kept.getSnapshot().context, NOW)).toBe(7);
    // A new, shorter choice is a new question.
    kept.send({ type: 'retention.choose', days: 1 });
    expect(retentionQuestion(kept.getSnapshot().context, NOW)).toMatchObject({ days: 1, extendTo: 30 });
  });

  it('does not ask without a choice, once the reminder has passed, or when the choice already covers it', async () => {
    const noChoice = start({ log: complaintToday });
    await loadBundle(noChoice);
    expect(retentionQuestion(noChoice.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(noChoice.getSnapshot().context, NOW)).toBe(30);
    const passed = start({ log: { entries: [], complaintsMade: { webank: addDays(today, -16) } }, chosenRetention: 7 });
    await loadBundle(passed);
    expect(retentionQuestion(passed.getSnapshot().context, NOW)).toBeUndefined();
    expect(logRetentionDays(passed.getSnapshot().context, NOW)).toBe(7);
    // A 支付令 received 12 days ago: its deadline is in 3 days, which 7 days covers.
    const near = start({ log: { entries: [], complaintsMade: {}, paymentOrderReceived: addDays(today, -12) } });
    near.send({ type: 'retention.choose', days: 7 });
    await loadBundle(near);
    expect(retentionQuestion(near.getSnapshot().context, NOW)).toBeUndefined();
    near.send({ type: 'retention.choose', days: 1 });
    expect(retentionQuestion(near.getSnapshot().context, NOW)).toEqual({
      days: 1,
      reminderDate: addDays(today, 3),
      extendTo: 7,
    });
  });

  it('unanswered, the stored log outlives the chosen retention until the reminder; answered, it keeps the choice', async () => {
    const store = memoryStore();
    const storage = appStorage(store);
    const actor = start({ log: complaintToday, chosenRetention: 7 });
    await loadBundle(actor);
    const stop = persist(actor, storage, () => NOW);
    const tenDaysOn = restore({ [flow.id]: flow }, storage, { now: NOW + 10 * DAY });
    expect(tenDaysOn.chosenRetention).toBe(7);
    expect(tenDaysOn.log).toEqual(complaintToday);
    actor.send({ type: 'retention.keep' });
    const eightDaysOn = restore({ [flow.id]: flow }, storage, { now: NOW + 8 * DAY });
    expect(eightDaysOn.log).toBeUndefined();
    expect(eightDaysOn.notices).toContain('logExpired');
    stop();
  });

  it('over many choices, dates and gaps, no unanswered log is deleted before its last pending reminder', async () => {
    let conflicts = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<RetentionDays>(1, 7, 30),
        fc.integer({ min: -20, max: 0 }),
        fc.option(fc.integer({ min: -20, max: 0 }), { nil: undefined }),
        fc.integer({ min: 0, max: 40 * 24 }),
        async (chosen, complaintOffset, orderOffset, gapHours) => {
          const log: ContactLog = {
            entries: [],
            complaintsMade: { webank: addDays(today, complaintOffset) },
            ...(orderOffset === undefined ? {} : { paymentOrderReceived: addDays(today, orderOffset) }),
          };
          const actor = start({ log, chosenRetention: chosen });
          await loadBundle(actor);
          const question = retentionQuestion(actor.getSnapshot().context, NOW);
          if (question) conflicts += 1;
          const store = memoryStore();
          const stop = persist(actor, appStorage(store), () => NOW);
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
