// The first download's share of a bundle: routes in full (with the rule conditions they depend on), words and the catalogue left for later.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/flow/actionList.ts';
import { OPENING_FLOW_ID, coreBundle } from '../../src/flow/split.ts';
import { miniBundle, realBundle } from '../support/fixtures.ts';

describe('the core bundle', () => {
  it('carries each flow whole, with every word of its questions and its result rules', () => {
    const bundle = miniBundle();
    const core = coreBundle(bundle);
    const full = bundle.flows.mini;
    const flow = core.flows.mini;
    if (!full || !flow) throw new Error('no mini flow');
    expect(flow).toEqual({ ...full, $schema: undefined });
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
    expect(Object.keys(core.flowLabels)).toEqual(Object.keys(bundle.flows));
    const court = bundle.flows['court-papers'];
    expect(core.flowLabels['court-papers']).toBe(court?.situation ?? court?.title);
    expect(Object.keys(core.guidance)).toEqual(['call110Now']);
    expect(JSON.stringify(core).length).toBeLessThan(JSON.stringify(coreBundle(bundle)).length);
  });
});
