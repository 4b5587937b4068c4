// Safety promises as properties over random answer sets for the collection flow (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderedActions, plainText, selectActions } from '../../src/flow/actionList.ts';
import { pruneAnswers } from '../../src/flow/graph.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { answersArbitrary } from '../support/answers.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';

const { catalogue } = realBundle();
const flow = realFlow('collection-triage');
const RUNS = 3000;

const chose = (answers: Answers, questionId: string, ...optionIds: string[]) =>
  optionIds.some((id) => answers[questionId]?.includes(id) ?? false);

function resultFor(answers: Answers) {
  const view = selectActions(flow, catalogue, answers);
  if (!view) throw new Error('every full answer set reaches a result');
  const counted = pruneAnswers(flow, answers);
  return { view, actions: orderedActions(view), counted };
}

describe('safety invariants of collection-triage', () => {
  it('someone at the door or threatening violence: calling 110 is the very first action', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(answers);
        const danger =
          chose(counted, 'safetyNow', 'atDoorNow', 'violenceThreatened') ||
          chose(counted, 'conduct', 'threats', 'refusedToLeave');
        if (!danger) return;
        expect(actions[0]?.id).toBe('call110Now');
        expect(actions[0]?.phones.map((p) => p.phone.number)).toContain('110');
      }),
      { numRuns: RUNS },
    );
  });

  it('asked to pay into a personal account or pay fees: scam verdict and a "do not transfer" action', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { view, actions, counted } = resultFor(answers);
        if (!chose(counted, 'redFlags', 'personalAccount', 'extraFees')) return;
        expect(view.verdicts.map((v) => v.id)).toContain('likelyScam');
        expect(actions.map((a) => a.id)).toContain('doNotTransfer');
      }),
      { numRuns: RUNS },
    );
  });

  it('never borrowed: never an action that asks to repay', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(answers);
        if (!chose(counted, 'loanStatus', 'neverBorrowed')) return;
        expect(actions.filter((a) => a.traits.includes('repay')).map((a) => a.id)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('court papers mentioned: verify through 12368 and do not ignore a real summons', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(answers);
        if (!chose(counted, 'contactKind', 'courtPapers')) return;
        const verify = actions.find((a) => a.id === 'verifyCourtPapers');
        expect(verify?.phones.map((p) => p.phone.number)).toContain('12368');
        expect(actions.map((a) => a.id)).toContain('doNotIgnoreSummons');
      }),
      { numRuns: RUNS },
    );
  });

  it('every result has a verdict, verdicts most serious first, the calm one only alone, and every action sourced', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { view, actions } = resultFor(answers);
        const ranks = view.verdicts.map((v) => v.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        if (view.verdicts.some((v) => v.id === 'lawfulReminder')) expect(view.verdicts).toHaveLength(1);
        expect(actions.length).toBeGreaterThan(0);
        for (const a of actions) expect(a.citations.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('no result ever shows 95017, and an answer off the route never adds an action', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { view, counted } = resultFor(answers);
        const text =
          JSON.stringify(view) +
          orderedActions(view)
            .map((a) => a.steps.map(plainText).join(''))
            .join('');
        expect(text).not.toContain('95017');
        expect(selectActions(flow, catalogue, counted)).toEqual(view);
      }),
      { numRuns: 1000 },
    );
  });
});
