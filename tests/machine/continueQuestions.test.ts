// The list shown at once to someone in danger: no lender question before it, and one event goes on to the questions
// it skipped once the person is safe, keeping what they said.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { selectActions } from '../../src/flow/actionList.ts';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import type { TriageEvent } from '../../src/machine/events.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';

const answer = (...optionIds: string[]): TriageEvent => ({ type: 'answer', optionIds });
const goOn: TriageEvent = { type: 'questions.continue' };
const bundle = realBundle();

describe.each([
  ['collection-triage', [answer('atDoorNow')], 'lender'],
  ['court-papers', [answer('someoneAtDoor')], 'documentKind'],
] as const)('%s: the list at once, then the questions', (flowId, toSafety, nextQuestion) => {
  const flow = realFlow(flowId);
  const start = () => {
    const actor = createActor(buildTriageMachine(flow)).start();
    for (const event of toSafety) actor.send(event);
    expect(actor.getSnapshot().value).toBe('safetyFirst');
    actor.send(answer('showActionsNow'));
    return actor;
  };

  it('shows the list straight after the safety screen, with no other question first', () => {
    const snapshot = start().getSnapshot();
    expect(snapshot.hasTag('outcome')).toBe(true);
    expect(Object.keys(snapshot.context.answers).sort()).toEqual([flow.start, 'safetyFirst'].sort());
    // The list leads with 110 for someone in danger.
    const view = selectActions(flow, bundle.catalogue, snapshot.context.answers);
    expect(view?.firstSteps[0]).toMatch(/^call110Now/);
  });

  it(`goes on to "${nextQuestion}" once safe, keeping the answers given`, () => {
    const actor = start();
    const before = actor.getSnapshot().context.answers;
    expect(actor.getSnapshot().can(goOn)).toBe(true);
    actor.send(goOn);
    const after = actor.getSnapshot();
    expect(after.value).toBe(nextQuestion);
    expect(after.context.answers).toEqual({ ...before, safetyFirst: ['continueQuestions'] });
    // Back from there is the safety screen, where the choice can be changed again.
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('safetyFirst');
  });

  it('is not offered on a result reached through every question', () => {
    const actor = start();
    actor.send(goOn);
    // The last option of each question on the route, as someone answering quickly might.
    for (let step = 0; step < 40 && !actor.getSnapshot().hasTag('outcome'); step++) {
      const question = flow.nodes.find((n) => n.id === actor.getSnapshot().value);
      if (question?.kind !== 'question') break;
      const option = question.options.find((o) => actor.getSnapshot().can(answer(o.id)));
      if (!option) break;
      actor.send(answer(option.id));
    }
    expect(actor.getSnapshot().hasTag('outcome')).toBe(true);
    expect(actor.getSnapshot().can(goOn)).toBe(false);
  });
});
