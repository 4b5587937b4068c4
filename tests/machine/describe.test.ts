// Their own words, confirmed: one event puts in what the confirmed situations imply; the route passes by the
// single-choice questions it answered and still asks the "many" ones it began; the answers page shows them to
// change, and nothing unconfirmed is ever recorded.
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
  it('passes by a single-choice question it answers; a "many" question it began is still asked, its options ticked', () => {
    const actor = start(
      answer('noneOfThese'),
      confirm({ lender: ['webank'] }, { contactKind: ['call'], conduct: ['manyCalls'], loanStatus: ['overdue'] }),
    );
    let snapshot = actor.getSnapshot();
    // The lender question, begun by the description: shown with WeBank ticked, to add any other lender.
    expect(snapshot.value).toBe('lender');
    expect(snapshot.context.answers).toMatchObject({
      lender: ['webank'],
      contactKind: ['call'],
      conduct: ['manyCalls'],
    });
    actor.send(answer('webank'));
    expect(actor.getSnapshot().value).toBe('contactKind');
    actor.send(answer('call', 'sms'));
    // The loan's stage was given by the description: passed by going forward.
    expect(actor.getSnapshot().value).toBe('collectorVerified');
    actor.send(answer('notChecked'));
    actor.send(answer('noneOfThese'));
    snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('conduct');
    expect(snapshot.context.answers.conduct).toEqual(['manyCalls']);
    actor.send(answer('manyCalls', 'lateCalls'));
    snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('paymentSituation');
    expect(snapshot.context.answers.conduct).toEqual(['manyCalls', 'lateCalls']);
    // The answers page lists the stage the description gave, with the words of the option, to change there.
    const loanStatus = reviewRows(flow, snapshot.context.answers).find((r) => r.questionId === 'loanStatus');
    const question = flow.nodes.find((n) => n.id === 'loanStatus');
    expect(loanStatus?.answers).toEqual(
      question?.kind === 'question' ? [question.options.find((o) => o.id === 'overdue')?.label] : [],
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
      confirm({ loanStatus: ['overdue'] }, { loanStatus: ['notTheBorrower'] }),
    );
    expect(actor.getSnapshot().context.answers.loanStatus).toBeUndefined();
    expect(actor.getSnapshot().value).toBe('lender');
    actor.send(answer('webank'));
    actor.send(answer('call'));
    expect(actor.getSnapshot().value).toBe('loanStatus');
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
    const actor = start(answer('noneOfThese'), confirm({ lender: ['webank'] }, { loanStatus: ['overdue'] }));
    actor.send(answer('webank'));
    actor.send(answer('call'));
    expect(actor.getSnapshot().value).toBe('collectorVerified');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('loanStatus');
    expect(actor.getSnapshot().context.answers.loanStatus).toEqual(['overdue']);
    actor.send(answer('notSure'));
    expect(actor.getSnapshot().value).toBe('collectorVerified');
    expect(actor.getSnapshot().context.implied).not.toContain('loanStatus');
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
    expect(triage.value).toBe('lender');
    expect(triage.context.answers).toMatchObject({ lender: ['webank'], contactKind: ['sms'] });
  });
});
