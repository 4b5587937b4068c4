// Safety promises as properties over random answer sets (fast-check): the shared ones for every flow in flows/,
// then the promises particular to each flow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsShownFirst, orderedActions, plainText, selectActions } from '../../src/flow/actionList.ts';
import type { ActionItem } from '../../src/flow/actionList.ts';
import { pruneAnswers } from '../../src/flow/graph.ts';
import type { Answers, Flow } from '../../src/flow/schema.ts';
import { answersArbitrary } from '../support/answers.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';

const { catalogue } = realBundle();
const RUNS = 3000;

const chose = (answers: Answers, questionId: string, ...optionIds: string[]) =>
  optionIds.some((id) => answers[questionId]?.includes(id) ?? false);

function resultFor(flow: Flow, answers: Answers) {
  const view = selectActions(flow, catalogue, answers);
  if (!view) throw new Error('every full answer set reaches a result');
  const counted = pruneAnswers(flow, answers);
  return { view, actions: orderedActions(view), counted };
}

const phoneNumbers = (action: ActionItem | undefined) => action?.phones.map((p) => p.phone.number) ?? [];
const stepsOf = (action: ActionItem | undefined) => action?.steps.map(plainText).join('\n') ?? '';

/**
 * What each flow's answers mean for the shared promises. Every flow in flows/ must be listed here, so a new flow
 * cannot skip them: `danger` (someone at the door or threatening: 110 first), `courtPapers` (court papers
 * mentioned: verify through 12368), `notTheirDebt` (never an action asking to repay).
 */
const MEANING: Record<
  string,
  {
    danger: (a: Answers) => boolean;
    courtPapers: (a: Answers) => boolean;
    notTheirDebt: (a: Answers) => boolean;
  }
> = {
  'collection-triage': {
    danger: (a) =>
      chose(a, 'safetyNow', 'atDoorNow', 'violenceThreatened', 'heldAgainstWill') ||
      chose(a, 'conduct', 'threats', 'refusedToLeave'),
    courtPapers: (a) => chose(a, 'contactKind', 'courtPapers'),
    notTheirDebt: (a) => chose(a, 'loanStatus', 'neverBorrowed'),
  },
  'court-papers': {
    danger: (a) => chose(a, 'howReceived', 'someoneAtDoor'),
    courtPapers: () => true,
    notTheirDebt: (a) => chose(a, 'debtView', 'notMine'),
  },
};

const flows = Object.values(realBundle().flows).map((flow) => [flow.id, flow] as const);

it('every flow in flows/ says what its answers mean for the shared safety promises', () => {
  expect(Object.keys(MEANING).sort()).toEqual(flows.map(([id]) => id).sort());
});

describe.each(flows)('safety invariants of %s', (flowId, flow) => {
  const meaning = MEANING[flowId];
  if (!meaning) return;

  it('someone at the door or threatening violence: calling 110 is the very first action', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        if (!meaning.danger(counted)) return;
        expect(actions[0]?.id).toBe('call110Now');
        expect(phoneNumbers(actions[0])).toContain('110');
      }),
      { numRuns: RUNS },
    );
  });

  it('the part of the result shown with the tap holds every "right now" action, 110 first when in danger', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { view, actions, counted } = resultFor(flow, answers);
        const shownFirst = orderedActions({ ...view, groups: view.groups.slice(0, groupsShownFirst(view)) });
        expect(shownFirst.length).toBeGreaterThan(0);
        expect(shownFirst[0]).toBe(actions[0]);
        for (const action of actions.filter((a) => a.group === 'immediate')) expect(shownFirst).toContain(action);
        if (meaning.danger(counted)) expect(shownFirst[0]?.id).toBe('call110Now');
      }),
      { numRuns: RUNS },
    );
  });

  it('court papers mentioned: verify through 12368', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        if (!meaning.courtPapers(counted)) return;
        expect(phoneNumbers(actions.find((a) => a.id === 'verifyCourtPapers'))).toContain('12368');
      }),
      { numRuns: RUNS },
    );
  });

  it('not their debt: never an action that asks to repay', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        if (!meaning.notTheirDebt(counted)) return;
        expect(actions.filter((a) => a.traits.includes('repay')).map((a) => a.id)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('every result has a verdict, most serious first, a calm one only alone, and every action sourced', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { view, actions } = resultFor(flow, answers);
        const ranks = view.verdicts.map((v) => v.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        if (view.verdicts.some((v) => v.tone === 'calm')) expect(view.verdicts).toHaveLength(1);
        expect(actions.length).toBeGreaterThan(0);
        for (const a of actions) expect(a.citations.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('always offers free legal advice through 12348', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions } = resultFor(flow, answers);
        expect(phoneNumbers(actions.find((a) => a.id === 'freeLegalAdvice'))).toContain('12348');
      }),
      { numRuns: 1000 },
    );
  });

  it('no result ever shows 95017, and an answer off the route never adds an action', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { view, counted } = resultFor(flow, answers);
        const text =
          JSON.stringify(view) +
          orderedActions(view)
            .map((a) => a.steps.map(plainText).join(''))
            .join('');
        expect(text).not.toContain('95017');
        expect(text, 'every token is filled').not.toMatch(/\{(tel|lender):/);
        expect(selectActions(flow, catalogue, counted)).toEqual(view);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('safety invariants particular to collection-triage', () => {
  const flow = realFlow('collection-triage');
  const webankHotline = catalogue.phones.webank?.number ?? 'missing';

  it('lender not named as WeBank (or not asked): no WeBank number anywhere, and every lender detail is sourced', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { view, actions, counted } = resultFor(flow, answers);
        if (chose(counted, 'lender', 'webank')) return;
        expect(JSON.stringify(view)).not.toContain(webankHotline);
        expect(JSON.stringify(view)).not.toContain('微众银行客服');
        const verify = actions.find((a) => a.id === 'verifyWithLender');
        if (verify) {
          expect(stepsOf(verify)).toContain('借款合同或官方 App 里写的官方客服电话');
          expect(verify.phones).toEqual([]);
          expect(verify.citations.map((c) => c.sourceId)).toContain('policeScamWarnings');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('lender named as WeBank: verifying and complaining go to its hotline, with the hotline’s source', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        if (!chose(counted, 'lender', 'webank')) return;
        for (const id of ['verifyWithLender', 'complainToLender', 'negotiateWithLender']) {
          const action = actions.find((a) => a.id === id);
          if (!action) continue;
          expect(phoneNumbers(action)).toContain(webankHotline);
          expect(action.citations.map((c) => c.sourceId)).toContain('webankHotlineReport');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('asked to pay into a personal account or pay fees: scam verdict and a "do not transfer" action', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { view, actions, counted } = resultFor(flow, answers);
        if (!chose(counted, 'redFlags', 'personalAccount', 'extraFees')) return;
        expect(view.verdicts.map((v) => v.id)).toContain('likelyScam');
        expect(actions.map((a) => a.id)).toContain('doNotTransfer');
      }),
      { numRuns: RUNS },
    );
  });

  it('court papers mentioned: a real summons is not to be ignored, and the court-papers guide is one tap away', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        if (!chose(counted, 'contactKind', 'courtPapers')) return;
        expect(actions.map((a) => a.id)).toContain('doNotIgnoreSummons');
        expect(actions.find((a) => a.opensFlow === 'court-papers')).toBeDefined();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('safety invariants particular to court-papers', () => {
  const flow = realFlow('court-papers');
  const notFake = (a: Answers) => !chose(a, 'caseVerified', 'caseNotFound');
  /** Actions that carry a court deadline or what follows from missing one. */
  const DEADLINE_CARDS = [
    'doNotIgnoreSummons',
    'objectToPaymentOrder',
    'appealWithin15Days',
    'deadlineMayHavePassed',
    'disputeInCourt',
    'enforcementStageFacts',
  ];

  it('a payment order: an action to object in writing within 15 days', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        if (!chose(counted, 'documentKind', 'paymentOrder')) return;
        const object = actions.find((a) => a.id === 'objectToPaymentOrder');
        expect(stepsOf(object)).toMatch(/15 日内.*书面异议/);
        expect(object?.citations.some((c) => c.article?.includes('第二百二十五条'))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a judgment: usually 15 days to appeal (第一百七十一条), none when it says 终审 (小额诉讼, 第一百六十五条)', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        if (!chose(counted, 'documentKind', 'judgment')) return;
        const appeal = actions.find((a) => a.id === 'appealWithin15Days');
        expect(stepsOf(appeal)).toMatch(/一般是判决书送达之日起 15 日内，以判决书写明的为准/);
        expect(stepsOf(appeal)).toMatch(/写明“一审终审”的（小额诉讼），不能上诉/);
        expect(appeal?.citations.map((c) => c.article)).toEqual(
          expect.arrayContaining(['第一百七十一条', '第一百六十五条']),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('papers received 7 or more days ago, or the date not remembered: the “deadline may have passed” card; under 7 days: not', () => {
    // Small-claims evidence periods are usually at most 7 days and a ruling's appeal period is 10, so 15 is not safe.
    let late = 0;
    let recent = 0;
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        const shown = actions.some((a) => a.id === 'deadlineMayHavePassed');
        if (chose(counted, 'receivedWhen', 'from7To15Days', 'over15Days', 'notSure')) {
          expect(shown).toBe(true);
          late += 1;
        } else if (chose(counted, 'receivedWhen', 'within7Days')) {
          expect(shown).toBe(false);
          recent += 1;
        }
      }),
      { numRuns: RUNS },
    );
    expect(late).toBeGreaterThan(0);
    expect(recent).toBeGreaterThan(0);
  });

  it('a summons or complaint copy that may be real: answer within 15 days and appear, or risk a default judgment', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        if (!chose(counted, 'documentKind', 'summons', 'complaintCopy') || !notFake(counted)) return;
        const summons = actions.find((a) => a.id === 'doNotIgnoreSummons');
        expect(summons?.citations.map((c) => c.article)).toEqual(
          expect.arrayContaining(['第一百二十八条', '第一百四十七条']),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('a judgment or enforcement notice: the result says when 失信 applies and that freezing needs a court order', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        if (!chose(counted, 'documentKind', 'judgment', 'enforcementNotice') || !notFake(counted)) return;
        const ids = actions.map((a) => a.id);
        expect(ids).toContain('enforcementStageFacts');
        expect(ids).toContain('courtFreezeRules');
      }),
      { numRuns: RUNS },
    );
  });

  it('the court has not found the case yet: not called fake, every deadline card kept, nothing to pay first', () => {
    let withDeadlines = 0;
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { view, actions, counted } = resultFor(flow, answers);
        if (notFake(counted)) return;
        expect(view.verdicts[0]?.id === 'danger' || view.verdicts[0]?.id === 'courtCaseNotFound').toBe(true);
        const ids = actions.map((a) => a.id);
        expect(ids).toContain('fakeCourtPapers');
        // The same answers with the case confirmed real: every deadline card shown there is shown here too.
        const real = resultFor(flow, { ...counted, caseVerified: ['confirmedReal'] });
        const deadlineCards = real.actions.map((a) => a.id).filter((id) => DEADLINE_CARDS.includes(id));
        expect(ids).toEqual(expect.arrayContaining(deadlineCards));
        if (real.view.verdicts.some((v) => v.id === 'courtDeadlines'))
          expect(view.verdicts.map((v) => v.id)).toContain('courtDeadlines');
        if (deadlineCards.length > 0) withDeadlines += 1;
        expect(actions.findIndex((a) => a.traits.includes('repay'))).not.toBe(0);
      }),
      { numRuns: RUNS },
    );
    expect(withDeadlines).toBeGreaterThan(0);
  });

  it('every result says to verify through the court itself, never through a number in the message', () => {
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const verify = resultFor(flow, answers).actions.find((a) => a.id === 'verifyCourtPapers');
        expect(stepsOf(verify)).toContain('不要打短信里给的号码');
        expect(stepsOf(verify)).toContain('人民法院在线服务');
      }),
      { numRuns: 1000 },
    );
  });
});
