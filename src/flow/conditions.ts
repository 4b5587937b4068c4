// Evaluates and explains conditions from the closed vocabulary against a user's answers.
import type { Answers, Condition } from './schema.ts';

/** One answer that made a condition hold: "you answered <optionId> to <questionId>". */
export interface AnswerRef {
  questionId: string;
  optionId: string;
}

export function holds(condition: Condition, answers: Answers): boolean {
  if ('always' in condition) return true;
  if ('not' in condition) return !holds(condition.not, answers);
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  const chosen = answers[condition.question] ?? [];
  return condition.anyOf.some((optionId) => chosen.includes(optionId));
}

/**
 * The answers that make a holding condition true, so the result page can say why an action applies to this user.
 * Negated parts explain nothing positive and are skipped; `always` has no reason beyond itself.
 */
export function reasonsFor(condition: Condition, answers: Answers): AnswerRef[] {
  if (!holds(condition, answers)) return [];
  if ('always' in condition || 'not' in condition) return [];
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    return dedupe(parts.flatMap((c) => reasonsFor(c, answers)));
  }
  const chosen = answers[condition.question] ?? [];
  return condition.anyOf
    .filter((optionId) => chosen.includes(optionId))
    .map((optionId) => ({ questionId: condition.question, optionId }));
}

/** Every question a condition reads, for the lint. */
export function questionsRead(condition: Condition): { questionId: string; optionIds: string[] }[] {
  if ('always' in condition) return [];
  if ('not' in condition) return questionsRead(condition.not);
  if ('all' in condition) return condition.all.flatMap(questionsRead);
  if ('any' in condition) return condition.any.flatMap(questionsRead);
  return [{ questionId: condition.question, optionIds: condition.anyOf }];
}

function dedupe(refs: AnswerRef[]): AnswerRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.questionId}\u0000${r.optionId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
