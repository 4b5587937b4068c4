// The shapes of what the app stores, as zod schemas: the only way stored text becomes data again.
import * as z from 'zod/mini';
import { parseWallClock } from '../contactLog/clock.ts';
import { ENTRY_LIMITS } from '../contactLog/entry.ts';
import { CONTACTED_PEOPLE, CONTACT_CHANNELS, CONTACT_EVENTS } from '../flow/vocabulary.ts';
import { ENVELOPE_FORMAT } from './envelope.ts';
import { RETENTION_DAYS } from './retention.ts';

export const RetentionSchema = z.union(RETENTION_DAYS.map((days) => z.literal(days)));

/** Shared by every stored value; each adds its own fields beside these. */
const envelopeShape = {
  format: z.literal(ENVELOPE_FORMAT),
  savedAt: z.number().check(z.refine(Number.isFinite)),
  /**
   * Read leniently: a value outside RetentionSchema, or none, falls back to the person's choice and never loses the
   * data.
   */
  retentionDays: z.optional(z.unknown()),
};

export const ProgressSchema = z.object({
  ...envelopeShape,
  flowId: z.string(),
  flowVersion: z.number(),
  snapshot: z.object({
    status: z.literal('active'),
    value: z.string(),
    context: z.object({ answers: z.record(z.string(), z.array(z.string())), editing: z.boolean() }),
  }),
  done: z.array(z.string()),
});

/**
 * Reading is more lenient than entering: the form keeps to ENTRY_LIMITS, but text an input method or autofill made
 * a little longer is still the person's evidence. Only what could not have come from the form is set aside.
 */
const READ_SLACK = 10;
const text = (max: number) => z.string().check(z.maxLength(max * READ_SLACK));

/** Loose: a field a newer version added is kept as it is, and written back with the entry. */
export const EntrySchema = z.looseObject({
  id: z.string().check(z.minLength(1), z.maxLength(ENTRY_LIMITS.shortText)),
  at: z.string().check(z.refine((at) => parseWallClock(at) !== undefined)),
  durationMinutes: z.int().check(z.minimum(0), z.maximum(ENTRY_LIMITS.durationMinutes)),
  channel: z.enum(CONTACT_CHANNELS),
  answered: z.boolean(),
  callerGave: text(ENTRY_LIMITS.shortText),
  firmNamed: text(ENTRY_LIMITS.shortText),
  contacted: z.enum(CONTACTED_PEOPLE),
  happened: z.array(z.enum(CONTACT_EVENTS)).check(z.refine((events) => new Set(events).size === events.length)),
  notes: text(ENTRY_LIMITS.notes),
});

/**
 * The log's envelope; each entry and complaint date is read on its own, so one bad part never costs the rest. Loose,
 * like the entries: what a newer version stored beside them stays stored (logWrite.ts starts from it).
 */
export const LogEnvelopeSchema = z.looseObject({
  ...envelopeShape,
  entries: z.optional(z.array(z.unknown())),
  complaintsMade: z.optional(z.record(z.string(), z.unknown())),
  paymentOrderReceived: z.optional(z.unknown()),
});

export const UnreadSchema = z.array(z.string());

/** Parts set aside, with when they were saved and for how long, so that they expire like the log they came from. */
export const UnreadEnvelopeSchema = z.looseObject({ ...envelopeShape, parts: z.unknown() });
