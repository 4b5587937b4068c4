// The app as the browser runs it: localStorage when allowed, shared-phone mode from the address, a fresh start on failure.
import { useState } from 'react';
import bundle from 'virtual:flow-bundle';
import { STORAGE_KEY, browserStore, savedFlowId } from '../machine/persistence.ts';
import type { KeyValueStore } from '../machine/persistence.ts';
import { App } from './App.tsx';
import { Shell } from './Shell.tsx';

/** An everyday page to leave for; set VITE_EXIT_URL at build time to change it. */
const EXIT_URL: string = (import.meta.env.VITE_EXIT_URL as string | undefined) ?? 'https://www.weather.com.cn/';
const SHARED_PARAM = 'shared';
/** The commonest situation opens first; the chooser on its first screen offers the others. */
const DEFAULT_FLOW_ID = 'collection-triage';

/** The flow whose progress is saved on this device, so a reload resumes it; otherwise the default. */
function initialFlowId(store: KeyValueStore | undefined, sharedMode: boolean): string {
  const saved = store && !sharedMode ? savedFlowId(store.get(STORAGE_KEY)) : undefined;
  return saved !== undefined && saved in bundle.flows ? saved : DEFAULT_FLOW_ID;
}

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
  const [flowId, setFlowId] = useState(() => initialFlowId(store, sharedMode));
  const [chosen, setChosen] = useState(false);
  return (
    <Shell
      exitUrl={EXIT_URL}
      onReset={() => {
        store?.remove(STORAGE_KEY);
        setGeneration((g) => g + 1);
      }}
    >
      <App
        key={`${flowId}:${String(generation)}`}
        bundle={bundle}
        flowId={flowId}
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
