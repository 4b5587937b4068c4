// The 简体 bundle for texts that are sent in 简体 whatever the page's language (complaint drafts go to mainland
// hotlines and platforms): already there for a 简体 reader, fetched the first time another reader needs it.
import { useSyncExternalStore } from 'react';
import { SOURCE_LANGUAGE } from '../../flow/languages.ts';
import type { BundleSource, BundleState } from './bundles.ts';

export function useSourceBundle(source: BundleSource): BundleState {
  const state = () => source.state(SOURCE_LANGUAGE);
  return useSyncExternalStore(source.subscribe, state, state);
}
