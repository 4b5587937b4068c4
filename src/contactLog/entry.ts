// One collection contact as the user logs it, and the pure edits of the log (add, change, remove).
import type { ContactChannel, ContactEvent, ContactedPerson } from '../flow/vocabulary.ts';
import { addDays, isIsoDate, parseWallClock, shanghaiDate, shanghaiWallClock } from './clock.ts';

export interface ContactEntry {
  /** Stable within this device's log. */
  id: string;
  /** When it started, Beijing wall-clock time "yyyy-mm-ddThh:mm". */
  at: string;
  /** How long it lasted, for calls and visits; 0 when not known. */
  durationMinutes: number;
  channel: ContactChannel;
  /** For calls: whether it was answered (an effective call) or only rang. */
  answered: boolean;
  /** The number or name the caller gave. Free text from the user. */
  callerGave: string;
  /** The firm they said they are from. Free text from the user. */
  firmNamed: string;
  contacted: ContactedPerson;
  happened: ContactEvent[];
  /** Free text from the user. */
  notes: string;
}

/** Limits that keep a stored log small and a hostile paste harmless; the form enforces the same. */
export const ENTRY_LIMITS = { shortText: 100, notes: 2000, durationMinutes: 24 * 60, entries: 500 } as const;

export function newEntry(id: string, at: string): ContactEntry {
  return {
    id,
    at,
    durationMinutes: 0,
    channel: 'call',
    answered: true,
    callerGave: '',
    firmNamed: '',
    contacted: 'me',
    happened: [],
    notes: '',
  };
}

/** Oldest first; ties keep the order they were added in. */
export function sortEntries(entries: readonly ContactEntry[]): ContactEntry[] {
  return (
    entries
      .map((entry, index) => ({ entry, index }))
      // Code-unit order is time order for "yyyy-mm-ddThh:mm"; localeCompare cost ~150 ms on 500 entries at 4× slowdown.
      .sort((a, b) => (a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : a.index - b.index))
      .map(({ entry }) => entry)
  );
}

/** Adds, or replaces the entry with the same id. */
export function saveEntry(entries: readonly ContactEntry[], entry: ContactEntry): ContactEntry[] {
  const index = entries.findIndex((e) => e.id === entry.id);
  if (index === -1) return [...entries, entry];
  return entries.map((e, i) => (i === index ? entry : e));
}

export function removeEntry(entries: readonly ContactEntry[], id: string): ContactEntry[] {
  return entries.filter((e) => e.id !== id);
}

/** Is this contact with someone other than the borrower? */
export function reachesThirdParty(entry: ContactEntry): boolean {
  return entry.channel === 'thirdParty' || entry.contacted !== 'me';
}

/**
 * The days a logged contact or a received paper may fall on. Online lending (and so its collection) is younger than
 * this start; nothing can have happened after today, and one day more allows for a phone whose clock or zone is a
 * little off. Outside this range a date is a slip of the finger, and far dates would break the calendar files.
 */
export const EARLIEST_DAY = '2000-01-01';
const DAYS_AFTER_TODAY = 1;
/** Past any real use; a phone clock set centuries ahead still cannot push a reminder past year 9999. */
const LAST_DAY = '2199-12-31';

export function latestDay(nowMs: number): string {
  const latest = addDays(shanghaiDate(Math.min(nowMs, Date.UTC(2199, 11, 31))), DAYS_AFTER_TODAY);
  return latest < LAST_DAY ? latest : LAST_DAY;
}

function inRange(day: string, nowMs: number): boolean {
  return day >= EARLIEST_DAY && day <= latestDay(nowMs);
}

/**
 * A contact being logged has already happened; a time rounded up a little (a call at "12:15" noted at 12:07) is
 * still the person's own record, so a quarter of an hour ahead is allowed.
 */
const CONTACT_AHEAD_MS = 15 * 60 * 1000;

/**
 * Why a contact's time cannot be saved, as the key of the form's message; undefined when it can. Beijing wall-clock
 * times compare as text ("yyyy-mm-ddThh:mm"); a later time would sort as the newest contact and skew the rules.
 */
export function checkContactTime(at: string, nowMs: number): 'errorAt' | 'errorAtRange' | undefined {
  const parsed = parseWallClock(at);
  if (!parsed) return 'errorAt';
  if (!inRange(parsed.date, nowMs)) return 'errorAtRange';
  return at > shanghaiWallClock(nowMs + CONTACT_AHEAD_MS) ? 'errorAtRange' : undefined;
}

/** Why the day a 支付令 was received cannot be used, as the key of the drafts page's message. */
export function checkReceivedDay(day: string, nowMs: number): 'receivedMissing' | 'receivedOutOfRange' | undefined {
  if (!isIsoDate(day)) return 'receivedMissing';
  return inRange(day, nowMs) ? undefined : 'receivedOutOfRange';
}

/** Whether a day (e.g. the one a complaint was marked as made) is one the app will build a reminder from. */
export function isDayInRange(day: string, nowMs: number): boolean {
  return isIsoDate(day) && inRange(day, nowMs);
}
