// The first download's share of a bundle: routes in full (with the rule conditions they depend on), words and the catalogue left for later.
import { describe, expect, it } from 'vitest';
import { routeFor } from '../../src/flow/graph.ts';
import { plainText } from '../../src/flow/actionList.ts';
import { OPENING_FLOW_ID, coreBundle } from '../../src/flow/split.ts';
import { miniBundle, realBundle } from '../support/fixtures.ts';

describe('the core bundle', () => {
  it('keeps every route and option id, the words of the first and guidance questions, and routes as the full flow does', () => {
    const bundle = miniBundle();
    const core = coreBundle(bundle);
    const full = bundle.flows.mini;
    const flow = core.flows.mini;
    if (!full || !flow) throw new Error('no mini flow');
    const shape = (f: typeof full) =>
      f.nodes.map((n) =>
        n.kind === 'question'
          ? { id: n.id, next: n.next, branches: n.branches, options: n.options.map((o) => [o.id, o.exclusive]) }
          : n.id,
      );
    expect(shape(flow)).toEqual(shape(full));
    const whole = full.nodes.filter((n) => n.kind === 'question' && (n.id === full.start || n.guidance?.length));
    for (const node of whole) expect(flow.nodes.find((n) => n.id === node.id)).toEqual(node);
    const pending = core.pendingText.mini ?? [];
    expect(pending.length).toBeGreaterThan(0);
    for (const id of pending) expect(whole.map((n) => n.id)).not.toContain(id);
    for (const node of flow.nodes) if (node.kind === 'outcome') expect(node.title).toBe('');
    // Which questions are passed by depends on the result rules' conditions: the first screens route the same way.
    const real = realBundle().flows['collection-triage'];
    const realCore = coreBundle(realBundle()).flows['collection-triage'];
    if (!real || !realCore) throw new Error('no collection-triage');
    for (const answers of [
      { safetyNow: ['noneOfThese'], lender: ['webank'], contactKind: ['sms'], loanStatus: ['settled'] },
      { safetyNow: ['atDoorNow'], safetyFirst: ['showActionsNow'], lender: ['webank'] },
      { safetyNow: ['noneOfThese'], lender: ['otherOrUnsure'], contactKind: ['call'], loanStatus: ['overdue'] },
    ])
      expect(routeFor(realCore, answers)).toEqual(routeFor(real, answers));
    expect(flow.nodes.map((n) => n.id)).toEqual(full.nodes.map((n) => n.id));
  });

  it('carries the title and phone link of every guidance card', () => {
    const bundle = realBundle();
    const core = coreBundle(bundle);
    expect(Object.keys(core.guidance)).toEqual(['call110Now']);
    const title = core.guidance.call110Now ?? [];
    expect(title.some((part) => 'phone' in part && part.phone.number === '110')).toBe(true);
    expect(plainText(title)).toContain('110');
  });

  it('is much smaller than the whole bundle', () => {
    const bundle = realBundle();
    expect(JSON.stringify(coreBundle(bundle)).length).toBeLessThan(JSON.stringify(bundle).length / 2);
  });

  it('for the build, carries only the opening flow, and every flow by name in bundle order', () => {
    const bundle = realBundle();
    const core = coreBundle(bundle, OPENING_FLOW_ID);
    expect(Object.keys(core.flows)).toEqual([OPENING_FLOW_ID]);
    expect(Object.keys(core.pendingText)).toEqual([OPENING_FLOW_ID]);
    expect(Object.keys(core.flowLabels)).toEqual(Object.keys(bundle.flows));
    const court = bundle.flows['court-papers'];
    expect(core.flowLabels['court-papers']).toBe(court?.situation ?? court?.title);
    expect(Object.keys(core.guidance)).toEqual(['call110Now']);
    expect(JSON.stringify(core).length).toBeLessThan(JSON.stringify(coreBundle(bundle)).length);
  });
});
