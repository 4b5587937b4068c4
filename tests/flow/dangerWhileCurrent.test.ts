// The danger verdict holds while the danger is current: someone at the door or holding the person is over once they
// say they are safe; a threat of harm is not (decision 32), and it keeps its line whether or not the person goes on.
import { describe, expect, it } from 'vitest';
import { orderedActions, selectActions } from '../../src/flow/actionList.ts';
import type { Answers } from '../../src/flow/schema.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';

const { catalogue } = realBundle();
const flow = realFlow('collection-triage');
/** The danger verdict's line for a threat of harm, as the verdicts file words it. */
const THREAT_LINE = catalogue.verdicts.danger?.named?.find((line) => line.id === 'violence')?.title ?? '';

/** The verdict lines (verdict id and the line's key) of a result reached with these answers. */
function lines(answers: Answers): string[] {
  const view = selectActions(flow, catalogue, answers);
  if (!view) throw new Error('no result');
  return view.verdicts.map((v) => v.key);
}

const borrower: Answers = {
  lender: ['webank'],
  contactKind: ['call'],
  loanStatus: ['overdue'],
  collectorVerified: ['notChecked'],
  redFlags: ['noneOfThese'],
  conduct: ['noneOfThese'],
  paymentSituation: ['cannotPayNow'],
  amountDisputed: ['amountCorrect'],
};
const notBorrower: Answers = {
  lender: ['webank'],
  contactKind: ['call'],
  loanStatus: ['notTheBorrower'],
  thirdPartyConduct: ['noneOfThese'],
};

describe.each([
  ['a borrower', borrower],
  ['someone who is not the borrower', notBorrower],
] as const)('%s', (_who, rest) => {
  const at = (safety: string[], next: string): Answers => ({ safetyNow: safety, safetyFirst: [next], ...rest });

  it('someone at the door, or holding them: danger only until they say they are safe', () => {
    for (const option of ['atDoorNow', 'heldAgainstWill']) {
      expect(lines(at([option], 'showActionsNow')).some((k) => k.startsWith('danger'))).toBe(true);
      expect(lines(at([option], 'continueQuestions')).some((k) => k.startsWith('danger'))).toBe(false);
    }
    // Held against their will is still named once they are safe: it may have been against the law.
    expect(lines(at(['heldAgainstWill'], 'continueQuestions')).some((k) => k.startsWith('likelyUnlawful'))).toBe(true);
  });

  it('a threat of harm keeps the danger verdict, its own line first, after "我已经安全了" too', () => {
    for (const next of ['showActionsNow', 'continueQuestions']) {
      const keys = lines(at(['violenceThreatened'], next));
      expect(keys[0]).toMatch(/^danger/);
      const view = selectActions(flow, catalogue, at(['violenceThreatened'], next));
      expect(THREAT_LINE).not.toBe('');
      expect(view?.verdicts[0]?.title).toBe(THREAT_LINE);
      // And 110 is the first thing to do.
      expect(view ? orderedActions(view)[0]?.id : undefined).toBe('call110Now');
    }
    // With the door as well, once safe only the threat's line stays.
    const titles = selectActions(flow, catalogue, at(['atDoorNow', 'violenceThreatened'], 'continueQuestions'))
      ?.verdicts.filter((v) => v.id === 'danger')
      .map((v) => v.title);
    expect(titles).toEqual([THREAT_LINE]);
  });
});
