// What the browser receives, in one lazy chunk, to understand a description: the lexicon and what each match means.
import type { SituationLexicon } from './situationMatch.ts';
import type { Situation, SituationUi } from './situations.ts';
import type { Language } from './vocabulary.ts';

export interface SituationMeaning {
  id: string;
  /** How the app names it back, in every language. */
  label: Record<Language, string>;
  implies: Situation['implies'];
  verdict: string;
  actions: string[];
  factsGap: boolean;
}

export interface SituationCatalogue {
  lexicon: SituationLexicon;
  ui: Record<Language, SituationUi>;
  situations: SituationMeaning[];
}
