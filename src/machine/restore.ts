// Starting from what is stored: every stored value decoded (with zod) and checked. A download of its own, fetched
// only when something is stored (see restoreOnDemand.ts): a fresh start never needs it.
import type { Flow } from '../flow/schema.ts';
import { savedFlowId } from '../storage/envelope.ts';
import { decodeLog, mergeUnread } from '../storage/log.ts';
import { decodeProgress } from '../storage/progress.ts';
import type { RestoreResult } from '../storage/progress.ts';
import { readRetention } from '../storage/retention.ts';
import type { AppStorage } from '../storage/store.ts';
import type { Notice } from './appMachine.ts';
import type { Restored } from './persistence.ts';

export interface RestoreOptions {
  sharedMode: boolean;
  now: number;
  /** The ids of the flows the app knows. */
  otherFlows: readonly string[];
}

/**
 * What the app starts with. Shared-phone mode reads nothing. Another flow's save (the person chose this flow instead)
 * is replaced without a notice.
 */
export function restore(flow: Flow, storage: AppStorage, options: RestoreOptions): Restored {
  const { sharedMode, now } = options;
  if (sharedMode || !storage.available) return { input: { sharedMode }, progress: undefined };
  const chosenRetention = readRetention(storage);
  const notices: Notice[] = [];
  const text = storage.read('progress');
  const owner = savedFlowId(text);
  const anotherFlows = owner !== undefined && owner !== flow.id && options.otherFlows.includes(owner);
  const progress: RestoreResult = anotherFlows ? { kind: 'none' } : decodeProgress(flow, text, now, chosenRetention);
  if (progress.kind === 'discarded') notices.push(progress.reason);
  const log = decodeLog(storage.read('log'), now, chosenRetention);
  if (log.kind === 'expired') notices.push('logExpired');
  const found = log.kind === 'restored' ? log.unread : [];
  if (found.length > 0) notices.push('logUnread');
  const unread = mergeUnread(storage.read('logUnread'), found, now, chosenRetention);
  if (unread.expired && !notices.includes('logExpired')) notices.push('logExpired');
  const kept = log.kind === 'restored' ? log.retentionKept : undefined;
  return {
    progress: progress.kind === 'restored' ? progress.progress : undefined,
    input: {
      sharedMode,
      chosenRetention,
      notices,
      unread: unread.parts,
      ...(kept !== undefined && kept === chosenRetention ? { retentionKept: kept } : {}),
      ...(log.kind === 'restored' ? { log: log.log } : {}),
      ...(progress.kind === 'restored' ? { done: progress.progress.done } : {}),
    },
  };
}

export type Restore = typeof restore;
