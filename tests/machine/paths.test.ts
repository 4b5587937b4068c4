// Every route through every real flow, enumerated with xstate/graph from the flow data, ends in a sourced result.
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { orderedActions, selectActions } from '../../src/flow/actionList.ts';
import { questionsRead } from '../../src/flow/conditions.ts';
import { questionById, routeFor } from '../../src/flow/graph.ts';
import type { Answers, Catalogue, Flow } from '../../src/flow/schema.ts';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import type { TriageEvent } from '../../src/machine/events.ts';
import { answerChoices } from '../support/answers.ts';
import { realBundle } from '../support/fixtures.ts';

const bundle = realBundle();

/** Forward moves only: the answers a screen offers, and Confirm on the answers page. */
function forwardEvents(flow: Flow, stateValue: string): TriageEvent[] {
  if (stateValue === 'review') return [{ type: 'review.confirm' }];
  const question = questionById(flow, stateValue);
  return question ? answerChoices(question).map((optionIds) => ({ type: 'answer', optionIds })) : [];
}

/** Question → the options some branch condition reads: the only parts of an answer that can change a route. */
function routingOptions(flow: Flow): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const node of flow.nodes)
    if (node.kind === 'question')
      for (const branch of node.branches ?? [])
        for (const { questionId, optionIds } of questionsRead(branch.when))
          for (const id of optionIds) map.set(questionId, (map.get(questionId) ?? new Set()).add(id));
  return map;
}

function enumerateRoutes(flow: Flow) {
  const machine = buildTriageMachine(flow);
  const routing = routingOptions(flow);
  const signature = (answers: Answers) =>
    JSON.stringify(
      Object.entries(answers)
        .map(([q, ids]) => [q, ids.filter((id) => routing.get(q)?.has(id))] as const)
        .filter(([, ids]) => ids.length > 0)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return getShortestPaths(machine, {
    events: (snapshot) => forwardEvents(flow, snapshot.value),
    // Answer sets that agree on every option a branch reads behave alike from here on, so they are one state:
    // the graph stays as small as the flow's routes while no route is missed.
    serializeState: (snapshot) =>
      `${snapshot.value}|${signature(snapshot.context.answers)}|${String(snapshot.context.editing)}`,
    toState: (snapshot) => snapshot.hasTag('outcome'),
  });
}

function expectSourcedResult(flow: Flow, catalogue: Catalogue, answers: Answers) {
  const view = selectActions(flow, catalogue, answers);
  expect(view, 'a complete route has a result').toBeDefined();
  if (!view) return;
  expect(view.verdicts.length).toBeGreaterThan(0);
  const actions = orderedActions(view);
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) {
    expect(action.citations.length, `${action.id} has a source`).toBeGreaterThan(0);
    for (const c of action.citations) expect(c.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const { phoneId } of action.phones)
      expect(action.citations.some((c) => c.sourceId === catalogue.phones[phoneId]?.citation.source)).toBe(true);
  }
}

describe.each(Object.values(bundle.flows).map((flow) => [flow.id, flow] as const))('all paths of %s', (id, flow) => {
  const paths = enumerateRoutes(flow);
  const routes = new Set(paths.map((p) => routeFor(flow, p.state.context.answers).nodeIds.join('>')));
  console.log(
    `${id}: ${String(paths.length)} enumerated paths from start to a result, covering ${String(routes.size)} distinct routes`,
  );

  it('reaches a result on every path, and every question is on some path', () => {
    expect(paths.length).toBeGreaterThan(0);
    const asked = new Set(paths.flatMap((p) => routeFor(flow, p.state.context.answers).nodeIds));
    for (const node of flow.nodes) expect(asked, `node ${node.id} is on some path`).toContain(node.id);
  });

  it.each(paths.map((p) => [routeFor(flow, p.state.context.answers).nodeIds.join(' → '), p] as const))(
    '%s ends in a non-empty, fully sourced action list',
    (_route, path) => {
      expect(path.state.hasTag('outcome')).toBe(true);
      expectSourcedResult(flow, bundle.catalogue, path.state.context.answers);
    },
  );

  it('every other answer to any question on any path, where it keeps the route, still gets a sourced list', () => {
    let variants = 0;
    for (const path of paths) {
      const answers = path.state.context.answers;
      const route = routeFor(flow, answers).nodeIds;
      for (const questionId of route) {
        const question = questionById(flow, questionId);
        if (!question) continue;
        for (const optionIds of answerChoices(question)) {
          const varied = { ...answers, [questionId]: optionIds };
          if (!routeFor(flow, varied).complete) continue;
          expectSourcedResult(flow, bundle.catalogue, varied);
          variants += 1;
        }
      }
    }
    console.log(`${id}: ${String(variants)} single-answer variants checked`);
    expect(variants).toBeGreaterThan(paths.length);
  });
});
