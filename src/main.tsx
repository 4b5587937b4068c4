// Browser entry: starts the one root actor from what is stored, then takes over the start screen that the build
// already put into index.html.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import sourceCore from 'virtual:flow-core/zh-CN';
import type { CoreBundle } from './flow/split.ts';
import type { Language } from './flow/languages.ts';
import type { FlowBundle } from './flow/schema.ts';
import { browserStorage, startApp } from './machine/persistence.ts';
import { bundleSource } from './ui/loading/bundles.ts';
import { Root } from './ui/app/Root.tsx';
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
  void startApp({
    storage: browserStorage(),
    search: window.location.search,
    core: (language) => CORES[language](),
    // The facts the machine takes from the full bundle need the reminder code, which stays out of the first download.
    bundle: (language) =>
      Promise.all([bundles.load(language), import('./machine/bundleFacts.ts')]).then(([bundle, facts]) =>
        facts.bundleFacts(bundle),
      ),
    decoder: () => import('./machine/restore.ts'),
    now: () => Date.now(),
  }).then(({ actor, fresh }) => {
    const app = (
      <StrictMode>
        <Root actor={actor} bundles={bundles} />
      </StrictMode>
    );
    // The prerendered markup is the fresh start screen in 简体. A fresh start in 简体 adopts it as it is (its nodes
    // stay, so nothing repaints); anything stored (which may bring a notice), shared-phone mode or another language
    // needs another screen, which replaces it in one commit. As a transition, React renders in small slices.
    // The dev server serves index.html without the prerendered screen: there is nothing to adopt then.
    const adopt = fresh && container.hasChildNodes();
    startTransition(() => {
      if (adopt) hydrateRoot(container, app);
      else createRoot(container).render(app);
    });
  });
}
