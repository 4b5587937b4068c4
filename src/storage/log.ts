// Reading the stored contact log: every entry that can be read is kept; what cannot is set aside as text, never dropped.
import { isIsoDate } from '../contactLog/clock.ts';
import type { ContactEntry } from '../contactLog/entry.ts';
import type { ContactLog } from '../contactLog/log.ts';
import { COMPLAINT_CHANNEL_IDS } from '../flow/vocabulary.ts';
import type { ComplaintChannelId } from '../flow/vocabulary.ts';
import { freshness, parseJson } from './envelope.ts';
import { EntrySchema, LogEnvelopeSchema, UnreadEnvelopeSchema, UnreadSchema } from './schemas.ts';
import { isRetentionDays } from './retention.ts';
import type { RetentionDays } from './retention.ts';

export type LogRestoreResult =
  | { kind: 'none' }
  | { kind: 'expired' }
  /** `unread`: each part that could not be read, as the text it was stored as. */
  | {
      kind: 'restored';
      log: ContactLog;
      retentionDays: RetentionDays | undefined;
      unread: string[];
      /** The shorter retention the person chose to keep although a reminder falls after it (asked once, not again). */
      retentionKept?: RetentionDays;
    };

/** Never throws, and never returns less than every entry that can be read. */
export function decodeLog(stored: string | null, now: number, chosenRetention?: RetentionDays): LogRestoreResult {
  if (stored === null) return { kind: 'none' };
  const parsed = parseJson(stored);
  const envelope = parsed.ok ? LogEnvelopeSchema.safeParse(parsed.json) : undefined;
  if (!envelope?.success)
    return { kind: 'restored', log: { entries: [], complaintsMade: {} }, retentionDays: undefined, unread: [stored] };
  const raw = envelope.data;
  // The log is saved with a longer retention than the one chosen while a reminder is pending: the longer one holds.
  const saved = isRetentionDays(raw.retentionDays) ? raw.retentionDays : undefined;
  const days =
    chosenRetention !== undefined && saved !== undefined ? Math.max(chosenRetention, saved) : chosenRetention;
  const fresh = freshness(raw, days as RetentionDays | undefined, now);
  if (fresh.kind === 'expired') return { kind: 'expired' };
  const unread: string[] = [];
  const entries: ContactEntry[] = [];
  const ids = new Set<string>();
  for (const item of raw.entries ?? []) {
    const entry = EntrySchema.safeParse(item);
    if (entry.success && !ids.has(entry.data.id)) {
      ids.add(entry.data.id);
      entries.push(entry.data);
    } else unread.push(JSON.stringify(item));
  }
  const complaintsMade: Partial<Record<ComplaintChannelId, string>> = {};
  for (const [channel, date] of Object.entries(raw.complaintsMade ?? {})) {
    if ((COMPLAINT_CHANNEL_IDS as readonly string[]).includes(channel) && typeof date === 'string' && isIsoDate(date))
      complaintsMade[channel as ComplaintChannelId] = date;
    else unread.push(JSON.stringify({ [channel]: date }));
  }
  const log: ContactLog = { entries, complaintsMade };
  const received = raw.paymentOrderReceived;
  if (typeof received === 'string' && isIsoDate(received)) log.paymentOrderReceived = received;
  else if (received !== undefined) unread.push(JSON.stringify({ paymentOrderReceived: received }));
  const kept = raw.retentionKept;
  return {
    kind: 'restored',
    log,
    retentionDays: fresh.kind === 'fresh' ? fresh.retentionDays : undefined,
    unread,
    ...(isRetentionDays(kept) ? { retentionKept: kept } : {}),
  };
}

/**
 * What was set aside before, plus what was just found (a part found again is not kept twice); text that is neither
 * list nor envelope is kept as one part. Parts set aside are the person's log too, so they expire with the same
 * retention (`expired`); a bare list, from before they carried a date, is kept and dated from its next save.
 */
export function mergeUnread(
  stored: string | null,
  found: readonly string[],
  now = Date.now(),
  chosenRetention?: RetentionDays,
): { parts: string[]; expired: boolean } {
  if (stored === null) return { parts: [...found], expired: false };
  const parsed = parseJson(stored);
  const envelope = parsed.ok ? UnreadEnvelopeSchema.safeParse(parsed.json) : undefined;
  if (envelope?.success && freshness(envelope.data, chosenRetention, now).kind === 'expired')
    return { parts: [...found], expired: true };
  const list = parsed.ok ? UnreadSchema.safeParse(envelope?.success ? envelope.data.parts : parsed.json) : undefined;
  const earlier = list?.success ? list.data : [stored];
  return { parts: [...earlier, ...found.filter((part) => !earlier.includes(part))], expired: false };
}
