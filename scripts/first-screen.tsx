// Renders the fresh start screen to HTML at build time, with the same components and data the browser mounts.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { OPENING_FLOW_ID, coreBundle } from '../src/flow/split.ts';
import type { KeyValueStore } from '../src/machine/persistence.ts';
import { Root } from '../src/ui/Root.tsx';
import { loadFlowDir } from './flow-files.ts';

/** Storage that works and is empty: what a first visit sees, so the privacy panel reads as it will in the browser. */
const emptyStore: KeyValueStore = { get: () => null, set: () => undefined, remove: () => undefined };

export function renderFirstScreen(root: string): string {
  // The same tree as src/main.tsx, so the browser can hydrate it.
  return renderToString(
    <StrictMode>
      <Root
        bundle={coreBundle(loadFlowDir(root), OPENING_FLOW_ID)}
        later={() => new Promise(() => undefined)}
        language="zh-CN"
        loadCore={() => new Promise(() => undefined)}
        store={emptyStore}
        sharedMode={false}
      />
    </StrictMode>,
  );
}
