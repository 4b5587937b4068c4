// Composition: one app actor per flow, restored from storage and kept there; the frame around the screen.
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Language } from '../flow/languages.ts';
import type { Flow } from '../flow/schema.ts';
import type { CoreBundle } from '../flow/split.ts';
import { openTool } from '../machine/appMachine.ts';
import { appActorOptions, persist } from '../machine/persistence.ts';
import type { Restore } from '../machine/restore.ts';
import type { AppStorage } from '../storage/store.ts';
import { AppActorProvider } from './appActor.ts';
import { AppPrivacyPanel, Notices } from './AppPrivacy.tsx';
import type { BundleSource } from './bundles.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { FlowLoading } from './FlowLoading.tsx';
import { WithBundle } from './Loading.tsx';
import { SiteHeader } from './QuickExit.tsx';
import { Screen } from './Screen.tsx';
import { whenIdle } from './idle.ts';
import { preloadScreens } from './screens.ts';
import { ToolsNav } from './ToolsNav.tsx';
import type { ToolView } from './ToolsNav.tsx';
import { useHistorySync } from './useHistorySync.ts';
import type { BackNavigation } from './useHistorySync.ts';
import { useQuickExit } from './useQuickExit.ts';
import { FrameTextProvider } from './uiText.ts';

export interface AppProps {
  bundle: CoreBundle;
  bundles: BundleSource;
  flowId: string;
  storage: AppStorage;
  /** Reads what is stored for a flow (a download of its own: it carries the schema library). */
  restore: Restore;
  /** Where the quick exit goes: an everyday page. */
  exitUrl: string;
  /** Shared-phone mode from the start (the page address carries it, since nothing may be stored). */
  sharedMode: boolean;
  onSharedModeChange: (on: boolean) => void;
  /** Opens another flow (the first screen's chooser, and actions that link to a flow). Without it, neither shows. */
  onOpenFlow?: (flowId: string) => void;
  /** Focus the first screen's heading at once: the person arrived by choosing this flow, not by loading the page. */
  focusFirstScreen?: boolean;
  language: Language;
  /** Without it no language switch shows. */
  onLanguageChange?: (language: Language) => void;
  now?: () => number;
}

/** A flow that is not in the first download (only the opening flow is) starts once the full bundle has arrived. */
export function App(props: AppProps) {
  const { bundle, flowId } = props;
  const flow = Object.hasOwn(bundle.flows, flowId) ? bundle.flows[flowId] : undefined;
  const frame = (content: ReactNode) => <FrameTextProvider value={bundle.ui}>{content}</FrameTextProvider>;
  if (flow) return frame(<FlowApp {...props} flow={flow} />);
  if (!Object.hasOwn(bundle.flowLabels, flowId)) throw new Error(`flow "${flowId}" is not in the bundle`);
  return frame(
    <WithBundle
      source={props.bundles}
      language={props.language}
      fallback={<FlowLoading {...props} />}
      failed={(retry) => <FlowLoading {...props} onRetry={retry} />}
    >
      {(full) => {
        const loaded = full.flows[flowId];
        return loaded ? <FlowApp {...props} flow={loaded} /> : null;
      }}
    </WithBundle>,
  );
}

const now = () => Date.now();

/** The app machine for a flow and how to start it, with the flow it saves progress for. */
type BuiltApp = ReturnType<typeof appActorOptions> & { savedFlow: Flow };

function FlowApp(props: AppProps & { flow: Flow }) {
  const { flow, storage } = props;
  const clock = props.now ?? now;
  // Built once: a language switch brings the same flow in other words, and the running actor carries on.
  const [built] = useState<BuiltApp>(() => ({
    ...appActorOptions(
      flow,
      props.restore(flow, storage, {
        sharedMode: props.sharedMode,
        now: clock(),
        otherFlows: Object.keys(props.bundle.flowLabels),
      }),
    ),
    savedFlow: flow,
  }));
  return <RunningFlow {...props} built={built} />;
}

/**
 * Runs the app machine FlowApp built, and frames its screen. Building and starting are two components so that
 * React can pause between them: on a slow phone the start is two shorter pieces of work, not one long one.
 */
function RunningFlow(props: AppProps & { flow: Flow; built: BuiltApp }) {
  const { flow, storage, bundles, language } = props;
  const { machine, options, savedFlow } = props.built;
  const clock = props.now ?? now;
  const actor = useActorRef(machine, options);
  useEffect(() => persist(actor, savedFlow, storage, clock), [actor, savedFlow, storage, clock]);
  // What comes after the first screen downloads once the browser is idle, not while the first screen starts.
  useEffect(
    () =>
      whenIdle(() => {
        bundles.state(language);
        void preloadScreens();
      }),
    [bundles, language],
  );
  const tool = useSelector(actor, openTool);
  const triage = useSelector(actor, (s) => s.context.triage);
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
  const autoFocus = moved || screenKey !== firstScreen || props.focusFirstScreen === true;
  const exit = useQuickExit(props.exitUrl, history.leaveTo);
  const selectTool = useCallback(
    (view: ToolView) => {
      actor.send(view === 'guide' ? { type: 'tool.close' } : { type: 'tool.open', tool: view });
    },
    [actor],
  );
  const storageFull = useCallback(() => storage.full, [storage]);
  const { onLanguageChange } = props;
  // Memoised so the memoised header does not re-render on every tap.
  const languageSwitch = useMemo(
    () => (onLanguageChange ? <LanguageSwitch current={language} onChange={onLanguageChange} /> : null),
    [language, onLanguageChange],
  );
  // On question screens the question comes first and the tools follow it; an open tool page keeps them on top.
  const toolsNav = <ToolsNav current={tool ?? 'guide'} onSelect={selectTool} />;
  return (
    <AppActorProvider value={actor}>
      <SiteHeader onExit={exit}>{languageSwitch}</SiteHeader>
      {tool === undefined ? null : toolsNav}
      <main id="main" className="page">
        <Notices />
        <Screen
          flow={flow}
          core={props.bundle}
          bundles={bundles}
          language={language}
          autoFocus={autoFocus}
          onBack={history.back}
          onOpenFlow={props.onOpenFlow}
          now={clock}
        />
      </main>
      {tool === undefined ? toolsNav : null}
      <AppPrivacyPanel
        storageAvailable={storage.available}
        storageFull={storageFull}
        onSharedModeChange={props.onSharedModeChange}
      />
    </AppActorProvider>
  );
}
