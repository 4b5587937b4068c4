// Keeps the contact log on this device only; stored text is untrusted, so every field is checked on the way back.
import { COMPLAINT_CHANNEL_IDS, CONTACTED_PEOPLE, CONTACT_CHANNELS, CONTACT_EVENTS } from '../flow/vocabulary.ts';
import type { ComplaintChannelId } from '../flow/vocabulary.ts';
import { isIsoDate, parseWallClock } from './clock.ts';
import { ENTRY_LIMITS } from './entry.ts';
import type { ContactEntry } from './entry.ts';

export { LOG_STORAGE_KEY } from './storageKey.ts';
export const LOG_FORMAT = 1;
const DAY_MS = 24 * 60 * 60 * 1000;

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

export type LogRestoreResult =
  | { kind: 'none' }
  | { kind: 'restored'; log: ContactLog; retentionDays: number }
  | { kind: 'discarded'; reason: 'corrupt' | 'expired' };

export function encodeLog(log: ContactLog, savedAt: number, retentionDays: number): string {
  return JSON.stringify({ format: LOG_FORMAT, savedAt, retentionDays, ...log });
}

export function decodeLog(text: string | null, now: number): LogRestoreResult {
  if (text === null) return { kind: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'discarded', reason: 'corrupt' };
  }
  if (!isRecord(raw) || raw.format !== LOG_FORMAT) return { kind: 'discarded', reason: 'corrupt' };
  const { savedAt, retentionDays } = raw;
  if (!isCount(savedAt) || !isCount(retentionDays) || retentionDays < 1)
    return { kind: 'discarded', reason: 'corrupt' };
  if (now - savedAt > retentionDays * DAY_MS) return { kind: 'discarded', reason: 'expired' };
  const log = readLog(raw);
  return log ? { kind: 'restored', log, retentionDays } : { kind: 'discarded', reason: 'corrupt' };
}

function readLog(raw: Record<string, unknown>): ContactLog | undefined {
  const { entries, complaintsMade, paymentOrderReceived } = raw;
  if (!Array.isArray(entries) || entries.length > ENTRY_LIMITS.entries || !isRecord(complaintsMade)) return undefined;
  const read = entries.map(readEntry);
  if (read.some((e) => e === undefined)) return undefined;
  const valid = read as ContactEntry[];
  if (new Set(valid.map((e) => e.id)).size !== valid.length) return undefined;
  const made: Partial<Record<ComplaintChannelId, string>> = {};
  for (const [key, value] of Object.entries(complaintsMade)) {
    if (!isOneOf(COMPLAINT_CHANNEL_IDS, key) || typeof value !== 'string' || !isIsoDate(value)) return undefined;
    made[key] = value;
  }
  if (
    paymentOrderReceived !== undefined &&
    (typeof paymentOrderReceived !== 'string' || !isIsoDate(paymentOrderReceived))
  )
    return undefined;
  return {
    entries: valid,
    complaintsMade: made,
    ...(paymentOrderReceived === undefined ? {} : { paymentOrderReceived }),
  };
}

function readEntry(raw: unknown): ContactEntry | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, at, durationMinutes, channel, answered, callerGave, firmNamed, contacted, happened, notes } = raw;
  const ok =
    isText(id, ENTRY_LIMITS.shortText) &&
    id !== '' &&
    typeof at === 'string' &&
    parseWallClock(at) !== undefined &&
    isCount(durationMinutes) &&
    durationMinutes <= ENTRY_LIMITS.durationMinutes &&
    isOneOf(CONTACT_CHANNELS, channel) &&
    typeof answered === 'boolean' &&
    isText(callerGave, ENTRY_LIMITS.shortText) &&
    isText(firmNamed, ENTRY_LIMITS.shortText) &&
    isOneOf(CONTACTED_PEOPLE, contacted) &&
    Array.isArray(happened) &&
    happened.every((e) => isOneOf(CONTACT_EVENTS, e)) &&
    new Set(happened).size === happened.length &&
    isText(notes, ENTRY_LIMITS.notes);
  if (!ok) return undefined;
  return { id, at, durationMinutes, channel, answered, callerGave, firmNamed, contacted, happened, notes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}
