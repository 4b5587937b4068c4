// The shared checklist is plain text that stands on its own: verdicts, every action in order, numbers and sources.
import { describe, expect, it } from 'vitest';
import { selectActions } from '../../src/flow/actionList.ts';
import { resultAsText } from '../../src/flow/resultText.ts';
import { translateBundle } from '../../src/check/translations.ts';
import { readFlowFiles } from '../../scripts/flow-files.ts';
import { PROJECT_ROOT, realBundle, realFlow } from '../support/fixtures.ts';
import { PERSONAS } from '../scenarios/personas.ts';
import type { Flow } from '../../src/flow/schema.ts';

const { result, groups } = realBundle().catalogue.ui;
const words = {
  groupLabels: groups,
  verdictLine: result.verdictLine,
  sourcesLine: result.sourcesLine,
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
    expect(text).toContain(result.sourcesLine.replace('{sources}', ''));
    expect(text).not.toMatch(/\{tel:|undefined|\[object/);
    expect(text.trimEnd().endsWith(result.shareFooter)).toBe(true);
  });
});

describe('the checklist in English', () => {
  const en = translateBundle(realBundle(), readFlowFiles(PROJECT_ROOT), 'en');
  const t = en.catalogue.ui.result;
  const englishWords = {
    groupLabels: en.catalogue.ui.groups,
    verdictLine: t.verdictLine,
    sourcesLine: t.sourcesLine,
    listSeparator: t.listSeparator,
    footer: t.shareFooter,
  };
  it.each(PERSONAS.map((p) => [p.it, p] as const))('%s: no full-width punctuation', (_, persona) => {
    const view = selectActions(
      en.flows['collection-triage'] as Flow,
      en.catalogue,
      Object.fromEntries(persona.answers),
    );
    if (!view) throw new Error('no result');
    const text = resultAsText(view, englishWords);
    for (const v of view.verdicts) expect(text).toContain(`[${v.title}]`);
    // The sources keep their Chinese titles (what a reader looks up); every other character is English's own.
    const cited = view.groups.flatMap((g) =>
      g.items.flatMap((i) => i.citations.flatMap((c) => [c.source.title, c.article ?? ''])),
    );
    const own = cited.filter(Boolean).reduce((rest, title) => rest.replaceAll(title, ''), text);
    // Chinese quoted as it is (a label in WeChat such as 【服务】) keeps its own punctuation; English's own words
    // may not use U+3000-303F (CJK punctuation) or U+FF00-FFEF (full-width forms).
    const quotedChinese =
      /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*[\u3400-\u9fff][\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*/g;
    expect(own.replace(quotedChinese, '').match(/[\u3000-\u303f\uff00-\uffef]/g) ?? []).toEqual([]);
  });
});
