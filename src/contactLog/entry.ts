// One collection contact as the user logs it, and the pure edits of the log (add, change, remove).
import type { ContactChannel, ContactEvent, ContactedPerson } from '../flow/vocabulary.ts';

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
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.localeCompare(b.entry.at) || a.index - b.index)
    .map(({ entry }) => entry);
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
