// Keeping storage up to date with the app actor, in one place, and resuming the actor at a saved step.
import { createActor } from 'xstate';
import type { Actor, Snapshot } from 'xstate';
import { isEmptyLog } from '../contactLog/log.ts';
import type { Flow } from '../flow/schema.ts';
import { encodeProgress, encodeUnread } from '../storage/encode.ts';
import { savedFlowId } from '../storage/envelope.ts';
import type { SavedProgress } from '../storage/progress.ts';
import type { StorageKey } from '../storage/keys.ts';
import { logChanges } from '../storage/logWrite.ts';
import type { AppStorage } from '../storage/store.ts';
import { buildAppMachine, retentionDays } from './appMachine.ts';
import type { AppInput, AppMachine } from './appMachine.ts';
import type { TriageMachine } from './buildTriageMachine.ts';
import { logRetentionDays } from './retention.ts';

export type { SavedProgress };

export interface Restored {
  input: AppInput;
  progress: SavedProgress | undefined;
}

/** A machine snapshot at the saved state, built by the machine itself rather than trusted from storage. */
export function snapshotFor(machine: TriageMachine, progress: SavedProgress) {
  return machine.resolveState({ value: progress.stateValue, context: progress.context });
}

/** The app machine for a flow and the options that start it, at the saved step when there is one. */
export function appActorOptions(flow: Flow, restored: Restored) {
  const machine = buildAppMachine(flow);
  const { progress } = restored;
  if (!progress) return { machine, options: { input: restored.input } };
  const triage = machine.implementations.actors.triage as unknown as TriageMachine;
  const persisted = createActor(machine, { input: restored.input }).getPersistedSnapshot() as unknown as {
    children: Record<string, { snapshot: unknown }>;
  };
  const child = persisted.children.triage;
  if (child) child.snapshot = triage.getPersistedSnapshot(snapshotFor(triage, progress));
  // The app's own context comes from the input; the triage child resumes from the saved snapshot.
  return { machine, options: { input: restored.input, snapshot: persisted as unknown as Snapshot<unknown> } };
}

/**
 * Keeps storage in step with the actor: each change is written at once (and so is there when the page is hidden,
 * left or quickly exited); an untouched start and an empty log leave nothing; delete-all and shared-phone mode
 * remove every key. A refused write or removal is sent back to the actor, which tells the person.
 */
export function persist(actor: Actor<AppMachine>, flow: Flow, storage: AppStorage, now: () => number): () => void {
  if (!storage.available) return () => undefined;
  const written = new Map<string, readonly unknown[]>();
  let deletions = actor.getSnapshot().context.deletions;
  let shared = actor.getSnapshot().context.sharedMode;
  let failed = false;
  // After delete-all the retention choice stays in memory, and is stored again with the next data, not before.
  let heldRetention: unknown = Symbol('none');
  // Each log write is this tab's change applied to what is stored now, so another tab's entries are kept.
  const logs = logChanges();
  const report = (ok: boolean) => {
    if (ok === !failed) return;
    failed = !ok;
    actor.send({ type: ok ? 'storage.saved' : 'storage.saveFailed' });
  };
  /** Writes only what changed since the last write. */
  const keep = (key: StorageKey, basis: readonly unknown[], text: () => string | null) => {
    const before = written.get(key);
    if (before?.length === basis.length && before.every((b, i) => b === basis[i])) return true;
    const value = text();
    const ok = value === null ? storage.remove(key) : storage.write(key, value);
    if (ok) written.set(key, basis);
    return ok;
  };
  const sync = () => {
    const { context } = actor.getSnapshot();
    if (context.deletions !== deletions || (context.sharedMode && !shared)) {
      deletions = context.deletions;
      shared = context.sharedMode;
      written.clear();
      heldRetention = context.chosenRetention;
      if (storage.removeAll().length > 0) actor.send({ type: 'storage.deleteFailed' });
      return;
    }
    shared = context.sharedMode;
    if (shared) return;
    const triage = context.triage.getSnapshot();
    const days = retentionDays(context);
    const logDays = logRetentionDays(context, now());
    const untouched =
      Object.keys(triage.context.answers).length === 0 && context.done.length === 0 && triage.value === flow.start;
    // What could not be read is stored before the log is written without it.
    const unreadKept = keep('logUnread', [context.unread, logDays], () =>
      context.unread.length ? encodeUnread(context.unread, now(), logDays) : null,
    );
    const logKept =
      unreadKept &&
      keep('log', [context.log, logDays, context.retentionKept], () =>
        logs.text(storage.read('log'), context.log, now(), logDays, context.unread, context.retentionKept),
      );
    if (logKept) logs.written(context.log);
    const results = [
      logKept,
      keep('progress', untouched ? [] : [triage, context.done, days], () =>
        untouched
          ? null
          : encodeProgress(
              flow,
              {
                stateValue: triage.value,
                context: triage.context,
                done: [...context.done],
                savedAt: now(),
                retentionDays: days,
              },
              context.triage.getPersistedSnapshot(),
            ),
      ),
      untouched && isEmptyLog(context.log) && context.chosenRetention === heldRetention
        ? true
        : keep('retention', [context.chosenRetention], () =>
            context.chosenRetention === undefined ? null : String(context.chosenRetention),
          ),
    ];
    report(results.every(Boolean));
  };
  sync();
  const app = actor.subscribe(sync);
  const triage = actor.getSnapshot().context.triage.subscribe(sync);
  return () => {
    app.unsubscribe();
    triage.unsubscribe();
  };
}

/** The flow whose progress is saved, when it is one of `known`: a reload resumes it. */
export function savedFlow(storage: AppStorage, known: readonly string[]): string | undefined {
  const id = savedFlowId(storage.read('progress'));
  return id !== undefined && known.includes(id) ? id : undefined;
}
