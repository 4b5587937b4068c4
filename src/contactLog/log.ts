// The contact log as the app holds it: the entries, the complaints marked as made and a 支付令's date.
import type { ComplaintChannelId } from '../flow/vocabulary.ts';
import { addDays } from './clock.ts';
import type { ContactEntry } from './entry.ts';

export interface ContactLog {
  entries: ContactEntry[];
  /** Channel → Beijing date the user marked a complaint as made. */
  complaintsMade: Partial<Record<ComplaintChannelId, string>>;
  /** The Beijing date a 支付令 was received, when the user gave one. */
  paymentOrderReceived?: string;
}

export const EMPTY_LOG: ContactLog = { entries: [], complaintsMade: {} };

export function isEmptyLog(log: ContactLog): boolean {
  return (
    log.entries.length === 0 && Object.keys(log.complaintsMade).length === 0 && log.paymentOrderReceived === undefined
  );
}

/** Whether the log holds a date the app makes a reminder for (a complaint to follow up, a 支付令 deadline). */
export function hasReminder(log: ContactLog): boolean {
  return Object.keys(log.complaintsMade).length > 0 || log.paymentOrderReceived !== undefined;
}

/** How many days after its date each reminder falls, as the catalogue sets them (it arrives after the first screen). */
export interface ReminderOffsets {
  complaint: Partial<Record<ComplaintChannelId, number>>;
  paymentOrder: number;
}

/** The latest reminder date (Beijing, yyyy-mm-dd) in the log that is `today` or later; undefined when none is left. */
export function lastPendingReminder(log: ContactLog, offsets: ReminderOffsets, today: string): string | undefined {
  const dates: string[] = [];
  for (const [channel, madeOn] of Object.entries(log.complaintsMade) as [ComplaintChannelId, string][]) {
    const days = offsets.complaint[channel];
    if (days !== undefined) dates.push(addDays(madeOn, days));
  }
  if (log.paymentOrderReceived !== undefined) dates.push(addDays(log.paymentOrderReceived, offsets.paymentOrder));
  return dates
    .filter((d) => d >= today)
    .sort()
    .at(-1);
}
