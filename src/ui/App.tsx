// Composition: builds the machine for a flow once, restores and saves progress, picks the screen, wires events.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Flow } from '../flow/schema.ts';
import type { CoreBundle } from '../flow/split.ts';
import { buildTriageMachine } from '../machine/buildTriageMachine.ts';
import type { TriageMachine } from '../machine/buildTriageMachine.ts';
import {
  DEFAULT_RETENTION_DAYS,
  STORAGE_KEY,
  decodeProgress,
  encodeProgress,
  snapshotFor,
} from '../machine/persistence.ts';
import type { DiscardReason, KeyValueStore, RestoreResult } from '../machine/persistence.ts';
import { screenFor } from '../machine/selectors.ts';
import { PrivacyPanel } from './PrivacyPanel.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { QuickExitButton, QuickExitSkipLink } from './QuickExit.tsx';
import { exitNow, useShiftThreeTimes } from './useQuickExit.ts';
import type { Later } from './deferred.ts';
import { RichText } from './RichText.tsx';
import { useActor, useActorSelector } from './useActor.ts';
import { useHistorySync } from './useHistorySync.ts';

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
  now?: () => number;
}

const NOTICES: Record<DiscardReason | 'deleted', string> = {
  corrupt: '上次保存的记录读不出来，已经清除了。我们从头开始。',
  otherVersion: '这个向导的问题更新过，之前的回答已经清除了。我们从头开始。',
  expired: '为了保护你的隐私，超过保存期限的记录已经自动删除了。',
  deleted: '已删除。这台手机上没有你的回答和记录了。',
};

/** Pure: refused data is removed by the save effect, which clears storage while the start screen is untouched. */
function restore(flow: Flow, bundle: CoreBundle, props: AppProps): RestoreResult {
  if (!props.store || props.sharedMode) return { kind: 'none' };
  return decodeProgress(flow, props.store.get(STORAGE_KEY), (props.now ?? Date.now)(), new Set(bundle.actionIds));
}

/** Starts the download as soon as the first screen is committed, so it is there before the answers page. */
function useLater(source: AppProps['later']): { later: Later | undefined; failed: boolean; retry: () => void } {
  const [loaded, setLoaded] = useState<Later | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (typeof source !== 'function') return;
    let live = true;
    source().then(
      (later) => {
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

export function App(props: AppProps) {
  const { bundle, flowId, store, sharedMode } = props;
  const now = props.now ?? Date.now;
  const flow = bundle.flows[flowId];
  if (!flow) throw new Error(`flow "${flowId}" is not in the bundle`);
  const { later, failed: laterFailed, retry: retryLater } = useLater(props.later);
  const machine: TriageMachine = useMemo(() => buildTriageMachine(flow), [flow]);
  const [restored] = useState(() => restore(flow, bundle, props));
  const saved = restored.kind === 'restored' ? restored.progress : undefined;
  const actorRef = useActor(machine, saved ? { snapshot: snapshotFor(machine, saved) } : {});
  const stateValue = useActorSelector(actorRef, (s) => s.value);
  const answers = useActorSelector(actorRef, (s) => s.context.answers);
  const editing = useActorSelector(actorRef, (s) => s.context.editing);
  const canGoBack = useActorSelector(actorRef, (s) => s.can({ type: 'nav.back' }));
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set(saved?.done ?? []));
  const [retentionDays, setRetentionDays] = useState(saved?.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const [notice, setNotice] = useState<string | undefined>(
    restored.kind === 'discarded' ? NOTICES[restored.reason] : undefined,
  );
  const history = useHistorySync(actorRef, stateValue);
  // Focus follows the user's moves, but a fresh page load leaves focus at the top, where the exit link is.
  const [firstScreen] = useState(stateValue);
  const [moved, setMoved] = useState(false);
  if (!moved && stateValue !== firstScreen) setMoved(true);
  const autoFocus = moved || stateValue !== firstScreen;

  // Save after every change, unless nothing may be stored; an untouched start leaves nothing behind.
  useEffect(() => {
    if (!store || sharedMode) return;
    const untouched = Object.keys(answers).length === 0 && done.size === 0 && stateValue === flow.start;
    if (untouched) {
      store.remove(STORAGE_KEY);
      return;
    }
    store.set(
      STORAGE_KEY,
      encodeProgress(
        flow,
        {
          stateValue,
          context: { answers, editing },
          done: [...done],
          savedAt: now(),
          retentionDays,
        },
        actorRef.getPersistedSnapshot(),
      ),
    );
  }, [store, sharedMode, flow, stateValue, answers, editing, done, retentionDays, now, actorRef]);

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
    setNotice(undefined);
    actorRef.send({ type: 'nav.restart' });
  }, [actorRef]);
  const deleteAll = useCallback(() => {
    store?.remove(STORAGE_KEY);
    setDone(new Set());
    actorRef.send({ type: 'nav.restart' });
    setNotice(NOTICES.deleted);
  }, [actorRef, store]);
  const exit = useCallback(() => {
    exitNow(() => {
      history.leaveTo(props.exitUrl);
    });
  }, [history, props.exitUrl]);
  useShiftThreeTimes(exit);

  const screen = useMemo(() => screenFor(flow, stateValue, answers), [flow, stateValue, answers]);
  let content;
  if (screen.kind === 'question') {
    const { question } = screen;
    const guidanceIds = question.guidance ?? [];
    const fullFlow = later?.bundle.flows[flowId];
    // Until the cards arrive (moments after the first screen), each card's title with its phone link stands in.
    const guidance = guidanceIds.map((id) => {
      const full = fullFlow && later.bundle.catalogue.actions[id];
      if (full) {
        const item = later.buildActionItem(fullFlow, later.bundle.catalogue, id, full, []);
        return <later.ActionCard key={id} item={item} headingLevel={2} />;
      }
      const title = bundle.guidance[id];
      return title ? (
        <p key={id} className="action-title guidance-pending">
          <RichText parts={title} />
        </p>
      ) : null;
    });
    const isFirst = question.id === flow.start && Object.keys(answers).length === 0;
    content = (
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
          setNotice(undefined);
          actorRef.send({ type: 'answer', optionIds });
        }}
        onBack={history.back}
      />
    );
  } else if (!later) {
    content = laterFailed ? (
      <div className="notice" role="alert">
        <p>这一页没能载入。请检查网络，再试一次。你的回答还在。</p>
        <button type="button" className="button-secondary" onClick={retryLater}>
          再试一次
        </button>
      </div>
    ) : (
      <p className="notice" role="status">
        正在载入……
      </p>
    );
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
    const view = fullFlow && later.selectActions(fullFlow, later.bundle.catalogue, answers);
    if (!view) throw new Error(`no result for outcome "${screen.outcomeId}"`);
    content = (
      <ResultPage
        view={view}
        done={done}
        onToggleDone={toggleDone}
        onBack={history.back}
        onRestart={restart}
        autoFocus={autoFocus}
      />
    );
  }

  return (
    <>
      <QuickExitSkipLink onExit={exit} />
      <header className="site-header">
        <p className="site-name">催收应对向导</p>
        <QuickExitButton onExit={exit} />
      </header>
      <main id="main" className="page">
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        {content}
      </main>
      <PrivacyPanel
        sharedMode={sharedMode}
        storageAvailable={store !== undefined}
        retentionDays={retentionDays}
        onSharedModeChange={(on) => {
          if (on) store?.remove(STORAGE_KEY);
          props.onSharedModeChange(on);
        }}
        onRetentionChange={setRetentionDays}
        onDeleteAll={deleteAll}
      />
    </>
  );
}
