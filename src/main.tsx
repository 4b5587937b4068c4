// Browser entry: takes over the start screen that the build already put into index.html, in the chosen language.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import sourceCore from 'virtual:flow-core/zh-CN';
import type { CoreBundle } from './flow/split.ts';
import { SOURCE_LANGUAGE } from './flow/languages.ts';
import type { Language } from './flow/languages.ts';
import type { FlowBundle } from './flow/schema.ts';
import { restoreOnDemand } from './machine/restoreOnDemand.ts';
import { storesNothing } from './storage/language.ts';
import { appStorage, browserStore } from './storage/store.ts';
import { bundleSource } from './ui/bundles.ts';
import { initialLanguage } from './ui/language.ts';
import { Root, SHARED_PARAM } from './ui/Root.tsx';
import './ui/styles.css';

/** 简体 ships with the first download (it is what the build prerenders); the others arrive when chosen. */
const CORES: Record<Language, () => Promise<CoreBundle>> = {
  'zh-CN': () => Promise.resolve(sourceCore),
  'zh-TW': () => import('virtual:flow-core/zh-TW').then((m) => m.default),
  en: () => import('virtual:flow-core/en').then((m) => m.default),
};
/** One full bundle per language, so a reader downloads only the words they read. */
const BUNDLES: Record<Language, () => Promise<{ default: FlowBundle }>> = {
  'zh-CN': () => import('virtual:flow-bundle/zh-CN'),
  'zh-TW': () => import('virtual:flow-bundle/zh-TW'),
  en: () => import('virtual:flow-bundle/en'),
};
const bundles = bundleSource((language) => BUNDLES[language]().then((m) => m.default));

const container = document.getElementById('root');
if (container) {
  const storage = appStorage(browserStore());
  const sharedMode = new URLSearchParams(window.location.search).has(SHARED_PARAM);
  const language = initialLanguage(storage, window.location.search);
  document.documentElement.lang = language;
  // Reading what is stored needs the schema library, which stays out of the first download: only a start with
  // something stored waits for it.
  const decoder = restoreOnDemand(() => import('./machine/restore.ts').then((m) => m.restore));
  void Promise.all([CORES[language](), decoder.ready(storage)]).then(([bundle]) => {
    const app = (
      <StrictMode>
        <Root
          bundle={bundle}
          bundles={bundles}
          storage={storage}
          restore={decoder.restore}
          restoreReady={decoder.ready}
          sharedMode={sharedMode}
          language={language}
          loadCore={(next) => CORES[next]()}
        />
      </StrictMode>
    );
    // The prerendered markup is the fresh start screen in 简体. A fresh start in 简体 adopts it as it is (its nodes
    // stay, so nothing repaints); anything stored (which may bring a notice), shared-phone mode or another language
    // needs another screen, which replaces it in one commit. As a transition, React renders in small slices.
    // The dev server serves index.html without the prerendered screen: there is nothing to adopt then.
    const prerendered = container.hasChildNodes();
    const fresh = prerendered && storesNothing(storage) && !sharedMode && language === SOURCE_LANGUAGE;
    startTransition(() => {
      if (fresh) hydrateRoot(container, app);
      else createRoot(container).render(app);
    });
  });
}
