// Reminder files parse as valid iCalendar (checked with an independent parser) and fall on the right day.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, foldLine } from '../../src/contactLog/calendar.ts';
import { complaintFollowUp, paymentOrderDeadline } from '../../src/contactLog/reminders.ts';
import { realBundle } from '../support/fixtures.ts';

const { catalogue } = realBundle();
const CREATED = Date.UTC(2026, 10, 23, 4, 0);

function parseEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const vevent = events[0];
  if (!vevent) throw new Error('no event');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('calendar reminders', () => {
  it('a complaint made on 2026-11-23 to the bank is followed up 15 days later, at 09:00', () => {
    const reminder = complaintFollowUp(catalogue, 'webank', '2026-11-23', CREATED, catalogue.lenders.webank);
    if (!reminder) throw new Error('the bank complaint has a handling time, so it must have a reminder');
    const { calendar, event } = parseEvent(buildIcs(reminder));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.startDate.toString()).toBe('2026-12-08T09:00:00');
    expect(event.summary).toBe('跟进投诉：微众银行客服');
    expect(event.description).toContain('15 日内处理并告知');
    expect(event.description).toContain('12378');
  });

  it('a complaint to a lender the app does not know is followed up under "the lender", never WeBank', () => {
    for (const lender of [catalogue.lenders.otherLender, undefined]) {
      const reminder = complaintFollowUp(catalogue, 'webank', '2026-11-23', CREATED, lender);
      expect(reminder?.title).toBe('跟进投诉：放贷方客服');
      expect(reminder?.description).not.toMatch(/微众|95384|\{lender:/);
    }
  });

  it('channels without a handling time in the rules get no follow-up date', () => {
    expect(complaintFollowUp(catalogue, 'spamReport', '2026-11-23', CREATED)).toBeUndefined();
  });

  it('a 支付令 received 2026-11-23 reminds on day 15 (2026-12-08), with alerts 3 days and 1 day before', () => {
    const { vevent, event } = parseEvent(buildIcs(paymentOrderDeadline(catalogue, '2026-11-23', CREATED)));
    expect(event.startDate.toString()).toBe('2026-12-08T09:00:00');
    expect(event.description).toContain('书面异议');
    expect(event.description).toContain('第二百二十五条至第二百二十七条');
    const triggers = vevent.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')));
    expect(triggers).toEqual(['-P3D', '-P1D', 'PT0S']);
  });

  it('crosses month and year ends by the calendar', () => {
    expect(paymentOrderDeadline(catalogue, '2026-12-20', CREATED).date).toBe('2027-01-04');
    expect(paymentOrderDeadline(catalogue, '2028-02-20', CREATED).date).toBe('2028-03-06');
  });

  it('escapes commas, semicolons, backslashes and new lines, and folds long lines without splitting a character', () => {
    const text = buildIcs({
      uid: 'x@test',
      date: '2026-11-23',
      title: 'a,b;c\\d',
      description: `第一行\n第二行${'很长的中文'.repeat(40)}`,
      alertDaysBefore: [],
      createdAt: CREATED,
    });
    const { event } = parseEvent(text);
    expect(event.summary).toBe('a,b;c\\d');
    expect(event.description.startsWith('第一行\n第二行')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('folding keeps every character', () => {
    const line = `DESCRIPTION:${'中'.repeat(100)}`;
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });
});
