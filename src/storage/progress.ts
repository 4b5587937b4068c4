// Reading saved progress back: the envelope's shape with zod, then the answers against the flow.
import { isValidAnswer, pruneAnswers, questionById, routeFor } from '../flow/graph.ts';
import type { Flow } from '../flow/schema.ts';
import { ENVELOPE_FORMAT, freshness, parseJson } from './envelope.ts';
import { ProgressSchema } from './schemas.ts';
import type { RetentionDays } from './retention.ts';

/** The machine's own screen between the last question and the result (the triage machine's state of that name). */
const REVIEW_STATE = 'review';

export interface SavedProgress {
  stateValue: string;
  context: { answers: Record<string, readonly string[]>; editing: boolean };
  done: string[];
  savedAt: number;
  retentionDays: RetentionDays;
}

/** Why saved progress was not restored; the app says so in one kind sentence. */
export type DiscardReason = 'corrupt' | 'otherVersion' | 'expired';

export type RestoreResult =
  { kind: 'none' } | { kind: 'restored'; progress: SavedProgress } | { kind: 'discarded'; reason: DiscardReason };

/**
 * Reads saved text. Anything malformed, from another flow or version, inconsistent with the flow, or past its
 * retention is refused; the caller starts fresh and removes it. Never throws.
 */
export function decodeProgress(
  flow: Flow,
  text: string | null,
  now: number,
  chosenRetention?: RetentionDays,
): RestoreResult {
  if (text === null) return { kind: 'none' };
  const parsed = parseJson(text);
  if (!parsed.ok) return { kind: 'discarded', reason: 'corrupt' };
  const result = ProgressSchema.safeParse(parsed.json);
  if (!result.success) {
    const format = typeof parsed.json === 'object' && parsed.json !== null && 'format' in parsed.json;
    const other = format && typeof (parsed.json as { format: unknown }).format === 'number';
    return {
      kind: 'discarded',
      reason: other && (parsed.json as { format: number }).format !== ENVELOPE_FORMAT ? 'otherVersion' : 'corrupt',
    };
  }
  const envelope = result.data;
  if (envelope.flowId !== flow.id || envelope.flowVersion !== flow.version)
    return { kind: 'discarded', reason: 'otherVersion' };
  const fresh = freshness(envelope, chosenRetention, now);
  if (fresh.kind === 'future') return { kind: 'discarded', reason: 'corrupt' };
  if (fresh.kind === 'expired') return { kind: 'discarded', reason: 'expired' };
  const { value, context } = envelope.snapshot;
  if (!isConsistent(flow, value, context.answers)) return { kind: 'discarded', reason: 'corrupt' };
  return {
    kind: 'restored',
    progress: {
      stateValue: value,
      context,
      done: [...new Set(envelope.done)],
      savedAt: envelope.savedAt,
      retentionDays: fresh.retentionDays,
    },
  };
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

/** The ticks on actions the catalogue has: one it does not know is dropped, and the answers stay. */
export function knownActionsOnly(done: readonly string[], actions: Readonly<Record<string, unknown>>): string[] {
  return done.filter((id) => Object.hasOwn(actions, id));
}
