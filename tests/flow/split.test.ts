// The first download's share of a bundle: routes in full, result rules and the catalogue left for later.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/flow/actionList.ts';
import { coreBundle } from '../../src/flow/split.ts';
import { miniBundle, realBundle } from '../support/fixtures.ts';

describe('the core bundle', () => {
  it('keeps every question whole and every outcome reachable, without the result rules', () => {
    const bundle = miniBundle();
    const core = coreBundle(bundle);
    const full = bundle.flows.mini;
    const flow = core.flows.mini;
    if (!full || !flow) throw new Error('no mini flow');
    expect(flow.nodes.filter((n) => n.kind === 'question')).toEqual(full.nodes.filter((n) => n.kind === 'question'));
    for (const node of flow.nodes)
      if (node.kind === 'outcome') expect(node).toMatchObject({ verdicts: [], actions: [] });
    expect(flow.nodes.map((n) => n.id)).toEqual(full.nodes.map((n) => n.id));
  });

  it('carries the title and phone link of every guidance card, and every action id', () => {
    const bundle = realBundle();
    const core = coreBundle(bundle);
    expect(Object.keys(core.guidance)).toEqual(['call110Now']);
    const title = core.guidance.call110Now ?? [];
    expect(title.some((part) => 'phone' in part && part.phone.number === '110')).toBe(true);
    expect(plainText(title)).toContain('110');
    expect([...core.actionIds].sort()).toEqual(Object.keys(bundle.catalogue.actions).sort());
  });

  it('is much smaller than the whole bundle', () => {
    const bundle = realBundle();
    expect(JSON.stringify(coreBundle(bundle)).length).toBeLessThan(JSON.stringify(bundle).length / 2);
  });
});
