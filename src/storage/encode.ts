// Writing what the app stores, in the envelope (format, saved-at, retention); no schema library is needed to write.
import type { ContactLog } from '../contactLog/log.ts';
import type { Flow } from '../flow/schema.ts';
import { ENVELOPE_FORMAT } from './envelope.ts';
import type { SavedProgress } from './progress.ts';
import type { RetentionDays } from './retention.ts';

/** `persisted` is the actor's own `getPersistedSnapshot()`, kept verbatim; restore reads only what it checks. */
export function encodeProgress(flow: Flow, progress: SavedProgress, persisted?: unknown): string {
  return JSON.stringify({
    format: ENVELOPE_FORMAT,
    flowId: flow.id,
    flowVersion: flow.version,
    savedAt: progress.savedAt,
    retentionDays: progress.retentionDays,
    snapshot: persisted ?? {
      status: 'active',
      value: progress.stateValue,
      context: { answers: progress.context.answers, editing: progress.context.editing },
    },
    done: progress.done,
  });
}

export function encodeLog(log: ContactLog, savedAt: number, retentionDays: RetentionDays): string {
  return JSON.stringify({ format: ENVELOPE_FORMAT, savedAt, retentionDays, ...log });
}

/** Parts of a log that could not be read, dated like the log, so that they expire with it. */
export function encodeUnread(parts: readonly string[], savedAt: number, retentionDays: RetentionDays): string {
  return JSON.stringify({ format: ENVELOPE_FORMAT, savedAt, retentionDays, parts });
}
