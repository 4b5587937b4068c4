// Read-only views of a triage snapshot for the UI: which screen, which question, progress, answers to review.
import { progressAt, questionById, questionsLeft, routeFor } from '../flow/graph.ts';
import type { Progress } from '../flow/graph.ts';
import type { Answers, Flow, QuestionNode } from '../flow/schema.ts';
import { REVIEW_STATE } from './events.ts';

export type Screen =
  | { kind: 'question'; question: QuestionNode; saved: readonly string[]; progress: Progress }
  | { kind: 'review'; rows: ReviewRow[] }
  | { kind: 'outcome'; outcomeId: string };

export interface ReviewRow {
  questionId: string;
  label: string;
  answers: string[];
}

/** What to show for a machine state value and its answers. */
export function screenFor(flow: Flow, stateValue: string, answers: Answers): Screen {
  if (stateValue === REVIEW_STATE) return { kind: 'review', rows: reviewRows(flow, answers) };
  const question = questionById(flow, stateValue);
  if (!question) return { kind: 'outcome', outcomeId: stateValue };
  return {
    kind: 'question',
    question,
    saved: answers[question.id] ?? [],
    progress: progressAt(flow, answers, question.id, questionsLeft(flow)),
  };
}

/** The answers on the user's route, in the order they were asked, with the words the user saw. */
export function reviewRows(flow: Flow, answers: Answers): ReviewRow[] {
  return routeFor(flow, answers).nodeIds.flatMap((id) => {
    const question = questionById(flow, id);
    const chosen = answers[id];
    if (!question || !chosen) return [];
    const labels = question.options.filter((o) => chosen.includes(o.id)).map((o) => o.label);
    return [{ questionId: id, label: question.reviewLabel, answers: labels }];
  });
}

/**
 * Whether the box for their own words stands before this question: right after the flow's first question, once,
 * never in place of a screen with safety guidance (the 110 card) and never while changing an answer.
 */
export function offersDescription(
  flow: Flow,
  stateValue: string,
  context: { answers: Answers; described: boolean; editing: boolean },
): boolean {
  if (context.described || context.editing) return false;
  const question = questionById(flow, stateValue);
  if (!question || question.id === flow.start || question.guidance?.length) return false;
  return routeFor(flow, context.answers).nodeIds.indexOf(question.id) === 1;
}
