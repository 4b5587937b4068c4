// The three steps that lead each persona's result: the most urgent kinds of step first (safety, then checking, the
// official channel, then evidence), each one once, checked for every persona, and the lead of named situations.
import { describe, expect, it } from 'vitest';
import { firstStepsOf, orderedActions, selectActions } from '../../src/flow/actionList.ts';
import type { ActionItem } from '../../src/flow/actionList.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import { COURT_PERSONAS, PERSONAS } from '../scenarios/personas.ts';
import type { Persona } from '../scenarios/personas.ts';

const { catalogue } = realBundle();
const kindOf = (item: ActionItem) => catalogue.actions[item.id]?.group ?? item.group;

function firstStepsFor(flowId: string, persona: Persona) {
  const view = selectActions(realFlow(flowId), catalogue, Object.fromEntries(persona.answers));
  if (!view) throw new Error(`no result for ${persona.it}`);
  return { view, all: orderedActions(view), first: firstStepsOf(view) };
}

/** The urgency the first steps follow: what the person must do now comes before what is good to know. */
const URGENCY = [
  'immediate',
  'verify',
  'officialChannel',
  'evidence',
  'protectInfo',
  'complain',
  'resolveDebt',
  'rights',
  'goodToKnow',
];
const URGENCY_NAMES = [
  'safety',
  'check',
  'official channel',
  'evidence',
  'protect info',
  'complain',
  'resolve debt',
  'rights',
  'good to know',
];
/** Each persona's lead, by kind, filled in by the tests below. */
const led = new Map<string, string[]>();

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

  it('leads with its most urgent distinct steps: safety, checks, the official channel, evidence, then the rest', () => {
    const distinct = all.filter((a, i) => all.findIndex((b) => b.id === a.id) === i);
    const officialChannel = distinct.find((a) => a.traits.includes('repay'));
    const urgency = (a: ActionItem) => (a === officialChannel ? 2 : URGENCY.indexOf(kindOf(a)));
    const expected = distinct
      .map(urgency)
      .sort((x, y) => x - y)
      .slice(0, 3);
    expect(first.map(urgency)).toEqual(expected);
    led.set(
      persona.it,
      first.map((a) => URGENCY_NAMES[urgency(a)] ?? '?'),
    );
  });
});

it('the table exercises every kind of lead: safety, a check, the official channel and evidence each lead someone', () => {
  const leads = new Set([...led.values()].map((kinds) => kinds[0]));
  const kinds = new Set([...led.values()].flat());
  console.log(
    `first steps: ${String(led.size)} of ${String(table.length)} personas checked; leading kinds ${[...leads].join(', ')}; ` +
      `kinds among the first three ${[...kinds].join(', ')}`,
  );
  expect(led.size).toBe(table.length);
  for (const kind of ['safety', 'check', 'official channel']) expect(leads).toContain(kind);
  expect(kinds).toContain('evidence');
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
