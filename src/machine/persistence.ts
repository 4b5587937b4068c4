// Saves progress on this device only and restores it safely: stored data is untrusted input, checked twice.
import { isValidAnswer, pruneAnswers, questionById, routeFor } from '../flow/graph.ts';
import type { Flow } from '../flow/schema.ts';
import type { TriageMachine } from './buildTriageMachine.ts';
import { REVIEW_STATE } from './events.ts';
import type { TriageContext } from './events.ts';

export const STORAGE_KEY = 'collection-guide';
export const ENVELOPE_FORMAT = 1;
export const RETENTION_DAYS = [1, 7, 30] as const;
export const DEFAULT_RETENTION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The only place anything is stored. localStorage in the browser; a Map in tests. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** The stored envelope, as far as restore reads it. */
export interface Envelope {
  format: typeof ENVELOPE_FORMAT;
  flowId: string;
  flowVersion: number;
  savedAt: number;
  retentionDays: number;
  snapshot: {
    status: 'active';
    value: string;
    context: { answers: Record<string, string[]>; editing: boolean };
  };
  done: string[];
}

type Json = Record<string, unknown>;

/** A plain JSON object; arrays and null are not. Only own fields are read, so "__proto__" keys stay inert data. */
function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const own = (object: Json, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;

/**
 * Structure only; meaning is checked against the flow afterwards. Returns fresh objects holding exactly the
 * fields read, so whatever else the stored snapshot carries never reaches the machine. A hand-written check keeps a
 * schema library out of the first download.
 */
export function readEnvelope(json: unknown): Envelope | undefined {
  if (!isObject(json)) return undefined;
  const [format, flowId, flowVersion, savedAt, retentionDays, snapshot, done] = [
    'format',
    'flowId',
    'flowVersion',
    'savedAt',
    'retentionDays',
    'snapshot',
    'done',
  ].map((key) => own(json, key));
  if (format !== ENVELOPE_FORMAT || !isString(flowId) || !isNumber(flowVersion) || !isNumber(savedAt)) return undefined;
  if (!isNumber(retentionDays) || !isStringArray(done) || !isObject(snapshot)) return undefined;
  const value = own(snapshot, 'value');
  const context = own(snapshot, 'context');
  if (own(snapshot, 'status') !== 'active' || !isString(value) || !isObject(context)) return undefined;
  const answers = own(context, 'answers');
  const editing = own(context, 'editing');
  if (!isObject(answers) || typeof editing !== 'boolean') return undefined;
  const entries = Object.entries(answers);
  if (!entries.every(([, optionIds]) => isStringArray(optionIds))) return undefined;
  return {
    format,
    flowId,
    flowVersion,
    savedAt,
    retentionDays,
    snapshot: {
      status: 'active',
      value,
      // fromEntries defines own properties, so a "__proto__" key cannot change the prototype.
      context: { answers: Object.fromEntries(entries.map(([k, v]) => [k, [...(v as string[])]])), editing },
    },
    done: [...done],
  };
}

export interface SavedProgress {
  stateValue: string;
  context: TriageContext;
  done: string[];
  savedAt: number;
  retentionDays: number;
}

/** Why saved progress was not restored; the UI says so in one kind sentence. */
export type DiscardReason = 'corrupt' | 'otherVersion' | 'expired';

export type RestoreResult =
  | { kind: 'none' }
  | { kind: 'restored'; progress: SavedProgress }
  | { kind: 'discarded'; reason: DiscardReason; retentionDays?: number };

/**
 * The stored text. `persisted` is the actor's own `getPersistedSnapshot()`, kept verbatim when given; restore
 * reads only the fields it checks and rebuilds the snapshot through the machine.
 */
export function encodeProgress(flow: Flow, progress: SavedProgress, persisted?: unknown): string {
  const envelope: Omit<Envelope, 'snapshot'> & { snapshot: unknown } = {
    format: ENVELOPE_FORMAT,
    flowId: flow.id,
    flowVersion: flow.version,
    savedAt: progress.savedAt,
    retentionDays: progress.retentionDays,
    snapshot: {
      status: 'active',
      value: progress.stateValue,
      context: {
        answers: Object.fromEntries(Object.entries(progress.context.answers).map(([k, v]) => [k, [...v]])),
        editing: progress.context.editing,
      },
    },
    done: [...progress.done],
  };
  if (persisted !== undefined) envelope.snapshot = persisted;
  return JSON.stringify(envelope);
}

/** How long a save is kept, as it says, without checking the rest of it; undefined if it says nothing usable. */
export function savedRetentionDays(text: string): number | undefined {
  try {
    const days = readEnvelope(JSON.parse(text))?.retentionDays;
    return days !== undefined && (RETENTION_DAYS as readonly number[]).includes(days) ? days : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ticks on actions the catalogue has. The catalogue arrives after the first screen, so a restored save keeps
 * its ticks until then; one the catalogue does not know is dropped then, and the answers stay.
 */
export function knownActionsOnly(
  done: ReadonlySet<string>,
  actions: Readonly<Record<string, unknown>>,
): ReadonlySet<string> {
  const known = [...done].filter((id) => Object.hasOwn(actions, id));
  return known.length === done.size ? done : new Set(known);
}

/**
 * Reads saved text. Anything malformed, from another flow or version, inconsistent with the flow, or past its
 * retention is refused; the caller then starts fresh and removes it. Never throws.
 */
export function decodeProgress(flow: Flow, text: string | null, now: number): RestoreResult {
  if (text === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'discarded', reason: 'corrupt' };
  }
  const envelope = readEnvelope(json);
  if (!envelope) {
    const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
    return {
      kind: 'discarded',
      reason: typeof format === 'number' && format !== ENVELOPE_FORMAT ? 'otherVersion' : 'corrupt',
    };
  }
  if (envelope.flowId !== flow.id || envelope.flowVersion !== flow.version)
    return { kind: 'discarded', reason: 'otherVersion' };
  const retentionDays = (RETENTION_DAYS as readonly number[]).includes(envelope.retentionDays)
    ? envelope.retentionDays
    : undefined;
  if (retentionDays === undefined || !Number.isFinite(envelope.savedAt) || envelope.savedAt > now + DAY_MS)
    return { kind: 'discarded', reason: 'corrupt' };
  if (now - envelope.savedAt > retentionDays * DAY_MS) return { kind: 'discarded', reason: 'expired', retentionDays };
  const { value, context } = envelope.snapshot;
  if (!isConsistent(flow, value, context.answers)) return { kind: 'discarded', reason: 'corrupt' };
  return {
    kind: 'restored',
    progress: {
      stateValue: value,
      context,
      done: [...new Set(envelope.done)],
      savedAt: envelope.savedAt,
      retentionDays,
    },
  };
}

/**
 * Which flow saved this text, without trusting anything else in it: the app opens that flow, whose own restore then
 * checks the whole save. Only one flow's progress is kept at a time; opening another flow replaces it.
 */
export function savedFlowId(text: string | null): string | undefined {
  if (text === null) return undefined;
  try {
    const json: unknown = JSON.parse(text);
    const flowId = typeof json === 'object' && json !== null ? (json as { flowId?: unknown }).flowId : undefined;
    return typeof flowId === 'string' ? flowId : undefined;
  } catch {
    return undefined;
  }
}

/** Could the machine itself have produced this state and these answers? */
export function isConsistent(flow: Flow, value: string, answers: Readonly<Record<string, readonly string[]>>): boolean {
  for (const [questionId, optionIds] of Object.entries(answers)) {
    const question = questionById(flow, questionId);
    if (!question || !isValidAnswer(question, optionIds)) return false;
  }
  if (Object.keys(pruneAnswers(flow, answers)).length !== Object.keys(answers).length) return false;
  const route = routeFor(flow, answers);
  if (value === REVIEW_STATE) return route.complete;
  if (questionById(flow, value)) return route.nodeIds.includes(value);
  return route.complete && route.nodeIds.at(-1) === value;
}

/** A machine snapshot at the saved state, built by the machine itself rather than trusted from storage. */
export function snapshotFor(machine: TriageMachine, progress: SavedProgress) {
  return machine.resolveState({ value: progress.stateValue, context: progress.context });
}

/** localStorage, or nothing where the browser refuses it (private modes, locked-down in-app browsers). */
export function browserStore(): KeyValueStore | undefined {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // Full or refused: progress simply is not kept; nothing the user typed is lost from the screen.
        }
      },
      remove: (key) => {
        storage.removeItem(key);
      },
    };
  } catch {
    return undefined;
  }
}
