// The three steps that lead each persona's result: the most urgent kind of step first (safety, then checking and the
// official channel, then evidence), each one once, and for the ordinary reminder paying officially before the rest.
import { describe, expect, it } from 'vitest';
import { firstStepsOf, orderedActions, selectActions } from '../../src/flow/actionList.ts';
import type { ActionItem } from '../../src/flow/actionList.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import { COURT_PERSONAS, PERSONAS } from '../scenarios/personas.ts';
import type { Persona } from '../scenarios/personas.ts';

const { catalogue } = realBundle();
const kindOf = (item: ActionItem) => catalogue.actions[item.id]?.group ?? item.group;
const isSafety = (item: ActionItem) => kindOf(item) === 'immediate';
const isCheck = (item: ActionItem) => kindOf(item) === 'verify';

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

  it('puts every safety step first, then the checks, before anything else', () => {
    const safety = all.filter(isSafety);
    const checks = all.filter(isCheck);
    const leadKinds = first.map((a) => (isSafety(a) ? 0 : isCheck(a) ? 1 : 2));
    expect(leadKinds).toEqual([...leadKinds].sort());
    if (safety.length) expect(isSafety(first[0] as ActionItem)).toBe(true);
    // Room left after the safety steps goes to a check when there is one.
    if (checks.length && new Set(safety.map((a) => a.id)).size < 3) expect(first.some(isCheck)).toBe(true);
  });

  it('names the official channel among the first steps whenever paying is on the list and room is left', () => {
    const pay = all.find((a) => a.traits.includes('repay'));
    const urgent = new Set(all.filter((a) => isSafety(a) || isCheck(a)).map((a) => a.id));
    if (pay && urgent.size < 3) expect(first.map((a) => a.id)).toContain(pay.id);
  });

  it('keeps evidence ahead of rights and general advice', () => {
    const urgent = new Set(all.filter((a) => isSafety(a) || isCheck(a) || a.traits.includes('repay')).map((a) => a.id));
    if (urgent.size < 3 && all.some((a) => a.id === 'keepRecords' || a.id === 'keepCourtPapers'))
      expect(first.some((a) => kindOf(a) === 'evidence')).toBe(true);
    for (const a of first) expect(['rights', 'goodToKnow']).not.toContain(kindOf(a));
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

  it('someone at the door: 110, then asking the visitor who they are, then the official check', () => {
    expect(find('a WeBank collector is at the door right now')).toEqual([
      'call110Now',
      'askVisitorForPapers',
      'verifyWithLender',
    ]);
  });

  it('family and colleagues called: the official channel, records, and warning the contacts', () => {
    expect(find('family and a colleague were called')).toEqual([
      'repayOfficialChannelOnly',
      'keepRecords',
      'warnContacts',
    ]);
  });

  it('money already sent: 110 first, nothing more to send, then the official check', () => {
    expect(find('already sent money')).toEqual(['reportPaidScam', 'doNotTransfer', 'verifyWithLender']);
  });

  it('two lenders: each step once, not the same step twice for two lenders', () => {
    expect(find('owes WeBank and another platform')).toEqual([
      'verifyWithLender',
      'repayOfficialChannelOnly',
      'keepRecords',
    ]);
  });
});
