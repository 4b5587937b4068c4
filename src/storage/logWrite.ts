// Writing the contact log as one change to what is stored now: another tab's additions stay, and what another tab
// deleted is not written back. Plain checks only, no schema library: this runs with every save.
import type { ContactLog } from '../contactLog/log.ts';
import { EMPTY_LOG } from '../contactLog/log.ts';
import { ENVELOPE_FORMAT, parseJson } from './envelope.ts';
import { isExpired, isRetentionDays } from './retention.ts';
import type { RetentionDays } from './retention.ts';

type Stored = Record<string, unknown>;

/** The envelope's fields this version writes; any other came from a newer one. */
const KNOWN_FIELDS = new Set([
  'format',
  'savedAt',
  'retentionDays',
  'retentionKept',
  'entries',
  'complaintsMade',
  'paymentOrderReceived',
]);

function isRecord(value: unknown): value is Stored {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
}

/** The stored log as an object, or undefined when nothing (or nothing readable as a log) is stored. */
function storedEnvelope(text: string | null): Stored | undefined {
  if (text === null) return undefined;
  const parsed = parseJson(text);
  return parsed.ok && isRecord(parsed.json) ? parsed.json : undefined;
}

/**
 * The text to store for a change from `before` (what this tab last read or wrote) to `after` (what it holds now),
 * applied to `stored` (what is stored now): entries added here are appended, entries changed here replace theirs,
 * entries removed here are removed; every other stored entry, and every field this version does not know, stays as
 * stored. An entry changed here that is no longer stored was deleted elsewhere, and stays deleted. Parts of the log
 * that this tab set aside as unreadable (`unread`, already stored under their own key) are not kept twice. Null when
 * the result holds nothing.
 */
export function encodeLogChange(
  stored: string | null,
  before: ContactLog,
  after: ContactLog,
  savedAt: number,
  retentionDays: RetentionDays,
  unread: readonly string[] = [],
  /** The shorter retention the person chose to keep despite a reminder; stored so they are not asked again. */
  retentionKept?: RetentionDays,
): string | null {
  const found = storedEnvelope(stored);
  // A stored log past the retention it was saved with is deleted, not merged: this tab's own log is written whole in
  // its place (the reader, decodeLog, has already said so to the person).
  const storedDays = isRetentionDays(found?.retentionDays) ? found.retentionDays : retentionDays;
  const expired = typeof found?.savedAt === 'number' && isExpired(found.savedAt, storedDays, savedAt);
  const envelope = (expired ? undefined : found) ?? {};
  if (expired) before = EMPTY_LOG;
  const beforeById = new Map(before.entries.map((e) => [e.id, e]));
  const afterById = new Map(after.entries.map((e) => [e.id, e]));
  const setAside = new Set(unread);
  const seen = new Set<string>();
  const entries: unknown[] = [];
  for (const item of Array.isArray(envelope.entries) ? (envelope.entries as unknown[]) : []) {
    const id = idOf(item);
    const mine = id === undefined ? undefined : afterById.get(id);
    if (id !== undefined && mine && !seen.has(id)) {
      seen.add(id);
      // Changed here: this tab's version; otherwise the stored one, which another tab may have changed.
      entries.push(mine !== beforeById.get(id) ? mine : item);
    } else if (setAside.has(JSON.stringify(item))) continue;
    else if (id !== undefined && beforeById.has(id) && !afterById.has(id)) continue;
    else entries.push(item);
  }
  for (const entry of after.entries)
    if (!seen.has(entry.id) && !beforeById.has(entry.id)) {
      seen.add(entry.id);
      entries.push(entry);
    }
  const changes = new Map<string, string | undefined>();
  for (const channel of new Set([...Object.keys(before.complaintsMade), ...Object.keys(after.complaintsMade)])) {
    const was = before.complaintsMade[channel as keyof ContactLog['complaintsMade']];
    const now = after.complaintsMade[channel as keyof ContactLog['complaintsMade']];
    if (was !== now) changes.set(channel, now);
  }
  const kept = Object.entries(isRecord(envelope.complaintsMade) ? envelope.complaintsMade : {}).filter(
    ([channel, date]) => !changes.has(channel) && !setAside.has(JSON.stringify({ [channel]: date })),
  );
  const made = [...changes].filter((change): change is [string, string] => change[1] !== undefined);
  const complaintsMade: Stored = Object.fromEntries([...kept, ...made]);
  const result: Stored = { ...envelope, format: ENVELOPE_FORMAT, savedAt, retentionDays, entries, complaintsMade };
  if (retentionKept === undefined) delete result.retentionKept;
  else result.retentionKept = retentionKept;
  if (before.paymentOrderReceived !== after.paymentOrderReceived) {
    if (after.paymentOrderReceived === undefined) delete result.paymentOrderReceived;
    else result.paymentOrderReceived = after.paymentOrderReceived;
  } else if (setAside.has(JSON.stringify({ paymentOrderReceived: result.paymentOrderReceived })))
    delete result.paymentOrderReceived;
  // A field this version does not know is kept too, even in a log otherwise empty.
  const unknown = Object.keys(result).some((key) => !KNOWN_FIELDS.has(key));
  const holds =
    unknown || entries.length > 0 || Object.keys(complaintsMade).length > 0 || 'paymentOrderReceived' in result;
  return holds ? JSON.stringify(result) : null;
}

/**
 * Keeps track of the log as this tab last wrote it, the starting point of its next change. The first write (at
 * start, right after reading) takes every entry this tab holds as its own.
 */
export function logChanges() {
  let basis = EMPTY_LOG;
  return {
    text: (
      stored: string | null,
      log: ContactLog,
      savedAt: number,
      days: RetentionDays,
      unread: readonly string[],
      retentionKept?: RetentionDays,
    ) => encodeLogChange(stored, basis, log, savedAt, days, unread, retentionKept),
    /** The log was written (or deleted, with `EMPTY_LOG`): the next change starts from it. */
    written: (log: ContactLog) => {
      basis = log;
    },
  };
}
