// Browser entry: takes over the start screen that the build already put into index.html.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import bundle from 'virtual:flow-core';
import { STORAGE_KEY, browserStore } from './machine/persistence.ts';
import type { Later } from './ui/deferred.ts';
import { Root, SHARED_PARAM } from './ui/Root.tsx';
import './ui/styles.css';

const loadLater = (): Promise<Later> => import('./ui/later.ts').then((m) => m.default);

const container = document.getElementById('root');
if (container) {
  const store = browserStore();
  const sharedMode = new URLSearchParams(window.location.search).has(SHARED_PARAM);
  const app = (
    <StrictMode>
      <Root bundle={bundle} later={loadLater} store={store} sharedMode={sharedMode} />
    </StrictMode>
  );
  // The prerendered markup is the fresh start screen. A fresh start adopts it as it is (its nodes stay, so nothing
  // repaints); saved progress, a notice or shared-phone mode need another screen, which replaces it in one commit.
  // As a transition, React renders in small slices and the page stays responsive while it takes over.
  startTransition(() => {
    if (store && store.get(STORAGE_KEY) === null && !sharedMode) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
}
