// The three steps that lead each persona's result: what their own answers call for, ranked in the flow (safety first),
// each one once; general steps (records, checking officially, paying officially) only where nothing specific applies.
import { describe, expect, it } from 'vitest';
import { firstStepsOf, isGeneral, orderedActions, selectActions } from '../../src/flow/actionList.ts';
import type { ActionItem } from '../../src/flow/actionList.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import { COURT_PERSONAS, PERSONAS } from '../scenarios/personas.ts';
import type { Persona } from '../scenarios/personas.ts';

const { catalogue } = realBundle();
const kindOf = (item: ActionItem) => catalogue.actions[item.id]?.group ?? item.group;
const isSafety = (item: ActionItem) => kindOf(item) === 'immediate';

function firstStepsFor(flowId: string, persona: Persona) {
  const view = selectActions(realFlow(flowId), catalogue, Object.fromEntries(persona.answers));
  if (!view) throw new Error(`no result for ${persona.it}`);
  return { view, all: orderedActions(view), first: firstStepsOf(view) };
}

const table = [
  ...PERSONAS.map((p) => ['collection-triage', p] as const),
  ...COURT_PERSONAS.map((p) => ['court-papers', p] as const),
];

describe.each(table.map(([flowId, p]) => [p.it, flowId, p] as const))('%s', (_it, flowId, persona) => {
  const { all, first } = firstStepsFor(flowId, persona);

  it('leads with three different steps, the same ones the page shows first', () => {
    const distinct = new Set(all.map((a) => a.id));
    expect(first).toHaveLength(Math.min(3, distinct.size));
    expect(new Set(first.map((a) => a.id)).size).toBe(first.length);
    expect(all.slice(0, first.length)).toEqual(first);
  });

  it('puts every safety step first', () => {
    if (all.some(isSafety) && persona.answers.some(([q]) => q === 'safetyNow'))
      expect(all.filter(isSafety).map((a) => a.id)).toContain(first[0]?.id);
  });

  it('leads with what the answers call for: a general step only when fewer than three specific ones apply', () => {
    const specific = new Set(all.filter((a) => !isGeneral(a)).map((a) => a.id));
    expect(first.filter((a) => !isGeneral(a))).toHaveLength(Math.min(3, specific.size));
  });

  it('never tells someone who cannot pay how to repay among the first steps', () => {
    const answers = Object.fromEntries(persona.answers);
    if (answers.paymentSituation?.includes('cannotPayNow') || answers.debtView?.includes('agreeCannotPay'))
      expect(first.map((a) => a.id)).not.toContain('repayOfficialChannelOnly');
  });
});

describe('first steps of the situations that prompted the rule', () => {
  const find = (fragment: string) => {
    const p = PERSONAS.find((x) => x.it.includes(fragment));
    if (!p) throw new Error(fragment);
    return firstStepsFor('collection-triage', p).first.map((a) => a.id);
  };

  it('an ordinary verified reminder: pay only in the official entry first, not the credit-repair warning', () => {
    expect(find('a polite overdue reminder by SMS')).toEqual([
      'repayOfficialChannelOnly',
      'keepRecords',
      'avoidCreditRepairScams',
    ]);
  });

  it('someone at the door: 110, then their rights at the door, then asking the visitor who they are', () => {
    expect(find('a WeBank collector is at the door right now')).toEqual([
      'call110Now',
      'homeVisitRights',
      'askVisitorForPapers',
    ]);
  });

  it('family and colleagues called at night, cannot pay: warning the contacts and the complaints, not repaying', () => {
    expect(find('family and a colleague were called')).toEqual(['warnContacts', 'complainToLender', 'reportSpam12321']);
  });

  it('money already sent: 110 first, nothing more to send', () => {
    expect(find('already sent money').slice(0, 2)).toEqual(['reportPaidScam', 'doNotTransfer']);
  });

  it('two lenders calling at night: the complaint and 12321 before anything general, each once', () => {
    expect(find('owes WeBank and another platform')).toEqual([
      'complainToLender',
      'reportSpam12321',
      'negotiateWithLender',
    ]);
  });

  it('lost her job and cannot pay: negotiating and proof of hardship first, not how to repay', () => {
    expect(find('cannot pay after losing her job')).toEqual([
      'negotiateWithLender',
      'hardshipProof',
      'dontBorrowToRepay',
    ]);
  });
});
