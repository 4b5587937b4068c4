// Someone who signed as guarantor is not told it is not their debt: collecting from a guarantor is allowed within the
// law and the agreement (GB/T 45251), so they are sent to find out what they signed and to the lender's own channel,
// while what no collector may do to anyone stays a likely breach.
import { describe, expect, it } from 'vitest';
import { situationCatalogue } from '../../scripts/situation-lexicon.ts';
import { orderedActions, selectActions } from '../../src/flow/actionList.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { defaultSegmenter, matchSituations } from '../../src/flow/situationMatch.ts';
import { understoodIn } from '../../src/flow/understood.ts';
import { PROJECT_ROOT, realBundle, realFlow } from '../support/fixtures.ts';

const { catalogue } = realBundle();
const flow = realFlow('collection-triage');

function result(loanStatus: string, thirdPartyConduct: string[]) {
  const answers: Answers = {
    safetyNow: ['noneOfThese'],
    lender: ['otherOrUnsure'],
    contactKind: ['call'],
    loanStatus: [loanStatus],
    thirdPartyConduct,
  };
  const view = selectActions(flow, catalogue, answers);
  if (!view) throw new Error('no result');
  return {
    verdicts: view.verdicts.map((v) => v.key),
    titles: view.verdicts.map((v) => v.title),
    actions: orderedActions(view).map((a) => a.id),
  };
}

/** Steps written for someone who owes nothing: "not your debt", "tell them you are not the borrower". */
const NOT_THEIRS = ['notYourDebt', 'askThemToStop', 'passOnToBorrower'];

describe('a guarantor asked to pay', () => {
  it('reads that they signed as guarantor, not that the debt is not theirs, and is sent to check what they signed', () => {
    const { verdicts, titles, actions } = result('guarantor', ['askedToPay']);
    expect(verdicts).toEqual(['guarantorAsked']);
    expect(titles[0]).toContain('担保');
    expect(actions[0]).toBe('guarantorCheckFirst');
    expect(actions).toContain('freeLegalAdvice');
    expect(actions).toContain('doNotTransfer');
    for (const id of NOT_THEIRS) expect(actions, id).not.toContain(id);
    // Being asked to pay what they guaranteed is nothing to complain about on its own.
    expect(actions).not.toContain('complainToLender');
  });

  it('being asked to pay is no breach for a guarantor, as it is for someone who owes nothing', () => {
    expect(result('guarantor', ['askedToPay']).verdicts).not.toContain('likelyUnlawful');
    expect(result('notTheBorrower', ['askedToPay']).verdicts).toContain('likelyUnlawful:pressedToPayOthersDebt');
  });

  it('threats stay a likely breach, and calling 110 comes before anything else', () => {
    const { verdicts, actions } = result('guarantor', ['askedToPay', 'threats']);
    expect(verdicts).toContain('likelyUnlawful:threatsToNonBorrower');
    expect(actions.slice(0, 2)).toEqual(['call110Now', 'guarantorCheckFirst']);
    expect(actions).toContain('complainToLender');
    expect(actions).toContain('reportToPolice');
  });

  it('someone who owes nothing is still told so', () => {
    const { verdicts, actions } = result('notTheBorrower', ['askedToPay']);
    expect(verdicts[0]).toBe('notTheBorrower');
    for (const id of NOT_THEIRS) expect(actions, id).toContain(id);
    expect(actions).not.toContain('guarantorCheckFirst');
  });

  it('their own words can say it: a guarantor is listed to confirm', () => {
    const words = situationCatalogue(PROJECT_ROOT);
    const listed = understoodIn(
      flow,
      words.situations,
      matchSituations('表弟借网贷的时候我签字当了保证人，现在催收天天找我', words.lexicon, defaultSegmenter() ?? null),
    );
    expect(listed.map((item) => item.answers.loanStatus)).toContainEqual(['guarantor']);
  });
});
