// Their own words, confirmed: one event puts in what the confirmed situations imply, the route passes those
// questions by, the answers page shows them to change, and nothing unconfirmed is ever recorded.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import type { TriageEvent } from '../../src/machine/events.ts';
import { reviewRows } from '../../src/machine/selectors.ts';
import { startRoot, triageOf } from '../support/appActor.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';

const flow = realFlow('collection-triage');
const answer = (...optionIds: string[]): TriageEvent => ({ type: 'answer', optionIds });
const confirm = (...implied: Record<string, string[]>[]): TriageEvent => ({ type: 'describe.confirm', implied });

function start(...events: TriageEvent[]) {
  const actor = createActor(buildTriageMachine(flow)).start();
  for (const event of events) actor.send(event);
  return actor;
}

describe('a confirmed description', () => {
  it('answers the questions it implies, and the route passes them by', () => {
    const actor = start(
      answer('noneOfThese'),
      confirm({ lender: ['webank'] }, { contactKind: ['call'], conduct: ['manyCalls'] }),
    );
    let snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('loanStatus');
    expect(snapshot.context.answers).toMatchObject({ lender: ['webank'], contactKind: ['call'] });
    actor.send(answer('overdue'));
    actor.send(answer('notChecked'));
    expect(actor.getSnapshot().value).toBe('redFlags');
    actor.send(answer('noneOfThese'));
    // conduct was given by the description: not asked again
    snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('paymentSituation');
    expect(snapshot.context.answers.conduct).toEqual(['manyCalls']);
    // the answers page lists it, with the words of the option, to change there
    const conduct = reviewRows(flow, snapshot.context.answers).find((r) => r.questionId === 'conduct');
    const manyCalls = flow.nodes.find((n) => n.id === 'conduct');
    expect(conduct?.answers).toEqual(
      manyCalls?.kind === 'question' ? [manyCalls.options.find((o) => o.id === 'manyCalls')?.label] : [],
    );
  });

  it('adds to a "many" answer instead of replacing it, and danger put in takes the route to the 110 screen', () => {
    const actor = start(answer('noneOfThese'), confirm({ safetyNow: ['atDoorNow'], contactKind: ['visitActual'] }));
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.answers.safetyNow).toEqual(['atDoorNow']);
    expect(snapshot.value).toBe('safetyFirst');
  });

  it('asks a single-choice question when two confirmed situations disagree about it', () => {
    const actor = start(
      answer('noneOfThese'),
      confirm({ lender: ['webank'] }, { loanStatus: ['overdue'] }, { loanStatus: ['notTheBorrower'] }),
    );
    expect(actor.getSnapshot().context.answers.loanStatus).toBeUndefined();
    expect(actor.getSnapshot().value).toBe('contactKind');
  });

  it('drops questions and options the flow does not have, and "别的情况"', () => {
    const actor = start(
      answer('noneOfThese'),
      confirm({ documentKind: ['summons'], lender: ['nope'], contactKind: ['otherSituation'] }),
    );
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.answers).toEqual({ safetyNow: ['noneOfThese'] });
    expect(snapshot.value).toBe('lender');
    expect(snapshot.context.described).toBe(true);
  });

  it('passing the box by changes no answer, and the box is offered once', () => {
    const actor = start(answer('noneOfThese'), { type: 'describe.skip' });
    expect(actor.getSnapshot().context).toMatchObject({ answers: { safetyNow: ['noneOfThese'] }, described: true });
    expect(actor.getSnapshot().can(confirm({ lender: ['webank'] }))).toBe(false);
  });

  it('Back reaches a question the description answered, shown with that answer; answering it is theirs', () => {
    const actor = start(answer('noneOfThese'), confirm({ lender: ['webank'], contactKind: ['call'] }));
    expect(actor.getSnapshot().value).toBe('loanStatus');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('contactKind');
    expect(actor.getSnapshot().context.answers.contactKind).toEqual(['call']);
    actor.send(answer('call', 'sms'));
    expect(actor.getSnapshot().value).toBe('loanStatus');
    expect(actor.getSnapshot().context.implied).not.toContain('contactKind');
  });

  it('starting again forgets the description too', () => {
    const actor = start(answer('noneOfThese'), confirm({ lender: ['webank'] }), { type: 'nav.restart' });
    expect(actor.getSnapshot().context).toMatchObject({ answers: {}, described: false, implied: [] });
  });
});

describe('the root actor', () => {
  it('takes the confirmation as one event and hands it to the flow', () => {
    const actor = startRoot(realBundle(), 'collection-triage');
    actor.send({ type: 'answer', optionIds: ['noneOfThese'] });
    actor.send({ type: 'describe.confirm', implied: [{ lender: ['webank'], contactKind: ['sms'] }] });
    const triage = triageOf(actor);
    expect(triage.value).toBe('loanStatus');
    expect(triage.context.answers).toMatchObject({ lender: ['webank'], contactKind: ['sms'] });
  });
});
