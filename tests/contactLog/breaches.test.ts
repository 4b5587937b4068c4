// Table tests for the breach rules: time boundaries, the daily call count per institution, midnight, the time zone.
import { describe, expect, it } from 'vitest';
import { checkLog, touchesQuietHours } from '../../src/contactLog/breaches.ts';
import { shanghaiWallClock } from '../../src/contactLog/clock.ts';
import { newEntry } from '../../src/contactLog/entry.ts';
import type { ContactEntry } from '../../src/contactLog/entry.ts';
import { realBundle } from '../support/fixtures.ts';

const rules = realBundle().catalogue.contactLog.breachRules;
let nextId = 0;
function call(at: string, changes: Partial<ContactEntry> = {}): ContactEntry {
  nextId += 1;
  return { ...newEntry(`e${String(nextId)}`, at), ...changes };
}
function breachesOf(entries: ContactEntry[]) {
  return checkLog(entries, rules).entries.map((c) => c.breaches);
}

describe('contact during quiet hours (22:00 to 08:00, Beijing time)', () => {
  it.each([
    ['2026-11-23T21:59', false],
    ['2026-11-23T22:00', true],
    ['2026-11-23T23:10', true],
    ['2026-11-24T00:00', true],
    ['2026-11-24T07:59', true],
    ['2026-11-24T08:00', false],
    ['2026-11-24T12:00', false],
  ])('a call at %s is flagged: %s', (at, flagged) => {
    expect(breachesOf([call(at)])[0]?.includes('lateContact')).toBe(flagged);
  });

  it('a call that starts before 22:00 and runs past it is flagged; one that ends at 22:00 is not', () => {
    expect(breachesOf([call('2026-11-23T21:50', { durationMinutes: 15 })])[0]).toContain('lateContact');
    expect(breachesOf([call('2026-11-23T21:50', { durationMinutes: 10 })])[0]).not.toContain('lateContact');
  });

  it('a call that spans midnight is flagged and counted on the day it started', () => {
    const log = checkLog([call('2026-11-23T23:55', { durationMinutes: 10 }), call('2026-11-24T09:00')], rules);
    expect(log.entries[0]?.breaches).toContain('lateContact');
    expect(log.entries.map((c) => c.callOfDay)).toEqual([1, 1]);
  });

  it('an early call that ends at 08:00 is flagged (it began inside the quiet hours)', () => {
    expect(touchesQuietHours(7 * 60 + 55, 5, 22 * 60, 8 * 60)).toBe(true);
    expect(touchesQuietHours(8 * 60, 30, 22 * 60, 8 * 60)).toBe(false);
  });

  it('applies to SMS, chat messages and visits too', () => {
    for (const channel of ['sms', 'wechat', 'visit'] as const)
      expect(breachesOf([call('2026-11-23T22:30', { channel })])[0]).toContain('lateContact');
  });
});

describe('more than 3 answered calls with the borrower in one day', () => {
  const day = (times: string[], changes: Partial<ContactEntry> = {}) =>
    times.map((t) => call(`2026-11-23T${t}`, changes));

  it('the 3rd answered call is within the rule; the 4th is flagged', () => {
    const checks = breachesOf(day(['09:00', '10:00', '11:00', '12:00']));
    expect(checks.map((b) => b.includes('tooManyCalls'))).toEqual([false, false, false, true]);
  });

  it('counts by Beijing day: 23:50 and 00:10 fall on different days', () => {
    const entries = [...day(['09:00', '10:00', '23:50']), call('2026-11-24T00:10'), call('2026-11-24T09:00')];
    expect(breachesOf(entries).some((b) => b.includes('tooManyCalls'))).toBe(false);
  });

  it('counts only answered calls to the borrower: unanswered calls, SMS and calls to others are not effective calls', () => {
    const entries = [
      ...day(['09:00', '10:00', '11:00']),
      call('2026-11-23T12:00', { answered: false }),
      call('2026-11-23T13:00', { channel: 'sms' }),
      call('2026-11-23T14:00', { contacted: 'colleague' }),
    ];
    expect(breachesOf(entries).some((b) => b.includes('tooManyCalls'))).toBe(false);
  });

  it('the order entries were added in does not matter: the 4th by time is flagged', () => {
    const entries = day(['12:00', '09:00', '11:00', '10:00']);
    const log = checkLog(entries, rules);
    expect(log.entries.map((c) => c.entry.at.slice(11))).toEqual(['09:00', '10:00', '11:00', '12:00']);
    expect(log.entries.at(-1)?.breaches).toContain('tooManyCalls');
  });

  it('the 6th unanswered call is within the rule; the 7th is flagged', () => {
    const times = ['09:00', '09:10', '09:20', '09:30', '09:40', '09:50', '10:00'];
    const checks = breachesOf(day(times, { answered: false }));
    expect(checks.map((b) => b.includes('tooManyAttempts'))).toEqual([false, false, false, false, false, false, true]);
  });
});

describe('the daily call limits count each collecting institution on its own', () => {
  const at = (time: string, firmNamed: string, changes: Partial<ContactEntry> = {}) =>
    call(`2026-11-23T${time}`, { firmNamed, ...changes });

  it('four answered calls from two firms in a day breach nothing; the 4th from one firm is flagged', () => {
    const two = [at('09:00', '甲催收'), at('10:00', '乙律所'), at('11:00', '甲催收'), at('12:00', '乙律所')];
    expect(breachesOf(two).some((b) => b.includes('tooManyCalls'))).toBe(false);
    const one = [at('09:00', '甲催收'), at('10:00', '乙律所'), at('11:00', '甲催收'), at('12:00', '甲催收')];
    const log = checkLog([...one, at('13:00', '甲催收')], rules);
    expect(log.entries.map((c) => c.breaches.includes('tooManyCalls'))).toEqual([false, false, false, false, true]);
    expect(log.entries.map((c) => c.callOfDay)).toEqual([1, 1, 2, 3, 4]);
  });

  it('the same firm written with spaces, full-width letters or other case is one institution', () => {
    const entries = [
      at('09:00', 'ABC 催收'),
      at('10:00', ' abc催收 '),
      at('11:00', 'ＡＢＣ催收'),
      at('12:00', 'Abc 催收'),
    ];
    expect(breachesOf(entries).map((b) => b.includes('tooManyCalls'))).toEqual([false, false, false, true]);
  });

  it('unanswered attempts: seven split over two firms breach nothing; seven from one firm flag the 7th', () => {
    const times = ['09:00', '09:10', '09:20', '09:30', '09:40', '09:50', '10:00'];
    const split = times.map((t, i) => at(t, i % 2 === 0 ? '甲催收' : '乙律所', { answered: false }));
    expect(breachesOf(split).some((b) => b.includes('tooManyAttempts'))).toBe(false);
    const one = times.map((t) => at(t, '甲催收', { answered: false }));
    expect(breachesOf(one).map((b) => b.includes('tooManyAttempts'))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('calls with no firm written down count together, and never towards a named firm', () => {
    const unnamed = ['09:00', '10:00', '11:00', '12:00'].map((t) => at(t, ''));
    expect(breachesOf(unnamed).map((b) => b.includes('tooManyCalls'))).toEqual([false, false, false, true]);
    const mixed = [at('09:00', '甲催收'), at('10:00', '甲催收'), at('11:00', '甲催收'), at('12:00', '  ')];
    expect(breachesOf(mixed).some((b) => b.includes('tooManyCalls'))).toBe(false);
  });
});

describe('who was contacted and what happened', () => {
  it('anyone but the borrower is a third party', () => {
    for (const contacted of ['family', 'colleague', 'employer', 'other'] as const)
      expect(breachesOf([call('2026-11-23T10:00', { contacted })])[0]).toEqual(['thirdPartyContacted']);
    expect(breachesOf([call('2026-11-23T10:00', { channel: 'thirdParty' })])[0]).toEqual(['thirdPartyContacted']);
    expect(breachesOf([call('2026-11-23T10:00')])[0]).toEqual([]);
  });

  it('each ticked event maps to its rule, in rule order', () => {
    const entry = call('2026-11-23T10:00', {
      happened: ['cameToHomeOrWork', 'askedFees', 'claimedOfficial', 'disclosedDebt', 'insults', 'threats'],
    });
    expect(breachesOf([entry])[0]).toEqual([
      'debtDisclosed',
      'impersonation',
      'extraFees',
      'threats',
      'insults',
      'enteredHomeOrWork',
    ]);
  });

  it('a visit is flagged only when the person ticks that they came in, would not leave or made a scene', () => {
    expect(breachesOf([call('2026-11-23T10:00', { channel: 'visit', durationMinutes: 20 })])[0]).toEqual([]);
    expect(breachesOf([call('2026-11-23T10:00', { channel: 'visit', happened: ['cameToHomeOrWork'] })])[0]).toEqual([
      'enteredHomeOrWork',
    ]);
  });

  it('counts entries per rule', () => {
    const log = checkLog([call('2026-11-23T23:10'), call('2026-11-23T10:00', { contacted: 'colleague' })], rules);
    expect(log.ruleCounts).toEqual({ lateContact: 1, thirdPartyContacted: 1 });
  });
});

describe('Beijing time, whatever the device says', () => {
  it('the default entry time is Beijing wall-clock time from the instant, not the machine zone', () => {
    // 2026-11-23 15:10 UTC is 23:10 in Beijing.
    expect(shanghaiWallClock(Date.UTC(2026, 10, 23, 15, 10))).toBe('2026-11-23T23:10');
    expect(shanghaiWallClock(Date.UTC(2026, 10, 23, 16, 0))).toBe('2026-11-24T00:00');
  });

  it('gives the same result under any TZ setting', () => {
    const before = process.env.TZ;
    const results = ['America/Los_Angeles', 'Asia/Shanghai', 'UTC', 'Pacific/Kiritimati'].map((tz) => {
      process.env.TZ = tz;
      return [shanghaiWallClock(Date.UTC(2026, 10, 23, 15, 10)), breachesOf([call('2026-11-23T23:10')])];
    });
    process.env.TZ = before;
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
  });
});
