// What a description means in one guide: the matched situations that answer its questions, each with the options it
// would choose. The step for their own words lists these to confirm; the blind-batch measure reads them the same way.
import { questionById } from './graph.ts';
import type { Flow } from './schema.ts';
import type { SituationMeaning } from './situationCatalogue.ts';
import type { SituationMatch } from './situationMatch.ts';

/** "别的情况" is never offered: it asks for words, and the words are what was just read. */
const OTHER_SITUATION = 'otherSituation';

export interface Understood {
  id: string;
  /** Question id → option ids in this flow. */
  answers: Record<string, string[]>;
  /** The options it would choose, in the words of the questions, in the order asked. */
  optionLabels: string[];
}

/**
 * The matches that mean something in this flow, best first: a situation of another guide, or one whose implied
 * answers the flow does not have, is left out, as it could only be confirmed to no effect.
 */
export function understoodIn(
  flow: Flow,
  situations: readonly Pick<SituationMeaning, 'id' | 'implies'>[],
  matches: readonly SituationMatch[],
): Understood[] {
  const meaning = new Map(situations.map((s) => [s.id, s]));
  return matches.flatMap((m) => {
    const situation = meaning.get(m.id);
    if (situation?.implies.flow !== flow.id) return [];
    const answers: Record<string, string[]> = {};
    const optionLabels: string[] = [];
    for (const [questionId, optionIds] of Object.entries(situation.implies.answers)) {
      const question = questionById(flow, questionId);
      const options = question?.options.filter((o) => optionIds.includes(o.id) && o.id !== OTHER_SITUATION) ?? [];
      if (options.length === 0) continue;
      answers[questionId] = options.map((o) => o.id);
      optionLabels.push(...options.map((o) => o.label));
    }
    return optionLabels.length === 0 ? [] : [{ id: situation.id, answers, optionLabels }];
  });
}
