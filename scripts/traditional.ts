// 繁體中文 made from the 简体 texts at build time with OpenCC; the converter never reaches the browser.
import * as OpenCC from 'opencc-js/cn2t';
import type { FlowBundle } from '../src/flow/schema.ts';
import { mapTexts } from '../src/flow/texts.ts';

/**
 * Character conversion only ("tw" standard characters, no phrase rewriting): phrase tables turn mainland legal
 * names into Taiwanese usage (个人信息保护法 → 個人資訊保護法), and the names of laws and institutions must stay exact.
 */
export function traditionalConverter(): (text: string) => string {
  return OpenCC.Converter({ from: 'cn', to: 'tw' });
}

export function toTraditional(bundle: FlowBundle): FlowBundle {
  const convert = traditionalConverter();
  return mapTexts(bundle, (_, text) => convert(text));
}
