// The calm "ordinary reminder" verdict only for answers that say so: never for "别的情况", "not the borrower" or
// anything the options could not name, over every answer combination the engine enumerates and random answer sets.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { rulesThatApply, selectActions } from '../../src/flow/actionList.ts';
import { nodeById, pruneAnswers } from '../../src/flow/graph.ts';
import { walkEveryAnswerSet } from '../../src/check/outcomes.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { answersArbitrary } from '../support/answers.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';

vi.setConfig({ testTimeout: 180_000 });

const { catalogue } = realBundle();
const flow = realFlow('collection-triage');
const CALM = 'lawfulReminder';
/** Ways of being contacted that are an ordinary reminder when nothing else happened. */
const ORDINARY_CONTACT = new Set(['sms', 'call', 'chatMessage', 'email', 'letter']);

const only = (answers: Answers, questionId: string, optionId: string) =>
  answers[questionId]?.length === 1 && answers[questionId][0] === optionId;

/** The answers positively describe an ordinary reminder: safe, a real loan, plain contact, nothing wrong done. */
function describesOrdinaryReminder(answers: Answers): boolean {
  return (
    only(answers, 'safetyNow', 'noneOfThese') &&
    ['overdue', 'notOverdue'].includes(answers.loanStatus?.[0] ?? '') &&
    (answers.contactKind ?? []).length > 0 &&
    (answers.contactKind ?? []).every((id) => ORDINARY_CONTACT.has(id)) &&
    !(answers.collectorVerified ?? []).includes('didNotMatch') &&
    only(answers, 'redFlags', 'noneOfThese') &&
    only(answers, 'conduct', 'noneOfThese')
  );
}

const saidSomethingElse = (answers: Answers) =>
  ['contactKind', 'redFlags', 'conduct'].some((q) => answers[q]?.includes('otherSituation'));

describe('the calm ordinary-reminder verdict', () => {
  it('appears over every answer combination only where the answers describe an ordinary reminder', () => {
    const failures: string[] = [];
    const held = { calm: 0, other: 0, notBorrower: 0 };
    walkEveryAnswerSet(flow, (nodeId, answers) => {
      const outcome = nodeById(flow, nodeId);
      if (outcome?.kind !== 'outcome') return;
      const verdicts = rulesThatApply(outcome, catalogue, answers).verdicts.map((v) => v.id);
      if (verdicts.includes(CALM)) {
        held.calm += 1;
        if (!describesOrdinaryReminder(answers) && failures.length < 5) failures.push(JSON.stringify(answers));
      }
      // Someone who is not the borrower gets their own result, with its own verdict, "别的情况" or not.
      if (saidSomethingElse(answers) && nodeId === 'result') {
        held.other += 1;
        if (!verdicts.includes('notCoveredYet') && failures.length < 5)
          failures.push(`"别的情况" without its verdict: ${JSON.stringify(answers)}`);
      }
      if (answers.loanStatus?.includes('notTheBorrower')) {
        held.notBorrower += 1;
        if (!verdicts.includes('notTheBorrower') && !verdicts.includes('danger') && failures.length < 5)
          failures.push(`not the borrower, yet: ${verdicts.join(', ')}`);
      }
    });
    expect(failures).toEqual([]);
    for (const [what, count] of Object.entries(held)) expect(count, what).toBeGreaterThan(0);
  });

  it('never appears for random honest answers that do not describe an ordinary reminder', () => {
    let exercised = 0;
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const view = selectActions(flow, catalogue, answers);
        if (!view) return;
        const counted = pruneAnswers(flow, answers);
        if (describesOrdinaryReminder(counted)) return;
        exercised += 1;
        expect(view.verdicts.map((v) => v.id)).not.toContain(CALM);
      }),
      { numRuns: 3000 },
    );
    expect(exercised).toBeGreaterThan(0);
  });
});
