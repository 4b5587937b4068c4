// Answer generators built from flow data: every single-option event a screen can send, and random answer sets.
import fc from 'fast-check';
import type { Answers, Flow, QuestionNode } from '../../src/flow/schema.ts';

export { answerChoices } from '../../src/check/outcomes.ts';

/** A valid answer to one question: one option, or a non-empty set that respects the exclusive option. */
export function answerArbitrary(question: QuestionNode): fc.Arbitrary<string[]> {
  const ids = question.options.map((o) => o.id);
  if (question.select === 'one') return fc.constantFrom(...ids).map((id) => [id]);
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
  const others = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  const subsets = fc.subarray(others, { minLength: 1 });
  return exclusive.length === 0
    ? subsets
    : fc.oneof(
        subsets,
        fc.constantFrom(...exclusive).map((id) => [id]),
      );
}

/** An answer to every question in the flow; only those on the route the answers take will count. */
export function answersArbitrary(flow: Flow): fc.Arbitrary<Answers> {
  const questions = flow.nodes.filter((n): n is QuestionNode => n.kind === 'question');
  return fc.record(Object.fromEntries(questions.map((q) => [q.id, answerArbitrary(q)])));
}
