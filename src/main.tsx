// Browser entry: mounts the app over the start screen that the build already put into index.html.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import sourceCore from 'virtual:flow-core/zh-CN';
import type { CoreBundle } from './flow/split.ts';
import type { Language } from './flow/vocabulary.ts';
import { browserStore } from './machine/persistence.ts';
import { initialLanguage } from './ui/language.ts';
import { Root, SHARED_PARAM } from './ui/Root.tsx';
import './ui/styles.css';

/** 简体 ships with the first download (it is what the build prerenders); the others arrive when chosen. */
const CORES: Record<Language, () => Promise<CoreBundle>> = {
  'zh-CN': () => Promise.resolve(sourceCore),
  'zh-TW': () => import('virtual:flow-core/zh-TW').then((m) => m.default),
  en: () => import('virtual:flow-core/en').then((m) => m.default),
};
const loadLater = (language: Language) => import('./ui/later.ts').then((m) => m.loadLater(language));

const container = document.getElementById('root');
if (container) {
  const store = browserStore();
  const language = initialLanguage(store, window.location.search);
  document.documentElement.lang = language;
  void CORES[language]().then((bundle) => {
    // createRoot, not hydrateRoot: saved progress, shared-phone mode or another language can call for another
    // screen than the one prerendered, and React replaces the prerendered markup in the same frame (decision 006).
    createRoot(container).render(
      <StrictMode>
        <Root
          bundle={bundle}
          later={loadLater}
          store={store}
          sharedMode={new URLSearchParams(window.location.search).has(SHARED_PARAM)}
          language={language}
          loadCore={(next) => CORES[next]()}
        />
      </StrictMode>,
    );
  });
}
