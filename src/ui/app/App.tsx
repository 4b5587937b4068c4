// Composition: the open flow's screen in its frame (header, tools, notices, privacy), from the root actor's snapshot.
import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Language } from '../../flow/languages.ts';
import type { Flow } from '../../flow/schema.ts';
import { openTool } from '../../machine/appMachine.ts';
import type { TriageRef } from '../../machine/appMachine.ts';
import { useAppActor } from './appActor.ts';
import { AppPrivacyPanel, Notices } from '../privacy/AppPrivacy.tsx';
import type { BundleSource } from '../loading/bundles.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { FlowLoading } from '../loading/FlowLoading.tsx';
import { WithBundle } from '../loading/Loading.tsx';
import { SiteHeader } from '../privacy/QuickExit.tsx';
import { Screen } from './Screen.tsx';
import { whenIdle } from '../loading/idle.ts';
import { preloadScreens } from '../loading/screens.ts';
import { ToolsNav } from './ToolsNav.tsx';
import type { ToolView } from './ToolsNav.tsx';
import { useHistorySync } from './useHistorySync.ts';
import type { BackNavigation } from './useHistorySync.ts';
import { useQuickExit } from '../privacy/useQuickExit.ts';
import { FrameTextProvider } from './uiText.ts';

export interface AppProps {
  bundles: BundleSource;
  /** Where the quick exit goes: an everyday page. */
  exitUrl: string;
  now?: () => number;
}

const now = () => Date.now();

/**
 * The open flow, once its triage machine runs and its words are here (a flow that is not in the first download waits
 * for the full bundle); until then the loading frame, which keeps the quick exit and the privacy controls.
 */
export function App(props: AppProps) {
  const actor = useAppActor();
  const core = useSelector(actor, (s) => s.context.core);
  const language = useSelector(actor, (s) => s.context.language);
  const flowId = useSelector(actor, (s) => s.context.flowId);
  const triage = useSelector(actor, (s) => s.context.triage);
  const { bundles } = props;
  const retry = useCallback(() => {
    bundles.retry(language);
    actor.send({ type: 'bundle.retry' });
  }, [actor, bundles, language]);
  const frame = (content: ReactNode) => <FrameTextProvider value={core.ui}>{content}</FrameTextProvider>;
  const failed = useSelector(actor, (s) => s.hasTag('bundleFailed'));
  if (!triage) return frame(<FlowLoading exitUrl={props.exitUrl} {...(failed ? { onRetry: retry } : {})} />);
  const flow = Object.hasOwn(core.flows, flowId) ? core.flows[flowId] : undefined;
  // Keyed by the flow, so focus and the history entries start afresh in a flow opened from another.
  if (flow) return frame(<FlowApp key={flowId} {...props} flow={flow} triage={triage} language={language} />);
  return frame(
    <WithBundle
      source={bundles}
      language={language}
      fallback={<FlowLoading exitUrl={props.exitUrl} />}
      failed={(again) => <FlowLoading exitUrl={props.exitUrl} onRetry={again} />}
    >
      {(full) => {
        const loaded = full.flows[flowId];
        return loaded ? <FlowApp key={flowId} {...props} flow={loaded} triage={triage} language={language} /> : null;
      }}
    </WithBundle>,
  );
}

function FlowApp(props: AppProps & { flow: Flow; triage: TriageRef; language: Language }) {
  const { flow, bundles, language, triage } = props;
  const clock = props.now ?? now;
  const actor = useAppActor();
  const core = useSelector(actor, (s) => s.context.core);
  const flowChosen = useSelector(actor, (s) => s.context.flowChosen);
  const tool = useSelector(actor, openTool);
  const stateValue = useSelector(triage, (s) => s.value);
  const navigation: BackNavigation = useMemo(
    () => ({
      canGoBack: () => actor.getSnapshot().can({ type: 'nav.back' }),
      goBack: () => {
        actor.send({ type: 'nav.back' });
      },
    }),
    [actor],
  );
  const screenKey = `${tool ?? 'guide'}:${stateValue}`;
  const history = useHistorySync(navigation, screenKey);
  // Focus follows the person's moves, but a fresh page load leaves focus at the top, where the exit link is.
  const [firstScreen] = useState(screenKey);
  const [moved, setMoved] = useState(false);
  if (!moved && screenKey !== firstScreen) setMoved(true);
  const autoFocus = moved || screenKey !== firstScreen || flowChosen;
  // What comes after the first screen downloads once the person has moved on from it, when the browser is idle: the
  // first tap may come at once, with a collector on the line, and nothing else should compete with it. Its arrival
  // brings the machine the action ids and the reminders' dates (a visit that does not open on the fresh first
  // question asks for them at once: startApp). A flow or screen opened before its download has arrived waits for
  // it.
  useEffect(
    () =>
      autoFocus
        ? whenIdle(() => {
            actor.send({ type: 'bundle.load' });
            // The page's language: after a switch, the new language's words.
            bundles.state(language);
            void preloadScreens();
          })
        : undefined,
    [actor, autoFocus, bundles, language],
  );
  const exit = useQuickExit(props.exitUrl, history.leaveTo);
  const selectTool = useCallback(
    (view: ToolView) => {
      actor.send(view === 'guide' ? { type: 'tool.close' } : { type: 'tool.open', tool: view });
    },
    [actor],
  );
  const openFlow = useCallback(
    (flowId: string) => {
      actor.send({ type: 'flow.open', flowId });
    },
    [actor],
  );
  // Memoised so the memoised header does not re-render on every tap.
  const languageSwitch = useMemo(
    () => (
      <LanguageSwitch
        current={language}
        onChange={(next) => {
          actor.send({ type: 'language.choose', language: next });
        }}
      />
    ),
    [actor, language],
  );
  // On question screens the question comes first and the tools follow it; an open tool page keeps them on top.
  const toolsNav = <ToolsNav current={tool ?? 'guide'} onSelect={selectTool} />;
  return (
    <>
      <SiteHeader onExit={exit}>{languageSwitch}</SiteHeader>
      {tool === undefined ? null : toolsNav}
      <main id="main" className="page">
        <Notices />
        <Screen
          flow={flow}
          core={core}
          bundles={bundles}
          language={language}
          autoFocus={autoFocus}
          onBack={history.back}
          onOpenFlow={Object.keys(core.flowLabels).length > 1 ? openFlow : undefined}
          now={clock}
        />
      </main>
      {tool === undefined ? toolsNav : null}
      <AppPrivacyPanel />
    </>
  );
}
