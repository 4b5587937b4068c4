// The app as the browser runs it: localStorage when allowed, shared-phone mode from the address, a fresh start on failure.
import { useState } from 'react';
import bundle from 'virtual:flow-core';
import { STORAGE_KEY, browserStore } from '../machine/persistence.ts';
import { App } from './App.tsx';
import type { Later } from './deferred.ts';
import { Shell } from './Shell.tsx';

/** An everyday page to leave for; set VITE_EXIT_URL at build time to change it. */
const EXIT_URL: string = (import.meta.env.VITE_EXIT_URL as string | undefined) ?? 'https://www.weather.com.cn/';
const SHARED_PARAM = 'shared';
const loadLater = (): Promise<Later> => import('./later.ts').then((m) => m.default);

function setSharedParam(on: boolean): void {
  const url = new URL(window.location.href);
  if (on) url.searchParams.set(SHARED_PARAM, '1');
  else url.searchParams.delete(SHARED_PARAM);
  window.history.replaceState(window.history.state, '', url);
}

export function Root() {
  const [store] = useState(browserStore);
  const [sharedMode, setSharedMode] = useState(() => new URLSearchParams(window.location.search).has(SHARED_PARAM));
  const [generation, setGeneration] = useState(0);
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
        later={loadLater}
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
