// 繁體 texts are generated from 简体: same structure and ids, legal names kept exact, known OpenCC misreadings fixed.
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { AFTER_CONVERSION, traditionalConverter, toTraditional } from '../../scripts/traditional.ts';
import { translatableTexts } from '../../src/check/texts.ts';
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
      ['还不上：备好困难证明', '還不上：備好困難證明'],
      ['你选了 {days} 天后自动删除', '你選了 {days} 天後自動刪除'],
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

  describe('characters OpenCC can read two ways are chosen by meaning in every text', () => {
    /**
     * For each 简体 character with two 繁體 forms, the words in which it takes the rarer form; everywhere else it
     * takes the common one. 里 is 裡 (inside) except in a distance or a neighbourhood; 后 is 後 (after) except
     * for an empress or a goddess.
     */
    const RULES: Record<string, { rare: string; common: string; rareIn: RegExp }> = {
      困: { rare: '睏', common: '困', rareIn: /犯困|困倦|困觉|发困/ },
      发: { rare: '髮', common: '發', rareIn: /头发|理发|发型|毛发|白发|假发|发夹|发卡(?!银行)/ },
      只: { rare: '隻', common: '只', rareIn: /[一两三四五六七八九十几每]只(?![是有要能会])/ },
      并: { rare: '併', common: '並', rareIn: /合并|吞并|兼并|并购|并入/ },
      里: { rare: '里', common: '裡', rareIn: /公里|千里|万里|里程|邻里|乡里|故里|里弄|华里/ },
      后: { rare: '后', common: '後', rareIn: /皇后|太后|王后|后妃|天后宫|影后|歌后/ },
    };

    /** The rare form where one of its words covers this position, else the common one. */
    function expectedAt(text: string, index: number): string | undefined {
      const rule = RULES[text[index] ?? ''];
      if (!rule) return undefined;
      for (const m of text.matchAll(new RegExp(rule.rareIn.source, 'g')))
        if (index >= m.index && index < m.index + m[0].length) return rule.rare;
      return rule.common;
    }

    it('every 困/发/只/并/里/后 in every text becomes the form its word means', () => {
      const before = translatableTexts(simplified);
      const after = translatableTexts(traditional);
      const wrong: string[] = [];
      let checked = 0;
      for (const [i, zh] of before.entries()) {
        const tw = after[i]?.text ?? '';
        // OpenCC cn→tw maps character for character, so a position in one is the same position in the other.
        expect(tw.length, zh.key).toBe(zh.text.length);
        for (let at = 0; at < zh.text.length; at += 1) {
          const expected = expectedAt(zh.text, at);
          if (expected === undefined) continue;
          checked += 1;
          if (tw[at] !== expected) wrong.push(`${zh.key}: …${tw.slice(Math.max(0, at - 4), at + 4)}… (${expected})`);
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(100);
    });

    it('the rule itself: the forms OpenCC writes by phrase are checked, not a list of words', () => {
      const raw = OpenCC.Converter({ from: 'cn', to: 'tw' });
      // Each of these OpenCC alone gets wrong, and each one the rule catches.
      for (const zh of ['还不上：备好困难证明', '你选了 {days} 天后自动删除', '发卡银行', '名单只用于', '并发出通知']) {
        const tw = raw(zh);
        const misread = Array.from({ length: zh.length }, (_, at) => at).some((at) => {
          const expected = expectedAt(zh, at);
          return expected !== undefined && tw[at] !== expected;
        });
        expect(misread, zh).toBe(true);
      }
      expect(expectedAt('头发', 1)).toBe('髮');
      expect(expectedAt('三只猫', 1)).toBe('隻');
      expect(expectedAt('合并', 1)).toBe('併');
      expect(expectedAt('五公里', 2)).toBe('里');
    });
  });
});
