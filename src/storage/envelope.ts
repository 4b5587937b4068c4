// The envelope around everything the app stores: format, when it was saved and the retention it was saved with.
import { DEFAULT_RETENTION_DAYS, isExpired, isRetentionDays } from './retention.ts';
import type { RetentionDays } from './retention.ts';

export const ENVELOPE_FORMAT = 1;

export type Freshness = { kind: 'fresh'; retentionDays: RetentionDays } | { kind: 'expired' } | { kind: 'future' };

/**
 * Whether data saved at `savedAt` is still to be kept. The person's own choice wins over what the envelope says;
 * a save dated more than a day ahead cannot have been written by this app.
 */
export function freshness(
  envelope: { savedAt: number; retentionDays?: unknown },
  chosen: RetentionDays | undefined,
  now: number,
): Freshness {
  const retentionDays =
    chosen ?? (isRetentionDays(envelope.retentionDays) ? envelope.retentionDays : DEFAULT_RETENTION_DAYS);
  if (envelope.savedAt > now + 24 * 60 * 60 * 1000) return { kind: 'future' };
  return isExpired(envelope.savedAt, retentionDays, now) ? { kind: 'expired' } : { kind: 'fresh', retentionDays };
}

/** Parses stored text as JSON without throwing. */
export function parseJson(text: string): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Which flow saved this text, without trusting anything else in it: the app opens that flow, whose own restore then
 * checks the whole save. Only one flow's progress is kept at a time; opening another flow replaces it.
 */
export function savedFlowId(text: string | null): string | undefined {
  const parsed = text === null ? undefined : parseJson(text);
  const json = parsed?.ok ? parsed.json : undefined;
  const flowId = typeof json === 'object' && json !== null ? (json as { flowId?: unknown }).flowId : undefined;
  return typeof flowId === 'string' ? flowId : undefined;
}
