// The answers a person's confirmed description gives: what each confirmed situation implies, merged into a flow's
// answers without overriding what they chose and without guessing where two situations disagree.
import type { Answers, Flow } from './schema.ts';
import { isValidAnswer, questionById } from './graph.ts';

/** "别的情况" is never implied: it asks for words, and the words are what was just confirmed. */
const OTHER_SITUATION = 'otherSituation';

/**
 * Merges the implied answers (one record per confirmed situation) into `answers`. A "many" question gets the
 * implied options added to those already chosen ("都没有" gives way to a real one); a "one" question is answered
 * only when it has no answer yet and every confirmed situation that speaks of it names the same option: otherwise
 * it is asked. Unknown questions and options are dropped. Returns the new answers, the "one" questions the
 * description answered (`given`), and the "many" questions it began (`prefilled`): a description names some of what
 * happened, rarely all of it, so these are still asked, with what it named already ticked.
 */
export function mergeImplied(
  flow: Flow,
  answers: Answers,
  implied: readonly Readonly<Record<string, readonly string[]>>[],
): { answers: Record<string, readonly string[]>; given: string[]; prefilled: string[] } {
  const wanted = new Map<string, string[]>();
  for (const situation of implied)
    for (const [questionId, optionIds] of Object.entries(situation)) {
      const question = questionById(flow, questionId);
      if (!question) continue;
      const known = optionIds.filter((id) => id !== OTHER_SITUATION && question.options.some((o) => o.id === id));
      if (known.length === 0) continue;
      const before = wanted.get(questionId) ?? [];
      wanted.set(questionId, [...before, ...known.filter((id) => !before.includes(id))]);
    }
  const merged: Record<string, readonly string[]> = { ...answers };
  const given: string[] = [];
  const prefilled: string[] = [];
  for (const [questionId, optionIds] of wanted) {
    const question = questionById(flow, questionId);
    if (!question) continue;
    const chosen = answers[questionId] ?? [];
    let next: string[];
    if (question.select === 'many') {
      const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
      const union = [...chosen, ...optionIds.filter((id) => !chosen.includes(id))];
      const real = union.filter((id) => !exclusive.has(id));
      next = real.length > 0 ? real : union.slice(0, 1);
    } else {
      if (chosen.length > 0 || optionIds.length !== 1) continue;
      next = optionIds;
    }
    if (!isValidAnswer(question, next)) continue;
    if (next.length === chosen.length && next.every((id) => chosen.includes(id))) continue;
    merged[questionId] = next;
    if (question.select === 'one') given.push(questionId);
    else if (chosen.length === 0) prefilled.push(questionId);
  }
  return { answers: merged, given, prefilled };
}
