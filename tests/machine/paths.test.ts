// Every route through every real flow, enumerated with xstate/graph from the flow data, ends in a sourced result.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { orderedActions, selectActions } from '../../src/flow/actionList.ts';
import { routeFor } from '../../src/flow/graph.ts';
import type { Answers, Catalogue, Flow } from '../../src/flow/schema.ts';
import { enumerateRoutes, singleAnswerVariants } from '../../src/check/routes.ts';
import { realBundle } from '../support/fixtures.ts';

const bundle = realBundle();
// Hundreds of results are built in one test; on a loaded 2-core machine that takes more than the default 5 s.
vi.setConfig({ testTimeout: 120_000 });

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
  // Enumerated before the tests rather than while they are collected, so collecting this file costs nothing.
  let paths: ReturnType<typeof enumerateRoutes> = [];
  beforeAll(() => {
    paths = enumerateRoutes(flow);
    const routes = new Set(paths.map((p) => routeFor(flow, p.state.context.answers).nodeIds.join('>')));
    console.log(
      `${id}: ${String(paths.length)} enumerated paths from start to a result, covering ${String(routes.size)} distinct routes`,
    );
  }, 120_000);

  it('reaches a result on every path, and every question is on some path', () => {
    expect(paths.length).toBeGreaterThan(0);
    const asked = new Set(paths.flatMap((p) => routeFor(flow, p.state.context.answers).nodeIds));
    for (const node of flow.nodes) expect(asked, `node ${node.id} is on some path`).toContain(node.id);
  });

  it('every path ends in a non-empty, fully sourced action list', () => {
    for (const path of paths) {
      const route = routeFor(flow, path.state.context.answers).nodeIds.join(' → ');
      expect(path.state.hasTag('outcome'), route).toBe(true);
      expectSourcedResult(flow, bundle.catalogue, path.state.context.answers);
    }
  });

  it('every other answer to any question on any path, where it keeps the route, still gets a sourced list', () => {
    let variants = 0;
    for (const path of paths)
      for (const varied of singleAnswerVariants(flow, path.state.context.answers)) {
        expectSourcedResult(flow, bundle.catalogue, varied);
        variants += 1;
      }
    console.log(`${id}: ${String(variants)} single-answer variants checked`);
    expect(variants).toBeGreaterThan(paths.length);
  });
});
