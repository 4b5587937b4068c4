// The app as the browser runs it: storage when allowed, shared-phone mode from the address, a fresh start on failure.
import { startTransition, useCallback, useEffect, useState } from 'react';
import { OPENING_FLOW_ID } from '../flow/split.ts';
import type { CoreBundle } from '../flow/split.ts';
import { SOURCE_LANGUAGE } from '../flow/languages.ts';
import type { Language } from '../flow/languages.ts';
import { savedFlow } from '../machine/persistence.ts';
import type { Restore } from '../machine/restore.ts';
import type { AppStorage } from '../storage/store.ts';
import { App } from './App.tsx';
import type { BundleSource } from './bundles.ts';
import { rememberLanguage } from './language.ts';
import { Shell } from './Shell.tsx';

/** An everyday page to leave for; set VITE_EXIT_URL at build time to change it. */
const EXIT_URL: string = (import.meta.env.VITE_EXIT_URL as string | undefined) ?? 'https://www.weather.com.cn/';
export const SHARED_PARAM = 'shared';

function setSharedParam(on: boolean): void {
  const url = new URL(window.location.href);
  if (on) url.searchParams.set(SHARED_PARAM, '1');
  else url.searchParams.delete(SHARED_PARAM);
  window.history.replaceState(window.history.state, '', url);
}

export interface RootProps {
  /** The first screens' data in `language`. */
  bundle: CoreBundle;
  /** The full bundle of each language, loaded after the first screen (or at hand, in tests). */
  bundles: BundleSource;
  /** Made by the caller, so the same tree also renders at build time, where there is no browser. */
  storage: AppStorage;
  /** Reads what is stored for a flow; it decides the first screen. */
  restore: Restore;
  /** Settles once `restore` can read what `storage` holds (it may be a download of its own); without it, at once. */
  restoreReady?: (storage: AppStorage) => Promise<unknown>;
  sharedMode: boolean;
  language?: Language;
  /** Brings the first screens' data in another language; without it there is no language switch. */
  loadCore?: (language: Language) => Promise<CoreBundle>;
}

export function Root({
  bundle: initialBundle,
  bundles,
  storage,
  restore,
  sharedMode: sharedAtStart,
  ...props
}: RootProps) {
  const [sharedMode, setSharedMode] = useState(sharedAtStart);
  const [{ language, bundle }, setLocale] = useState({
    language: props.language ?? SOURCE_LANGUAGE,
    bundle: initialBundle,
  });
  const { loadCore } = props;
  const changeLanguage = useCallback(
    (next: Language) => {
      if (!loadCore) return;
      void loadCore(next).then((core) => {
        rememberLanguage(next, storage, sharedMode);
        // As a transition, the screen stays as it is until the other language's words are there.
        startTransition(() => {
          setLocale({ language: next, bundle: core });
        });
      });
    },
    [loadCore, storage, sharedMode],
  );
  const [generation, setGeneration] = useState(0);
  const [flowId, setFlowId] = useState(
    () => (sharedMode ? undefined : savedFlow(storage, Object.keys(bundle.flowLabels))) ?? OPENING_FLOW_ID,
  );
  const [chosen, setChosen] = useState(false);
  // Until now the page was the prerendered markup, which looks the same but does not respond; browser tests wait
  // for this mark.
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  const { restoreReady } = props;
  /** Starts a flow afresh (another one, or the same after a failure) once what is stored can be read for it. */
  const startFlow = useCallback(
    (id: string, chosenNow: boolean) => {
      const start = () => {
        setFlowId(id);
        if (chosenNow) setChosen(true);
        setGeneration((g) => g + 1);
      };
      // Should the download fail (offline before the app was ever cached), the tap can be tried again.
      if (restoreReady) restoreReady(storage).then(start, () => undefined);
      else start();
    },
    [restoreReady, storage],
  );
  const changeSharedMode = useCallback((on: boolean) => {
    setSharedParam(on);
    setSharedMode(on);
  }, []);
  return (
    <Shell
      exitUrl={EXIT_URL}
      words={{ ...bundle.ui.shell, exit: bundle.ui.quickExit.button }}
      onRetry={() => {
        // The same flow again, restored from what is stored: nothing is deleted.
        startFlow(flowId, false);
      }}
      onReset={() => {
        storage.remove('progress');
        // A fresh start is the opening flow: whatever failed may belong to the flow that was open.
        startFlow(OPENING_FLOW_ID, false);
      }}
    >
      <App
        key={`${flowId}:${String(generation)}`}
        bundle={bundle}
        bundles={bundles}
        flowId={flowId}
        language={language}
        {...(loadCore ? { onLanguageChange: changeLanguage } : {})}
        focusFirstScreen={chosen}
        onOpenFlow={(id) => {
          startFlow(id, true);
        }}
        storage={storage}
        restore={restore}
        exitUrl={EXIT_URL}
        sharedMode={sharedMode}
        onSharedModeChange={changeSharedMode}
      />
    </Shell>
  );
}
