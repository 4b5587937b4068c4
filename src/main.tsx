// Browser entry: mounts the app over the start screen that the build already put into index.html.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import bundle from 'virtual:flow-core';
import { browserStore } from './machine/persistence.ts';
import type { Later } from './ui/deferred.ts';
import { Root, SHARED_PARAM } from './ui/Root.tsx';
import './ui/styles.css';

const loadLater = (): Promise<Later> => import('./ui/later.ts').then((m) => m.default);

const container = document.getElementById('root');
if (container) {
  // createRoot, not hydrateRoot: saved progress or shared-phone mode can call for another screen than the one
  // prerendered, and React replaces the prerendered markup in the same frame it first commits (decision 006).
  createRoot(container).render(
    <StrictMode>
      <Root
        bundle={bundle}
        later={loadLater}
        store={browserStore()}
        sharedMode={new URLSearchParams(window.location.search).has(SHARED_PARAM)}
      />
    </StrictMode>,
  );
}
