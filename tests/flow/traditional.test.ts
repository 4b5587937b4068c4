// 繁體 texts are generated from 简体: same structure and ids, legal names kept exact, known OpenCC misreadings fixed.
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { AFTER_CONVERSION, traditionalConverter, toTraditional } from '../../scripts/traditional.ts';
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

  describe('OpenCC reads some phrases wrongly; the exceptions list puts them right', () => {
    const raw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const convert = traditionalConverter();
    const SAMPLES: [simplified: string, traditional: string][] = [
      ['在特殊情况下，发卡银行可以协商', '在特殊情況下，發卡銀行可以協商'],
      ['失信名单只用于', '失信名單只用於'],
      ['冻结微信、银行卡里的钱', '凍結微信、銀行卡裡的錢'],
      ['法院应当作出裁定，并发出协助执行通知书', '法院應當作出裁定，並發出協助執行通知書'],
      ['最高人民法院关于公布失信被执行人名单信息的若干规定', '最高人民法院關於公布失信被執行人名單信息的若干規定'],
      ['兰溪法院提示', '蘭溪法院提示'],
    ];

    it.each(SAMPLES)('%s → %s', (simplified, traditional) => {
      expect(convert(simplified)).toBe(traditional);
    });

    it('every exception is needed: OpenCC alone writes each wrong form', () => {
      for (const [wrong] of AFTER_CONVERSION)
        expect(
          SAMPLES.some(([simplified]) => raw(simplified).includes(wrong)),
          wrong,
        ).toBe(true);
    });

    it('the 繁體 of every content string contains none of the known misreadings', () => {
      const before = translatableTexts(simplified);
      const texts = translatableTexts(traditional);
      const wrongForms = AFTER_CONVERSION.map(([wrong]) => wrong);
      expect(texts.filter((t) => wrongForms.some((w) => t.text.includes(w))).map((t) => t.key)).toEqual([]);
      // The check is exercised: the content has phrases OpenCC alone gets wrong.
      const rawWrong = before.filter((t) => wrongForms.some((w) => raw(t.text).includes(w)));
      expect(rawWrong.length).toBeGreaterThan(0);
    });
  });
});
