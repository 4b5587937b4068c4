// Renders the fresh start screen to HTML at build time, with the same components and data the browser mounts.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { OPENING_FLOW_ID, coreBundle } from '../src/flow/split.ts';
import { restore } from '../src/machine/restore.ts';
import { appStorage } from '../src/storage/store.ts';
import { bundleSource } from '../src/ui/bundles.ts';
import { Root } from '../src/ui/Root.tsx';
import { loadFlowDir } from './flow-files.ts';

/** Storage that works and is empty: what a first visit sees, so the privacy panel reads as it will in the browser. */
const emptyStorage = appStorage({ get: () => null, set: () => undefined, remove: () => undefined });

export function renderFirstScreen(root: string): string {
  // The same tree as src/main.tsx, so the browser can hydrate it.
  return renderToString(
    <StrictMode>
      <Root
        bundle={coreBundle(loadFlowDir(root), OPENING_FLOW_ID)}
        bundles={bundleSource(() => new Promise(() => undefined))}
        language="zh-CN"
        loadCore={() => new Promise(() => undefined)}
        storage={emptyStorage}
        restore={restore}
        sharedMode={false}
      />
    </StrictMode>,
  );
}
