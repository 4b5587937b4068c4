// The app as the browser runs it: localStorage when allowed, shared-phone mode from the address, a fresh start on failure.
import { useEffect, useState } from 'react';
import type { CoreBundle } from '../flow/split.ts';
import { STORAGE_KEY } from '../machine/persistence.ts';
import type { KeyValueStore } from '../machine/persistence.ts';
import { App } from './App.tsx';
import type { AppProps } from './App.tsx';
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
  bundle: CoreBundle;
  later: AppProps['later'];
  /** Read by the caller, so the same tree also renders at build time, where there is no browser. */
  store: KeyValueStore | undefined;
  sharedMode: boolean;
}

export function Root({ bundle, later, store, sharedMode: sharedAtStart }: RootProps) {
  const [sharedMode, setSharedMode] = useState(sharedAtStart);
  const [generation, setGeneration] = useState(0);
  // Until now the page was the prerendered markup, which looks the same but does not respond; browser tests wait
  // for this mark.
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  return (
    <Shell
      exitUrl={EXIT_URL}
      onReset={() => {
        store?.remove(STORAGE_KEY);
        setGeneration((g) => g + 1);
      }}
    >
      <App
        key={generation}
        bundle={bundle}
        later={later}
        flowId="collection-triage"
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
