// Starting from what is stored: every stored value decoded (with zod) and checked. A download of its own, fetched
// only when something is stored (see startApp in persistence.ts): a fresh start never needs it.
import type { Language } from '../flow/languages.ts';
import type { Flow } from '../flow/schema.ts';
import { savedFlowId } from '../storage/envelope.ts';
import { decodeLog, mergeUnread } from '../storage/log.ts';
import { decodeProgress } from '../storage/progress.ts';
import type { RestoreResult } from '../storage/progress.ts';
import { decodeLanguage, decodeRetention } from '../storage/settings.ts';
import type { AppStorage } from '../storage/store.ts';
import type { RetentionDays } from '../contactLog/retention.ts';
import type { AppInput, FlowRestore, Notice } from './appMachine.ts';

/** What the app starts with, beside its language and first screens. */
export type Restored = Omit<AppInput, 'language' | 'core' | 'sharedMode'>;

/**
 * The flow whose progress is stored (when its structure is in `flows`), at its saved step, with the log, what of it
 * could not be read, the retention choice, and a notice for anything refused. Never throws.
 */
export function restore(
  flows: Readonly<Record<string, Flow>>,
  storage: AppStorage,
  /** `flowLabels`: every flow the app knows, also those whose structure comes with the full bundle. */
  options: { now: number; flowLabels?: Readonly<Record<string, string>> },
): Restored {
  const { now, flowLabels = flows } = options;
  const chosenRetention = decodeRetention(storage.read('retention'));
  const text = storage.read('progress');
  const progress = restoreProgress(flows, text, now, chosenRetention);
  const notices: Notice[] = [...progress.notices];
  const log = decodeLog(storage.read('log'), now, chosenRetention);
  if (log.kind === 'expired') notices.push('logExpired');
  const found = log.kind === 'restored' ? log.unread : [];
  if (found.length > 0) notices.push('logUnread');
  const unread = mergeUnread(storage.read('logUnread'), found, now, chosenRetention);
  if (unread.expired && !notices.includes('logExpired')) notices.push('logExpired');
  // A shorter retention kept despite a reminder, when it is still the one chosen: the question is not asked again.
  const kept = log.kind === 'restored' ? log.retentionKept : undefined;
  const owner = savedFlowId(text);
  // A saved flow the app no longer has opens nothing of its own: the opening flow starts.
  const waits = owner !== undefined && !Object.hasOwn(flows, owner) && Object.hasOwn(flowLabels, owner);
  return {
    chosenRetention,
    notices,
    unread: unread.parts,
    ...(kept !== undefined && kept === chosenRetention ? { retentionKept: kept } : {}),
    ...(log.kind === 'restored' ? { log: log.log } : {}),
    ...(progress.parked && owner !== undefined ? { parked: progress.parked, flowId: owner } : {}),
    ...(progress.done ? { done: progress.done } : {}),
    // A flow that is not here yet: its save is read once the flow arrives, from the text read now.
    ...(waits
      ? {
          flowId: owner,
          pendingRestore: {
            flowId: owner,
            restore: (arrived: Readonly<Record<string, Flow>>) => restoreProgress(arrived, text, now, chosenRetention),
          },
        }
      : {}),
  };
}

/** The saved progress of the flow it names, when that flow is in `flows`; a notice when it cannot be kept. */
function restoreProgress(
  flows: Readonly<Record<string, Flow>>,
  text: string | null,
  now: number,
  chosenRetention: RetentionDays | undefined,
): FlowRestore {
  const owner = savedFlowId(text);
  const flow = owner !== undefined && Object.hasOwn(flows, owner) ? flows[owner] : undefined;
  // A save that names no flow is refused with its reason; one whose flow has not arrived waits for it.
  const first = Object.values(flows)[0];
  const result: RestoreResult = flow
    ? decodeProgress(flow, text, now, chosenRetention)
    : owner === undefined && first
      ? // Read against any flow, so its notice says why (another version's format, or unreadable).
        decodeProgress(first, text, now, chosenRetention)
      : { kind: 'none' };
  if (result.kind === 'discarded') return { notices: [result.reason] };
  if (result.kind === 'none' || !flow) return { notices: [] };
  const { progress } = result;
  return {
    notices: [],
    parked: {
      [flow.id]: { at: progress.stateValue, answers: progress.context.answers, editing: progress.context.editing },
    },
    done: progress.done,
  };
}

export type Restore = typeof restore;

/** The language chosen on this device, when one is stored. */
export function storedLanguage(storage: AppStorage): Language | undefined {
  return decodeLanguage(storage.read('language'));
}

/** The decoding half of persistence, a download of its own. */
export interface Decoder {
  restore: Restore;
  storedLanguage: typeof storedLanguage;
}
