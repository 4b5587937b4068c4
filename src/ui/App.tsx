// Composition: builds the machine for a flow once, restores and saves progress, picks the screen, wires events.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LOG_STORAGE_KEY } from '../contactLog/storageKey.ts';
import type { Flow, UiText } from '../flow/schema.ts';
import type { CoreBundle } from '../flow/split.ts';
import type { Language } from '../flow/languages.ts';
import { buildTriageMachine } from '../machine/buildTriageMachine.ts';
import type { TriageMachine } from '../machine/buildTriageMachine.ts';
import {
  DEFAULT_RETENTION_DAYS,
  STORAGE_KEY,
  decodeProgress,
  encodeProgress,
  knownActionsOnly,
  savedFlowId,
  savedRetentionDays,
  snapshotFor,
} from '../machine/persistence.ts';
import type { DiscardReason, KeyValueStore, RestoreResult } from '../machine/persistence.ts';
import { canGoBack as canGoBackFrom, screenFor } from '../machine/selectors.ts';
import { FlowChooser } from './FlowChooser.tsx';
import type { FlowChoice } from './FlowChooser.tsx';
import { PrivacyPanel } from './PrivacyPanel.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { SiteHeader } from './QuickExit.tsx';
import { exitNow, useShiftThreeTimes } from './useQuickExit.ts';
import { afterPaint } from './afterPaint.ts';
import { ToolsNav } from './ToolsNav.tsx';
import type { ToolView } from './ToolsNav.tsx';
import type { Later } from './deferred.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { RichText } from './RichText.tsx';
import { useActor, useActorSelector } from './useActor.ts';
import { useHistorySync } from './useHistorySync.ts';
import type { BackNavigation } from './useHistorySync.ts';
import { UiTextProvider } from './uiText.ts';

export interface AppProps {
  bundle: CoreBundle;
  /** Already at hand (tests), or loaded once the first screen is up (the browser). */
  later: Later | (() => Promise<Later>);
  flowId: string;
  /** Where progress is kept; undefined where the browser allows no storage. */
  store: KeyValueStore | undefined;
  /** Where the quick exit goes: an everyday page. */
  exitUrl: string;
  /** Shared-phone mode from the start (the page address carries it, since nothing may be stored). */
  sharedMode: boolean;
  onSharedModeChange: (on: boolean) => void;
  /** Opens another flow (the first screen's chooser, and actions that link to a flow). Without it, neither shows. */
  onOpenFlow?: (flowId: string) => void;
  /** Focus the first screen's heading at once: the user arrived here by choosing this flow, not by loading the page. */
  focusFirstScreen?: boolean;
  /** The language the bundle is in, and how to switch; without `onLanguageChange` no switch shows. */
  language?: Language;
  onLanguageChange?: (language: Language) => void;
  now?: () => number;
}

type Notice = DiscardReason | 'deleted' | 'logCorrupt' | 'logExpired';

/** Pure: refused data is removed by the save effect, which clears storage while the start screen is untouched. */
function restore(flow: Flow, bundle: CoreBundle, props: AppProps): RestoreResult {
  if (!props.store || props.sharedMode) return { kind: 'none' };
  const text = props.store.get(STORAGE_KEY);
  // Another flow's save: the user chose this flow instead, so it is replaced without a notice.
  const owner = savedFlowId(text);
  if (owner !== undefined && owner !== flow.id && Object.hasOwn(bundle.flowLabels, owner)) return { kind: 'none' };
  return decodeProgress(flow, text, (props.now ?? Date.now)());
}

/** The log's reader travels with the second download, so restoring waits for it (nothing shows the log before). */
function restoreLog(props: AppProps, later: Later) {
  const text = props.store && !props.sharedMode ? props.store.get(LOG_STORAGE_KEY) : null;
  return later.logStorage.readLog(text, (props.now ?? Date.now)());
}

interface LaterState {
  later: Later | undefined;
  failed: boolean;
  retry: () => void;
}

/** Starts the download as soon as the first screen is committed, so it is there before the answers page. */
// What each loader brought, so an app opened again (another flow, a fresh start) has it from its first render.
const arrived = new WeakMap<() => Promise<Later>, Later>();

function useLater(source: AppProps['later']): LaterState {
  const [loaded, setLoaded] = useState(() => (typeof source === 'function' ? arrived.get(source) : undefined));
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (typeof source !== 'function') return;
    let live = true;
    source().then(
      (later) => {
        arrived.set(source, later);
        if (live) setLoaded(later);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [source, attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { later: typeof source === 'function' ? loaded : source, failed, retry };
}

/** What shows while the rest downloads: the quick exit, and a retry if the download failed. */
function Loading({ ui, state }: { ui: Pick<UiText, 'app'>; state: LaterState }) {
  return state.failed ? (
    <div className="notice" role="alert">
      <p>{ui.app.loadFailed}</p>
      <button type="button" className="button-secondary" onClick={state.retry}>
        {ui.app.retry}
      </button>
    </div>
  ) : (
    <p className="notice" role="status">
      {ui.app.loading}
    </p>
  );
}

/** Everything this app keeps on the device: the progress and the contact log. */
function removeStored(store: KeyValueStore | undefined): void {
  store?.remove(STORAGE_KEY);
  store?.remove(LOG_STORAGE_KEY);
}

/** A flow that is not in the first download (only the opening flow is) starts once the rest has arrived. */
export function App(props: AppProps) {
  const laterState = useLater(props.later);
  const { bundle, flowId } = props;
  const own = <T,>(record: Record<string, T> | undefined) =>
    record && Object.hasOwn(record, flowId) ? record[flowId] : undefined;
  const flow = own(bundle.flows) ?? own(laterState.later?.bundle.flows);
  if (flow) return <FlowApp {...props} flow={flow} laterState={laterState} />;
  if (!Object.hasOwn(bundle.flowLabels, flowId)) throw new Error(`flow "${flowId}" is not in the bundle`);
  return <FlowLoading {...props} laterState={laterState} />;
}

/**
 * While that flow's data downloads (for long, if the network fails), what must never wait is here: the quick exit
 * in all its forms, and deleting or not keeping what is stored.
 */
function FlowLoading(props: AppProps & { laterState: LaterState }) {
  const { bundle, store, sharedMode } = props;
  const ui = bundle.ui as UiText;
  const [deleted, setDeleted] = useState(false);
  const navigation: BackNavigation = useMemo(() => ({ canGoBack: () => false, goBack: () => undefined }), []);
  const { leaveTo } = useHistorySync(navigation, 'loading');
  const exit = useCallback(() => {
    exitNow(ui.quickExit.exitTitle, () => {
      leaveTo(props.exitUrl);
    });
  }, [leaveTo, props.exitUrl, ui]);
  useShiftThreeTimes(exit);
  const saved = store && !sharedMode ? store.get(STORAGE_KEY) : null;
  const retentionDays = (saved !== null && savedRetentionDays(saved)) || DEFAULT_RETENTION_DAYS;
  return (
    <UiTextProvider value={ui}>
      <SiteHeader onExit={exit} />
      <main id="main" className="page">
        {deleted ? (
          <p className="notice" role="status">
            {bundle.ui.notices.deleted}
          </p>
        ) : null}
        <Loading ui={ui} state={props.laterState} />
      </main>
      <PrivacyPanel
        sharedMode={sharedMode}
        storageAvailable={store !== undefined}
        retentionDays={retentionDays}
        onSharedModeChange={(on) => {
          if (on) removeStored(store);
          props.onSharedModeChange(on);
        }}
        onDeleteAll={() => {
          removeStored(store);
          setDeleted(true);
        }}
      />
    </UiTextProvider>
  );
}

function FlowApp(props: AppProps & { flow: Flow; laterState: LaterState }) {
  const { bundle, flowId, store, sharedMode, flow } = props;
  const now = props.now ?? Date.now;
  // Built once: a language switch brings the same flow in other words, and the running actor must carry on.
  const [machine] = useState<TriageMachine>(() => buildTriageMachine(flow));
  const { later } = props.laterState;
  // Before the rest arrives only first-screen components render, and they read only the core sections (split.ts).
  const ui: UiText = later?.bundle.catalogue.ui ?? (bundle.ui as UiText);
  // The words of later questions come with the rest; the core flow has their ids and routes.
  const textFlow = later?.bundle.flows[flowId] ?? flow;
  const [restored] = useState(() => restore(flow, bundle, props));
  const saved = restored.kind === 'restored' ? restored.progress : undefined;
  const actorRef = useActor(machine, saved ? { snapshot: snapshotFor(machine, saved) } : {});
  const stateValue = useActorSelector(actorRef, (s) => s.value);
  const answers = useActorSelector(actorRef, (s) => s.context.answers);
  const editing = useActorSelector(actorRef, (s) => s.context.editing);
  const canGoBack = useActorSelector(actorRef, canGoBackFrom);
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set(saved?.done ?? []));
  // Restored at once when the rest is already at hand (tests), otherwise as soon as it arrives.
  const [restoredLog] = useState(() => (later ? restoreLog(props, later) : undefined));
  const [log, setLog] = useState(restoredLog?.log);
  const [retentionDays, setRetentionDays] = useState(
    saved?.retentionDays ?? restoredLog?.retentionDays ?? DEFAULT_RETENTION_DAYS,
  );
  // Notices are kept as kinds, not words, so they follow a language switch.
  const [notices, setNotices] = useState<Notice[]>(() => [
    ...(restored.kind === 'discarded' ? [restored.reason] : []),
    ...(restoredLog?.notices ?? []),
  ]);
  // Ticks wait for the catalogue to be checked (see knownActionsOnly); adjusted while rendering, like the log below.
  const [ticksChecked, setTicksChecked] = useState(false);
  if (later && !ticksChecked) {
    setTicksChecked(true);
    setDone((current) => knownActionsOnly(current, later.bundle.catalogue.actions));
  }
  // The rest arrived after the first render: restore the log now, while rendering (storage is only read).
  if (later && log === undefined) {
    const found = restoreLog(props, later);
    setLog(found.log);
    setNotices((current) => [...current, ...found.notices]);
    if (found.retentionDays !== undefined && !saved) setRetentionDays(found.retentionDays);
  }
  // Their words come with the rest (split.ts), but for "deleted"; a notice waits for its words, and is not cleared
  // before it has been shown.
  const noticeWords: Partial<Record<Notice, string>> = later?.bundle.catalogue.ui.notices ?? bundle.ui.notices;
  const shownNotices = notices.filter((n) => noticeWords[n] !== undefined);
  const notice = shownNotices.length ? shownNotices.map((n) => noticeWords[n]).join(' ') : undefined;
  // Tool pages sit above the triage: Back closes them first. The ref lets the history hook read the view at once.
  const [view, setViewState] = useState<ToolView>('guide');
  const viewRef = useRef<ToolView>('guide');
  const setView = useCallback((next: ToolView) => {
    viewRef.current = next;
    setViewState(next);
  }, []);
  const navigation: BackNavigation = useMemo(
    () => ({
      canGoBack: () => viewRef.current !== 'guide' || canGoBackFrom(actorRef.getSnapshot()),
      goBack: () => {
        if (viewRef.current !== 'guide') setView('guide');
        else actorRef.send({ type: 'nav.back' });
      },
    }),
    [actorRef, setView],
  );
  const history = useHistorySync(navigation, `${view}:${stateValue}`);
  // Focus follows the user's moves, but a fresh page load leaves focus at the top, where the exit link is.
  const [firstScreen] = useState(stateValue);
  const [moved, setMoved] = useState(false);
  if (!moved && (stateValue !== firstScreen || view !== 'guide')) setMoved(true);
  const autoFocus = moved || stateValue !== firstScreen || view !== 'guide' || props.focusFirstScreen === true;
  const { onOpenFlow } = props;
  const choices: FlowChoice[] = useMemo(
    () => Object.entries(bundle.flowLabels).map(([id, label]) => ({ flowId: id, label })),
    [bundle],
  );
  const flowLabel = useCallback((id: string) => bundle.flowLabels[id] ?? id, [bundle]);

  // Save after every change, unless nothing may be stored; an untouched start leaves nothing behind. The write
  // waits until the new screen is painted, so a tap is not held up by it, and is done at once if the page goes first
  // (hidden or left is the last moment a browser promises script time) or the app does.
  const waitingSave = useRef<() => void>(undefined);
  const saveNow = useCallback(() => {
    const save = waitingSave.current;
    waitingSave.current = undefined;
    save?.();
  }, []);
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onVisibility);
      saveNow();
    };
  }, [saveNow]);
  useEffect(() => {
    // A newer state replaces a save still waiting, and a removal drops it, so it cannot bring deleted data back.
    waitingSave.current = undefined;
    if (!store || sharedMode) return;
    const untouched = Object.keys(answers).length === 0 && done.size === 0 && stateValue === flow.start;
    if (untouched) {
      store.remove(STORAGE_KEY);
      return;
    }
    const snapshot = actorRef.getSnapshot();
    const savedAt = now();
    waitingSave.current = () => {
      store.set(
        STORAGE_KEY,
        encodeProgress(
          flow,
          { stateValue, context: { answers, editing }, done: [...done], savedAt, retentionDays },
          machine.getPersistedSnapshot(snapshot),
        ),
      );
    };
    return afterPaint(saveNow);
  }, [store, sharedMode, flow, stateValue, answers, editing, done, retentionDays, now, actorRef, machine, saveNow]);

  // The log is kept under its own key with the same retention; an empty log leaves nothing behind.
  useEffect(() => {
    if (!store || sharedMode || !later || log === undefined) return;
    const { encodeLog, isEmptyLog } = later.logStorage;
    if (isEmptyLog(log)) store.remove(LOG_STORAGE_KEY);
    else store.set(LOG_STORAGE_KEY, encodeLog(log, now(), retentionDays));
  }, [store, sharedMode, later, log, retentionDays, now]);

  const toggleDone = useCallback((actionId: string, isDone: boolean) => {
    setDone((prev) => {
      const next = new Set(prev);
      if (isDone) next.add(actionId);
      else next.delete(actionId);
      return next;
    });
  }, []);
  const restart = useCallback(() => {
    setDone(new Set());
    setNotices([]);
    actorRef.send({ type: 'nav.restart' });
  }, [actorRef]);
  // Removes what is kept, and the save still waiting, so it cannot bring the data back.
  const forget = useCallback(() => {
    waitingSave.current = undefined;
    removeStored(store);
  }, [store]);
  const deleteAll = useCallback(() => {
    forget();
    setDone(new Set());
    setLog({ entries: [], complaintsMade: {} });
    setView('guide');
    actorRef.send({ type: 'nav.restart' });
    setNotices(['deleted']);
  }, [actorRef, forget, setView]);
  // The screen's chrome (exit, navigation, privacy panel) is memoised; stable callbacks keep a step from
  // re-rendering it.
  const { onSharedModeChange } = props;
  const changeSharedMode = useCallback(
    (on: boolean) => {
      if (on) forget();
      onSharedModeChange(on);
    },
    [forget, onSharedModeChange],
  );
  const { leaveTo } = history;
  const exit = useCallback(() => {
    exitNow(ui.quickExit.exitTitle, () => {
      // The last step may still be waiting to be saved; the page is about to go.
      saveNow();
      leaveTo(props.exitUrl);
    });
  }, [leaveTo, props.exitUrl, ui, saveNow]);
  useShiftThreeTimes(exit);

  const screen = useMemo(() => screenFor(textFlow, stateValue, answers), [textFlow, stateValue, answers]);
  // The answers page comes just before the result: the result is worked out while the answers are read.
  useEffect(() => {
    const fullFlow = later?.bundle.flows[flowId];
    if (screen.kind === 'review' && fullFlow) return afterPaint(() => later.resultFor(fullFlow, answers));
  }, [screen.kind, later, flowId, answers]);
  const loading = <Loading ui={ui} state={props.laterState} />;
  let content;
  if (view !== 'guide' && (!later || log === undefined)) {
    content = loading;
  } else if (view !== 'guide' && later && log) {
    const fullFlow = later.bundle.flows[flowId];
    content = (
      <later.ToolPage
        view={view}
        catalogue={later.bundle.catalogue}
        log={log}
        result={view === 'drafts' && fullFlow ? later.resultFor(fullFlow, answers) : undefined}
        onChange={setLog}
        now={now}
        autoFocus={autoFocus}
      />
    );
  } else if (screen.kind === 'question' && !later && bundle.pendingText[flowId]?.includes(screen.question.id)) {
    content = loading;
  } else if (screen.kind === 'question') {
    const { question } = screen;
    const guidanceIds = question.guidance ?? [];
    const fullFlow = later?.bundle.flows[flowId];
    // Until the cards arrive (moments after the first screen), each card's title with its phone link stands in.
    const guidance = guidanceIds.map((id) => {
      const item = fullFlow && later.guidanceItem(fullFlow, id, answers);
      if (item) return <later.ActionCard key={id} item={item} headingLevel={2} />;
      const title = bundle.guidance[id];
      return title ? (
        <p key={id} className="action-title guidance-pending">
          <RichText parts={title} />
        </p>
      ) : null;
    });
    const isFirst = question.id === flow.start && Object.keys(answers).length === 0;
    content = (
      <>
        {isFirst && onOpenFlow && choices.length > 1 ? (
          <FlowChooser choices={choices} currentFlowId={flow.id} onOpenFlow={onOpenFlow} />
        ) : null}
        <QuestionStep
          key={question.id}
          question={question}
          saved={screen.saved}
          progress={screen.progress}
          guidance={guidance}
          intro={isFirst ? { title: flow.title, summary: flow.summary } : undefined}
          canGoBack={canGoBack}
          autoFocus={autoFocus}
          onAnswer={(optionIds) => {
            setNotices((current) => current.filter((n) => !shownNotices.includes(n)));
            actorRef.send({ type: 'answer', optionIds });
          }}
          onBack={history.back}
        />
      </>
    );
  } else if (!later) {
    content = loading;
  } else if (screen.kind === 'review') {
    const { ReviewPage } = later;
    content = (
      <ReviewPage
        rows={screen.rows}
        onEdit={(questionId) => {
          actorRef.send({ type: 'review.edit', questionId });
        }}
        onConfirm={() => {
          actorRef.send({ type: 'review.confirm' });
        }}
        onBack={history.back}
        autoFocus={autoFocus}
      />
    );
  } else {
    const { ResultPage } = later;
    const fullFlow = later.bundle.flows[flowId];
    const result = fullFlow && later.resultFor(fullFlow, answers);
    if (!result) throw new Error(`no result for outcome "${screen.outcomeId}"`);
    content = (
      <ResultPage
        view={result}
        done={done}
        onToggleDone={toggleDone}
        onBack={history.back}
        onRestart={restart}
        onOpenTool={setView}
        autoFocus={autoFocus}
        {...(onOpenFlow ? { openFlow: { labelOf: flowLabel, open: onOpenFlow } } : {})}
      />
    );
  }

  const toolsNav = <ToolsNav current={view} onSelect={setView} />;
  // Kept as the same element between steps, so the memoised header does not re-render on every tap.
  const { language, onLanguageChange } = props;
  const languageSwitch = useMemo(
    () => (language && onLanguageChange ? <LanguageSwitch current={language} onChange={onLanguageChange} /> : null),
    [language, onLanguageChange],
  );
  return (
    <UiTextProvider value={ui}>
      <SiteHeader onExit={exit}>{languageSwitch}</SiteHeader>
      {/* On the guide the question (or the result) comes first; the tools follow it. A tool page names them above. */}
      {view === 'guide' ? null : toolsNav}
      <main id="main" className="page">
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <Suspense fallback={<p role="status">{ui.app.opening}</p>}>{content}</Suspense>
      </main>
      {view === 'guide' ? toolsNav : null}
      <PrivacyPanel
        sharedMode={sharedMode}
        storageAvailable={store !== undefined}
        retentionDays={retentionDays}
        onSharedModeChange={changeSharedMode}
        onRetentionChange={setRetentionDays}
        onDeleteAll={deleteAll}
      />
    </UiTextProvider>
  );
}
