// The app as the browser runs it: localStorage when allowed, shared-phone mode from the address, a fresh start on failure.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { OPENING_FLOW_ID } from '../flow/split.ts';
import type { CoreBundle } from '../flow/split.ts';
import { SOURCE_LANGUAGE } from '../flow/languages.ts';
import type { Language } from '../flow/languages.ts';
import { STORAGE_KEY, savedFlowId } from '../machine/persistence.ts';
import type { KeyValueStore } from '../machine/persistence.ts';
import { App } from './App.tsx';
import type { Later } from './deferred.ts';
import { rememberLanguage } from './language.ts';
import { Shell } from './Shell.tsx';

/** An everyday page to leave for; set VITE_EXIT_URL at build time to change it. */
const EXIT_URL: string = (import.meta.env.VITE_EXIT_URL as string | undefined) ?? 'https://www.weather.com.cn/';
export const SHARED_PARAM = 'shared';

/** The flow whose progress is saved on this device, so a reload resumes it; otherwise the default. */
function initialFlowId(bundle: CoreBundle, store: KeyValueStore | undefined, sharedMode: boolean): string {
  const saved = store && !sharedMode ? savedFlowId(store.get(STORAGE_KEY)) : undefined;
  return saved !== undefined && Object.hasOwn(bundle.flowLabels, saved) ? saved : OPENING_FLOW_ID;
}

function setSharedParam(on: boolean): void {
  const url = new URL(window.location.href);
  if (on) url.searchParams.set(SHARED_PARAM, '1');
  else url.searchParams.delete(SHARED_PARAM);
  window.history.replaceState(window.history.state, '', url);
}

export interface RootProps {
  /** The first screens' data in `language`. */
  bundle: CoreBundle;
  /** The rest, in a given language: already at hand (tests), or loaded after the first screen (the browser). */
  later: Later | ((language: Language) => Promise<Later>);
  /** Read by the caller, so the same tree also renders at build time, where there is no browser. */
  store: KeyValueStore | undefined;
  sharedMode: boolean;
  language?: Language;
  /** Brings the first screens' data in another language; without it there is no language switch. */
  loadCore?: (language: Language) => Promise<CoreBundle>;
}

export function Root({ bundle: initialBundle, later, store, sharedMode: sharedAtStart, ...props }: RootProps) {
  const [sharedMode, setSharedMode] = useState(sharedAtStart);
  const [{ language, bundle }, setLocale] = useState({
    language: props.language ?? SOURCE_LANGUAGE,
    bundle: initialBundle,
  });
  const { loadCore } = props;
  // A new loader per language, so App fetches the rest of the words for it; stable otherwise.
  const laterFor = useMemo(() => (typeof later === 'function' ? () => later(language) : later), [later, language]);
  const changeLanguage = useCallback(
    (next: Language) => {
      if (!loadCore) return;
      void loadCore(next).then((core) => {
        rememberLanguage(next, store, sharedMode);
        setLocale({ language: next, bundle: core });
      });
    },
    [loadCore, store, sharedMode],
  );
  const [generation, setGeneration] = useState(0);
  const [flowId, setFlowId] = useState(() => initialFlowId(bundle, store, sharedMode));
  const [chosen, setChosen] = useState(false);
  // Until now the page was the prerendered markup, which looks the same but does not respond; browser tests wait
  // for this mark.
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  return (
    <Shell
      exitUrl={EXIT_URL}
      words={{ ...bundle.ui.shell, exit: bundle.ui.quickExit.button }}
      onReset={() => {
        store?.remove(STORAGE_KEY);
        // A fresh start is the opening flow: whatever failed may belong to the flow that was open.
        setFlowId(OPENING_FLOW_ID);
        setGeneration((g) => g + 1);
      }}
    >
      <App
        key={`${flowId}:${String(generation)}`}
        bundle={bundle}
        later={laterFor}
        flowId={flowId}
        language={language}
        {...(loadCore ? { onLanguageChange: changeLanguage } : {})}
        focusFirstScreen={chosen}
        onOpenFlow={(id) => {
          setFlowId(id);
          setChosen(true);
          setGeneration((g) => g + 1);
        }}
        store={store}
        exitUrl={EXIT_URL}
        sharedMode={sharedMode}
        onSharedModeChange={(on) => {
          setSharedParam(on);
          setSharedMode(on);
        }}
      />
    </Shell>
  );
}
