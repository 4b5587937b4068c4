// Runs each persona through its flow's real machine forwards (answer by answer) and backwards (Back restores each answer).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { orderedActions, selectActions } from '../../src/flow/actionList.ts';
import { questionById } from '../../src/flow/graph.ts';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import { resultAsText } from '../../src/flow/resultText.ts';
import { COURT_PERSONAS, PERSONAS } from './personas.ts';
import type { Persona } from './personas.ts';

const { catalogue } = realBundle();
const { result } = catalogue.ui;
const WORDS = {
  groupLabels: catalogue.ui.groups,
  verdictLine: result.verdictLine,
  sourcesLine: result.sourcesLine,
  listSeparator: result.listSeparator,
  footer: '',
};

describe.each([
  ['collection-triage', PERSONAS],
  ['court-papers', COURT_PERSONAS],
] as [string, Persona[]][])('personas through %s', (flowId, personas) => {
  const flow = realFlow(flowId);
  const machine = buildTriageMachine(flow);
  it.each(personas.map((p) => [p.it, p] as const))('%s', (_name, persona) => {
    // A scenario cannot use an option the flow does not have.
    for (const [questionId, optionIds] of persona.answers) {
      const question = questionById(flow, questionId);
      expect(question, `question ${questionId}`).toBeDefined();
      for (const id of optionIds) expect(question?.options.map((o) => o.id)).toContain(id);
    }

    const actor = createActor(machine).start();
    const forward: string[] = [];
    for (const [, optionIds] of persona.answers) {
      forward.push(actor.getSnapshot().value);
      actor.send({ type: 'answer', optionIds });
    }
    expect(forward).toEqual(persona.answers.map(([questionId]) => questionId));
    // The last answer opens the result: no stop on the way.
    expect(actor.getSnapshot().hasTag('outcome')).toBe(true);
    const view = selectActions(flow, catalogue, actor.getSnapshot().context.answers);
    if (!view) throw new Error('no result');
    // A verdict may show as several lines, one per kind of conduct named; its id counts once.
    expect([...new Set(view.verdicts.map((v) => v.id))]).toEqual(persona.expectVerdicts);
    const ids = orderedActions(view).map((a) => a.id);
    for (const id of persona.mustHave) expect(ids).toContain(id);
    for (const id of persona.mustNotHave ?? []) expect(ids).not.toContain(id);
    if (persona.firstAction) expect(ids[0]).toBe(persona.firstAction);
    // What a reader sees: the whole result as the words on the page.
    const text = resultAsText(view, WORDS);
    for (const words of persona.mustRead ?? []) expect(text).toContain(words);
    for (const words of persona.mustNotRead ?? []) expect(text).not.toContain(words);

    // Backwards: result → answers page → each question in reverse, its answer still chosen.
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('review');
    for (const [questionId, optionIds] of [...persona.answers].reverse()) {
      actor.send({ type: 'nav.back' });
      expect(actor.getSnapshot().value).toBe(questionId);
      expect(actor.getSnapshot().context.answers[questionId]).toEqual(optionIds);
    }
    expect(actor.getSnapshot().can({ type: 'nav.back' })).toBe(false);
  });
});
