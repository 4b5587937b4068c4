// The one module that touches storage: starts the root actor from what is stored, keeps storage in step with it, and
// carries delete-all and shared-phone mode to the app's other open tabs.
import { createActor } from 'xstate';
import type { Actor } from 'xstate';
import { EMPTY_LOG, isEmptyLog } from '../contactLog/log.ts';
import { SOURCE_LANGUAGE } from '../flow/languages.ts';
import type { Language } from '../flow/languages.ts';
import type { Flow } from '../flow/schema.ts';
import { encodeProgress, encodeUnread } from '../storage/encode.ts';
import type { StorageKey } from '../storage/keys.ts';
import { ALL_STORAGE_KEYS } from '../storage/keys.ts';
import { isLanguage, storeLanguage } from '../storage/language.ts';
import { logChanges } from '../storage/logWrite.ts';
import { appStorage, browserStore } from '../storage/store.ts';
import type { AppStorage } from '../storage/store.ts';
import { buildAppMachine, retentionDays } from './appMachine.ts';
import type { AppEmitted, AppInput, AppLoaders, AppMachine, TriageRef } from './appMachine.ts';
import type { TriageInput } from './buildTriageMachine.ts';
import type { Decoder } from './restore.ts';
import { logRetentionDays } from './retention.ts';

export type AppActor = Actor<AppMachine>;

/** The address parameters the app keeps there rather than in storage (shared-phone mode stores nothing). */
export const SHARED_PARAM = 'shared';
const LANGUAGE_PARAM = 'lang';
/** The channel the app's open tabs tell each other about delete-all and shared-phone mode on. */
const TABS_CHANNEL = 'collection-guide';

type TabMessage = { type: 'deleted' } | { type: 'shared'; on: boolean };

/** The browser's own storage, or none where the browser refuses it. */
export function browserStorage(): AppStorage {
  return appStorage(browserStore());
}

export interface StartOptions extends AppLoaders {
  storage: AppStorage;
  /** The page address's query (`location.search`): shared-phone mode and a language kept there. */
  search: string;
  /** Brings the decoding half (restore.ts, with the schema library): fetched only when something is stored. */
  decoder: () => Promise<Decoder>;
  now: () => number;
}

export interface StartedApp {
  actor: AppActor;
  /** Nothing is stored and the page is the prerendered one (简体, not shared): it can be adopted as it is. */
  fresh: boolean;
  /** Stops listening to the actor and to other tabs (tests). */
  stop: () => void;
}

/** Yields to the browser, so the start is several shorter tasks rather than one long one (decision 24). */
const yieldToBrowser = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * The app's one root actor, started from what is stored: the language, the saved flow at its saved step, the log,
 * the retention choice, and a notice for anything that could not be kept. Then storage follows the actor.
 */
export async function startApp(options: StartOptions): Promise<StartedApp> {
  const { storage, now } = options;
  const address = new URLSearchParams(options.search);
  const sharedMode = address.has(SHARED_PARAM);
  const fromAddress = address.get(LANGUAGE_PARAM);
  // Every stored key is read through the schemas, which stay out of the first download: only a start with
  // something stored waits for them.
  const stored = storage.available && ALL_STORAGE_KEYS.some((key) => storage.read(key) !== null);
  const decoder = stored && !sharedMode ? await options.decoder() : undefined;
  const language: Language = isLanguage(fromAddress)
    ? fromAddress
    : (decoder?.storedLanguage(storage) ?? SOURCE_LANGUAGE);
  const fresh = !stored && !sharedMode && language === SOURCE_LANGUAGE;
  const core = await options.core(language);
  const input: AppInput = {
    language,
    core,
    sharedMode,
    storageAvailable: storage.available,
    storageFull: storage.full,
    ...decoder?.restore(core.flows, storage, { now: now(), flowLabels: core.flowLabels }),
  };
  const actor = createActor(buildAppMachine(options), { input });
  await yieldToBrowser();
  actor.start();
  // A visit that opens on anything but the fresh first question (something stored, another language, shared-phone
  // mode) may need the rest of the words on its first screen; a fresh one asks once the person has moved on.
  if (!fresh) actor.send({ type: 'bundle.load' });
  const stop = persist(actor, storage, now);
  return { actor, fresh, stop };
}

function setAddressParam(name: string, value: string | undefined): void {
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  if (value === undefined) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url);
}

/** A flow left with nothing answered is not worth keeping. */
const touched = (input: TriageInput, flow: Flow) => Object.keys(input.answers).length > 0 || input.at !== flow.start;

function leftOff(triage: TriageRef): TriageInput {
  const { value, context } = triage.getSnapshot();
  return { at: value, answers: context.answers, editing: context.editing };
}

/**
 * Keeps storage in step with the actor: each change is written at once (and so is there when the page is hidden,
 * left or quickly exited); an untouched start and an empty log leave nothing; delete-all and shared-phone mode
 * remove every key, here and, through the other tabs' own persistence, in every tab. A refused write or removal is
 * sent back to the actor, which tells the person.
 */
export function persist(actor: AppActor, storage: AppStorage, now: () => number): () => void {
  const written = new Map<string, readonly unknown[]>();
  let failed = false;
  // After delete-all the retention choice stays in memory, and is stored again with the next data, not before.
  let heldRetention: unknown = Symbol('none');
  // Each log write is this tab's change applied to what is stored now, so another tab's entries are kept.
  const logs = logChanges();
  const tabs = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(TABS_CHANNEL);
  const tellTabs = (message: TabMessage) => {
    tabs?.postMessage(message);
  };
  if (tabs)
    tabs.onmessage = ({ data }: MessageEvent<TabMessage>) => {
      if (data.type === 'deleted') actor.send({ type: 'data.deleteAll', elsewhere: true });
      else actor.send({ type: 'sharedMode.set', on: data.on, elsewhere: true });
    };
  let toldFull = storage.full;
  const report = (ok: boolean) => {
    // A refused write may be the first to find the storage full: that is said even after an earlier failure.
    if (ok === !failed && (ok || storage.full === toldFull)) return;
    failed = !ok;
    toldFull = storage.full;
    actor.send(ok ? { type: 'storage.saved' } : { type: 'storage.saveFailed', full: storage.full });
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
  const removeEverything = () => {
    written.clear();
    heldRetention = actor.getSnapshot().context.chosenRetention;
    if (storage.available && storage.removeAll().length > 0) actor.send({ type: 'storage.deleteFailed' });
  };
  const listeners = [
    actor.on('data.deleted', (event: Extract<AppEmitted, { type: 'data.deleted' }>) => {
      // Another tab removed everything already; this one forgets what it would have written.
      if (event.elsewhere) {
        written.clear();
        heldRetention = actor.getSnapshot().context.chosenRetention;
      } else {
        removeEverything();
        tellTabs({ type: 'deleted' });
      }
    }),
    actor.on('sharedMode.changed', (event: Extract<AppEmitted, { type: 'sharedMode.changed' }>) => {
      // The address keeps the mode, so a reload keeps it; nothing else may.
      setAddressParam(SHARED_PARAM, event.on ? '1' : undefined);
      if (event.on) removeEverything();
      else {
        // Storage was emptied when the mode went on: the log still on screen is stored again as this tab's own, not
        // as a change from the log written before (which would add nothing). Not at the deletion itself: a save
        // that runs then still sees the log about to be forgotten, and must not write it back.
        written.clear();
        logs.written(EMPTY_LOG);
      }
      if (!event.elsewhere) tellTabs({ type: 'shared', on: event.on });
    }),
    actor.on('language.changed', (event: Extract<AppEmitted, { type: 'language.changed' }>) => {
      // In storage normally; only in the address when nothing may be stored.
      const stored = !event.sharedMode && storage.available && storeLanguage(storage, event.language);
      setAddressParam(LANGUAGE_PARAM, stored || event.language === SOURCE_LANGUAGE ? undefined : event.language);
    }),
  ];
  const sync = () => {
    const { context } = actor.getSnapshot();
    if (context.sharedMode || !storage.available) return;
    // The flow whose progress is kept: the open one once answered, else the last one left with answers.
    const open = context.triage ? leftOff(context.triage) : undefined;
    const openFlow = context.flows[context.flowId];
    // A save still waiting for its flow to download stays as it is stored.
    const waiting = context.pendingRestore !== undefined;
    const kept =
      open && openFlow && touched(open, openFlow)
        ? { flow: openFlow, at: open, persisted: context.triage?.getPersistedSnapshot() }
        : Object.entries(context.parked)
            .flatMap(([id, at]) => {
              const flow = context.flows[id];
              return flow && touched(at, flow) ? [{ flow, at, persisted: undefined }] : [];
            })
            .at(-1);
    const days = retentionDays(context);
    const logDays = logRetentionDays(context, now());
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
      waiting ||
        keep('progress', kept ? [kept.at, kept.flow, context.done, days] : [], () =>
          kept
            ? encodeProgress(
                kept.flow,
                {
                  stateValue: kept.at.at,
                  context: { answers: kept.at.answers, editing: kept.at.editing },
                  done: [...context.done],
                  savedAt: now(),
                  retentionDays: days,
                },
                kept.persisted,
              )
            : null,
        ),
      !kept && isEmptyLog(context.log) && context.chosenRetention === heldRetention
        ? true
        : keep('retention', [context.chosenRetention], () =>
            context.chosenRetention === undefined ? null : String(context.chosenRetention),
          ),
    ];
    report(results.every(Boolean));
  };
  // The open flow's triage machine is a child whose moves do not change the root's snapshot: follow it as well.
  let followed: TriageRef | undefined;
  let triageSubscription: { unsubscribe: () => void } | undefined;
  const onChange = () => {
    const { triage } = actor.getSnapshot().context;
    if (triage !== followed) {
      triageSubscription?.unsubscribe();
      followed = triage;
      triageSubscription = triage?.subscribe(sync);
    }
    sync();
  };
  onChange();
  const app = actor.subscribe(onChange);
  return () => {
    app.unsubscribe();
    triageSubscription?.unsubscribe();
    for (const listener of listeners) listener.unsubscribe();
    tabs?.close();
  };
}
