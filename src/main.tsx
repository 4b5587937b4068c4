// Browser entry: takes over the start screen that the build already put into index.html, in the chosen language.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import sourceCore from 'virtual:flow-core/zh-CN';
import { LOG_STORAGE_KEY } from './contactLog/storageKey.ts';
import type { CoreBundle } from './flow/split.ts';
import { SOURCE_LANGUAGE } from './flow/languages.ts';
import type { Language } from './flow/languages.ts';
import { STORAGE_KEY, browserStore } from './machine/persistence.ts';
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
  const sharedMode = new URLSearchParams(window.location.search).has(SHARED_PARAM);
  const language = initialLanguage(store, window.location.search);
  document.documentElement.lang = language;
  void CORES[language]().then((bundle) => {
    const app = (
      <StrictMode>
        <Root
          bundle={bundle}
          later={loadLater}
          store={store}
          sharedMode={sharedMode}
          language={language}
          loadCore={(next) => CORES[next]()}
        />
      </StrictMode>
    );
    // The prerendered markup is the fresh start screen in 简体. A fresh start in 简体 adopts it as it is (its nodes
    // stay, so nothing repaints); saved progress or a saved log (which may bring a notice), shared-phone mode or
    // another language need another screen, which replaces it in one commit. As a transition, React renders in
    // small slices and the page stays responsive while it takes over.
    const fresh =
      store !== undefined &&
      store.get(STORAGE_KEY) === null &&
      store.get(LOG_STORAGE_KEY) === null &&
      !sharedMode &&
      language === SOURCE_LANGUAGE;
    startTransition(() => {
      if (fresh) hydrateRoot(container, app);
      else createRoot(container).render(app);
    });
  });
}
