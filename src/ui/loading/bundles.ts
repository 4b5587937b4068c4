// The full bundle of each language (every flow, the catalogue, every word): loaded once the person has moved on
// from the first question, or at once for a visit that opens elsewhere.
// Screens that need it show what they can until it arrives (see WithBundle).
import type { Language } from '../../flow/languages.ts';
import type { FlowBundle } from '../../flow/schema.ts';

export type BundleState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; bundle: FlowBundle };

export interface BundleSource {
  /** Where the download of a language stands; starts it if it has not started. */
  state(language: Language): BundleState;
  /** Called whenever a download settles. */
  subscribe: (onChange: () => void) => () => void;
  /** Forgets a failed download and starts it again. */
  retry(language: Language): void;
  /** The bundle itself, from the same download (the root actor takes its facts from it). */
  load(language: Language): Promise<FlowBundle>;
}

const LOADING: BundleState = { kind: 'loading' };
const FAILED: BundleState = { kind: 'failed' };

/** `load` may return the bundle itself (tests, or a bundle already at hand). */
export function bundleSource(load: (language: Language) => Promise<FlowBundle> | FlowBundle): BundleSource {
  const states = new Map<Language, BundleState>();
  const listeners = new Set<() => void>();
  const downloads = new Map<Language, Promise<FlowBundle>>();
  const settle = (language: Language, state: BundleState) => {
    states.set(language, state);
    for (const listener of listeners) listener();
  };
  const start = (language: Language): BundleState => {
    const loaded = load(language);
    if (!(loaded instanceof Promise)) {
      const ready: BundleState = { kind: 'ready', bundle: loaded };
      states.set(language, ready);
      downloads.set(language, Promise.resolve(loaded));
      return ready;
    }
    states.set(language, LOADING);
    downloads.set(language, loaded);
    loaded.then(
      (bundle) => {
        settle(language, { kind: 'ready', bundle });
      },
      () => {
        settle(language, FAILED);
      },
    );
    return LOADING;
  };
  return {
    state: (language) => states.get(language) ?? start(language),
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
    retry(language) {
      if (states.get(language)?.kind !== 'failed') return;
      start(language);
      for (const listener of listeners) listener();
    },
    load(language) {
      if (states.get(language)?.kind === 'failed') start(language);
      else if (!states.has(language)) start(language);
      return downloads.get(language) ?? Promise.reject(new Error(`no download for ${language}`));
    },
  };
}
