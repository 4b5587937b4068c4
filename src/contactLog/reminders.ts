// The two reminders the app offers: following up a complaint, and the written-objection deadline of a 支付令.
import { plainText, splitText } from '../flow/actionList.ts';
import type { Catalogue, LenderProfile } from '../flow/schema.ts';
import type { ComplaintChannelId } from '../flow/vocabulary.ts';
import { addDays } from './clock.ts';
import { channelFor } from './drafts.ts';
import type { Reminder } from './calendar.ts';
import type { ReminderOffsets } from './log.ts';
import { isDayInRange } from './entry.ts';
import { fillSlots, withBasis } from './timeline.ts';

function fill(catalogue: Catalogue, template: string, values: Record<string, string>): string {
  return plainText(splitText(fillSlots(template, values), catalogue));
}

/**
 * A reminder when the handling time for a complaint made on `madeOn` runs out; none where no time is set, or where
 * the day is not one a contact could fall on (a phone clock set far off).
 */
export function complaintFollowUp(
  catalogue: Catalogue,
  channelId: ComplaintChannelId,
  madeOn: string,
  createdAt: number,
  /** The lender the answers name, for the lender channel's name. */
  lender?: LenderProfile,
): Reminder | undefined {
  const { channel } = channelFor(catalogue, channelId, lender);
  if (channel.followUpDays === undefined || !isDayInRange(madeOn, createdAt)) return undefined;
  const words = catalogue.contactLog.reminderText;
  const basis = channel.basis[0];
  const rule = basis ? withBasis(basis.says, [basis], catalogue) : '';
  const values = { channel: channel.name, date: madeOn, rule };
  return {
    uid: `complaint-${channelId}-${madeOn}@collection-guide`,
    date: addDays(madeOn, channel.followUpDays),
    title: fill(catalogue, words.followUpTitle, values),
    description: fill(catalogue, words.followUpDescription, values),
    alertDaysBefore: [],
    createdAt,
  };
}

/** The last day to object to a 支付令 received on `receivedOn`, with alerts three days and one day before. */
export function paymentOrderDeadline(catalogue: Catalogue, receivedOn: string, createdAt: number): Reminder {
  const deadline = catalogue.contactLog.deadlines.paymentOrder;
  const words = catalogue.contactLog.reminderText;
  const values = { channel: '', date: receivedOn, rule: withBasis(deadline.explanation, deadline.basis, catalogue) };
  return {
    uid: `payment-order-${receivedOn}@collection-guide`,
    date: addDays(receivedOn, deadline.days),
    title: fill(catalogue, words.paymentOrderTitle, values),
    description: fill(catalogue, words.paymentOrderDescription, values),
    alertDaysBefore: [3, 1],
    createdAt,
  };
}

/** The reminder offsets the app machine needs to keep a log until its reminders have passed. */
export function reminderOffsets(catalogue: Catalogue): ReminderOffsets {
  const complaint: ReminderOffsets['complaint'] = {};
  for (const [id, channel] of Object.entries(catalogue.contactLog.complaintChannels))
    if (channel.followUpDays !== undefined) complaint[id as ComplaintChannelId] = channel.followUpDays;
  return { complaint, paymentOrder: catalogue.contactLog.deadlines.paymentOrder.days };
}
