// 繁體中文 made from the 简体 texts at build time with OpenCC; the converter never reaches the browser.
import * as OpenCC from 'opencc-js/cn2t';
import type { FlowBundle } from '../src/flow/schema.ts';
import { mapTexts } from '../src/check/texts.ts';

/**
 * OpenCC's cn→tw converts by phrase, not character by character: its dictionary picks a character by the words
 * around it (联系 → 聯繫, 答复 → 答覆), so it sometimes reads a phrase across a word boundary or as the wrong word.
 * Each pair is [what OpenCC wrote, what the text means], replaced after conversion. The Taiwan-usage phrase table
 * (twp) is not used: it would rename mainland legal terms (个人信息保护法 → 個人資訊保護法), and names of laws,
 * documents and institutions must stay exact.
 */
export const AFTER_CONVERSION: readonly (readonly [wrong: string, right: string])[] = [
  // 发卡银行 (card-issuing bank) read as 髮卡 (hairpin).
  ['髮卡', '發卡'],
  // 名单只… read as 單隻 (a single one).
  ['單隻', '單只'],
  // 银行卡里, 信用卡里: 卡里 is kept as a transliteration instead of 卡 + 裡 (inside).
  ['卡里', '卡裡'],
  // 并发出 (and issue) read as 併發 (concurrent).
  ['併發', '並發'],
  // A document's own name: 最高人民法院关于公布失信被执行人名单信息的若干规定 is published with 公布.
  ['關於公佈失信被執行人名單', '關於公布失信被執行人名單'],
  // The place name 兰溪 (兰溪法院) becomes the archaic 蘭谿; the city writes 蘭溪.
  ['蘭谿', '蘭溪'],
  // 备好困难 read as 好睏 (sleepy): 困难 (difficulty) is always 困難.
  ['睏難', '困難'],
  // {days} 天后 (after N days) read as 天后 (the goddess); no text of ours names her.
  ['天后', '天後'],
];

export function traditionalConverter(): (text: string) => string {
  const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return (text) => AFTER_CONVERSION.reduce((out, [wrong, right]) => out.replaceAll(wrong, right), convert(text));
}

export function toTraditional(bundle: FlowBundle): FlowBundle {
  const convert = traditionalConverter();
  return mapTexts(bundle, (_, text) => convert(text));
}
