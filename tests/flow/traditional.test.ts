// 繁體 texts are generated from 简体: same structure and ids, legal names converted character by character only.
import { describe, expect, it } from 'vitest';
import { traditionalConverter, toTraditional } from '../../scripts/traditional.ts';
import { translatableTexts } from '../../src/flow/texts.ts';
import { realBundle } from '../support/fixtures.ts';

describe('繁體中文 generated at build time', () => {
  const simplified = realBundle();
  const traditional = toTraditional(simplified);

  it('converts every text and leaves ids, numbers, conditions and phone tokens untouched', () => {
    const before = translatableTexts(simplified);
    const after = translatableTexts(traditional);
    expect(after.map((t) => t.key)).toEqual(before.map((t) => t.key));
    const numbers = (b: typeof simplified) => Object.values(b.catalogue.phones).map((p) => p.number);
    expect(numbers(traditional)).toEqual(numbers(simplified));
    for (const [i, t] of after.entries())
      expect(t.text.match(/\{[a-z]+(:[a-zA-Z0-9-]+)?\}/g) ?? []).toEqual(
        before[i]?.text.match(/\{[a-z]+(:[a-zA-Z0-9-]+)?\}/g) ?? [],
      );
    expect(traditional.flows['collection-triage']?.nodes.map((n) => n.id)).toEqual(
      simplified.flows['collection-triage']?.nodes.map((n) => n.id),
    );
    expect(traditional.flows['collection-triage']?.title).toBe('有人找你催收網貸（比如微粒貸），怎麼辦');
  });

  it('keeps the names of laws and institutions exact: characters converted, words never swapped', () => {
    const convert = traditionalConverter();
    expect(convert('个人信息保护法')).toBe('個人信息保護法');
    expect(convert('国家金融监督管理总局')).toBe('國家金融監督管理總局');
    expect(convert('治安管理处罚法 第五十条第一款')).toBe('治安管理處罰法 第五十條第一款');
  });
});
