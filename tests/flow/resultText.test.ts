// The shared checklist is plain text that stands on its own: verdicts, every action in order, numbers and sources.
import { describe, expect, it } from 'vitest';
import { selectActions } from '../../src/flow/actionList.ts';
import { resultAsText } from '../../src/flow/resultText.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import { PERSONAS } from '../scenarios/personas.ts';

const { result, groups } = realBundle().catalogue.ui;
const words = {
  groupLabels: groups,
  basis: result.basis,
  listSeparator: result.listSeparator,
  footer: result.shareFooter,
};

describe('the checklist as plain text', () => {
  it.each(PERSONAS.map((p) => [p.it, p] as const))('%s', (_, persona) => {
    const { catalogue } = realBundle();
    const view = selectActions(realFlow('collection-triage'), catalogue, Object.fromEntries(persona.answers));
    if (!view) throw new Error('no result');
    const text = resultAsText(view, words);
    const items = view.groups.flatMap((g) => g.items);
    let last = -1;
    for (const [i, item] of items.entries()) {
      const at = text.indexOf(`${String(i + 1)}. `, last);
      expect(at, `action ${item.id} in order`).toBeGreaterThan(last);
      last = at;
      for (const { phone } of item.phones) expect(text).toContain(phone.number);
      for (const c of item.citations) expect(text).toContain(c.source.title);
    }
    for (const v of view.verdicts) expect(text).toContain(`【${v.title}】`);
    expect(text).not.toMatch(/\{tel:|undefined|\[object/);
    expect(text.trimEnd().endsWith(result.shareFooter)).toBe(true);
  });
});
