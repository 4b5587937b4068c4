// The generated machine, without React: forward, back, edit-from-review, pruning and restart on a small flow.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import type { TriageEvent } from '../../src/machine/events.ts';
import { miniFlow } from '../support/fixtures.ts';

const flow = miniFlow();

function start(...events: TriageEvent[]) {
  const actor = createActor(buildTriageMachine(flow)).start();
  for (const event of events) actor.send(event);
  return actor;
}
const answer = (...optionIds: string[]): TriageEvent => ({ type: 'answer', optionIds });
const back: TriageEvent = { type: 'nav.back' };

describe('buildTriageMachine', () => {
  it('starts at the flow start and offers no Back there', () => {
    const snapshot = start().getSnapshot();
    expect(snapshot.value).toBe('contact');
    expect(snapshot.can(back)).toBe(false);
  });

  it('follows the answers straight to the result, the answers page behind it', () => {
    const actor = start(answer('call'), answer('insults', 'lateCalls'));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('result');
    expect(snapshot.hasTag('outcome')).toBe(true);
    expect(snapshot.context.answers).toEqual({ contact: ['call'], conduct: ['insults', 'lateCalls'] });
    actor.send(back);
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'review.confirm' });
    expect(actor.getSnapshot().value).toBe('result');
  });

  it('takes the branch the answer selects', () => {
    expect(start(answer('visit')).getSnapshot().value).toBe('atDoor');
    expect(start(answer('visit'), answer('yes')).getSnapshot().value).toBe('result');
  });

  it('ignores answers the screen cannot produce', () => {
    const actor = start();
    for (const bad of [answer(), answer('nope'), answer('call', 'visit'), answer('call', 'call')]) {
      expect(actor.getSnapshot().can(bad)).toBe(false);
      actor.send(bad);
    }
    actor.send(answer('call'));
    for (const bad of [answer('none', 'insults'), answer('call')]) {
      actor.send(bad);
      expect(actor.getSnapshot().value).toBe('conduct');
    }
  });

  it('goes back along the route the user took, keeping each answer to show again', () => {
    const actor = start(answer('visit'), answer('no'), answer('none'));
    expect(actor.getSnapshot().value).toBe('result');
    const visited: unknown[] = [];
    while (actor.getSnapshot().can(back)) {
      actor.send(back);
      visited.push(actor.getSnapshot().value);
    }
    expect(visited).toEqual(['review', 'conduct', 'atDoor', 'contact']);
    expect(actor.getSnapshot().context.answers).toEqual({ contact: ['visit'], atDoor: ['no'], conduct: ['none'] });
  });

  it('goes back from the result to the answers page, then to the last question', () => {
    const actor = start(answer('call'), answer('none'), back);
    expect(actor.getSnapshot().value).toBe('review');
    actor.send(back);
    expect(actor.getSnapshot().value).toBe('conduct');
  });

  it('returns to the answers page after changing one answer that keeps the route whole', () => {
    const actor = start(answer('call'), answer('insults'), back, { type: 'review.edit', questionId: 'conduct' });
    expect(actor.getSnapshot().value).toBe('conduct');
    actor.send(answer('lateCalls'));
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.answers.conduct).toEqual(['lateCalls']);
  });

  it('asks the new questions a changed answer opens, then returns to the answers page', () => {
    const actor = start(answer('call'), answer('insults'), back, { type: 'review.edit', questionId: 'contact' });
    actor.send(answer('visit'));
    expect(actor.getSnapshot().value).toBe('atDoor');
    actor.send(answer('no'));
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.answers).toEqual({ contact: ['visit'], atDoor: ['no'], conduct: ['insults'] });
  });

  it('drops answers on a branch the user no longer takes', () => {
    const actor = start(answer('call'), answer('insults'), back, { type: 'review.edit', questionId: 'contact' });
    actor.send(answer('visit'));
    actor.send(answer('yes'));
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.answers).toEqual({ contact: ['visit'], atDoor: ['yes'] });
  });

  it('Back while changing an answer returns to the answers page', () => {
    const actor = start(answer('call'), answer('insults'), back, { type: 'review.edit', questionId: 'conduct' }, back);
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.editing).toBe(false);
  });

  it('Back from a question a change opened goes back along the route, then the answers page follows', () => {
    const actor = start(
      answer('call'),
      answer('insults'),
      back,
      { type: 'review.edit', questionId: 'contact' },
      answer('visit'),
    );
    expect(actor.getSnapshot().value).toBe('atDoor');
    actor.send(back);
    expect(actor.getSnapshot().value).toBe('contact');
    actor.send(answer('call'));
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().can({ type: 'review.confirm' })).toBe(true);
  });

  it('will not edit a question that is not on the route', () => {
    const actor = start(answer('call'), answer('none'), back, { type: 'review.edit', questionId: 'atDoor' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('restart forgets every answer', () => {
    const actor = start(answer('call'), answer('none'), { type: 'nav.restart' });
    expect(actor.getSnapshot().value).toBe('contact');
    expect(actor.getSnapshot().context).toEqual({ answers: {}, editing: false, described: false, implied: [] });
  });
});
