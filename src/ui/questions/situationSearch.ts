// Loads the situation lexicon and the matcher together, once, as a lazy chunk: never part of the first download.
import type { SituationCatalogue } from '../../flow/situationCatalogue.ts';
import type { SituationMatch } from '../../flow/situationMatch.ts';

export interface SituationSearch {
  catalogue: SituationCatalogue;
  match: (text: string) => SituationMatch[];
}

let loading: Promise<SituationSearch> | undefined;

export function loadSituationSearch(): Promise<SituationSearch> {
  loading ??= Promise.all([import('virtual:situation-lexicon'), import('../../flow/situationMatch.ts')]).then(
    ([{ default: catalogue }, matcher]) => {
      const segment = matcher.defaultSegmenter() ?? null;
      // The segmenter's dictionary loads on its first use: here, not on the first letter typed.
      segment?.(catalogue.situations[0]?.label['zh-CN'] ?? '');
      return { catalogue, match: (text) => matcher.matchSituations(text, catalogue.lexicon, segment) };
    },
  );
  loading.catch(() => {
    // A failed load may be tried again on the next "别的情况".
    loading = undefined;
  });
  return loading;
}
