// The contact log as the app holds it: the entries, the complaints marked as made and a 支付令's date.
import type { ComplaintChannelId } from '../flow/vocabulary.ts';
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
