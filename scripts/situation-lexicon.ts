// Builds the matcher's lexicon from flows/shared/situations.json at build time (Node only; the browser gets JSON).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLexicon, defaultSegmenter } from '../src/flow/situationMatch.ts';
import type { SituationCatalogue } from '../src/flow/situationCatalogue.ts';
import type { SituationLexicon } from '../src/flow/situationMatch.ts';
import type { SituationUi } from '../src/flow/situations.ts';
import { englishTexts } from '../src/check/lintSituations.ts';
import { SITUATIONS_FILE, SituationsFileSchema } from '../src/flow/situations.ts';
import type { SituationsFile } from '../src/flow/situations.ts';
import { readFlowFiles } from './flow-files.ts';
import { traditionalConverter } from './traditional.ts';

export function readSituations(root: string): SituationsFile {
  return SituationsFileSchema.parse(JSON.parse(readFileSync(join(root, SITUATIONS_FILE), 'utf8')));
}

/**
 * 繁體 input is read character by character back to 简体: for every character of the catalogue, what OpenCC makes
 * of it, reversed. Only characters the catalogue uses matter, so the table stays small.
 */
export function traditionalTable(data: SituationsFile): Record<string, string> {
  const convert = traditionalConverter();
  const table: Record<string, string> = {};
  const texts = [...data.synonyms.flat(), ...data.situations.flatMap((s) => [...s.phrasings.zh, s.label])];
  for (const text of texts) {
    const converted = convert(text);
    // OpenCC keeps the length of a text; where it does not, the pairs cannot be read off safely.
    if (Array.from(converted).length !== Array.from(text).length) continue;
    const from = Array.from(text);
    Array.from(converted).forEach((ch, i) => {
      const simplified = from[i];
      if (simplified !== undefined && ch !== simplified && !(ch in table)) table[ch] = simplified;
    });
  }
  return table;
}

export function situationLexicon(root: string): SituationLexicon {
  const data = readSituations(root);
  const segment = defaultSegmenter();
  if (!segment) throw new Error('Node has no Intl.Segmenter: the lexicon cannot be built');
  return buildLexicon(data, segment, traditionalTable(data));
}

/** The lazy chunk's content: the lexicon, and each situation's labels (简体, 繁體 by OpenCC, English) and meaning. */
export function situationCatalogue(root: string): SituationCatalogue {
  const data = readSituations(root);
  const english = englishTexts(readFlowFiles(root));
  const convert = traditionalConverter();
  const ui = (lang: (text: string, key: string) => string) =>
    Object.fromEntries(Object.entries(data.ui).map(([key, text]) => [key, lang(text, `ui.${key}`)])) as SituationUi;
  return {
    lexicon: situationLexicon(root),
    ui: {
      'zh-CN': data.ui,
      'zh-TW': ui((text) => convert(text)),
      en: ui((text, key) => english(key, text)),
    },
    situations: data.situations.map((s) => ({
      id: s.id,
      label: { 'zh-CN': s.label, 'zh-TW': convert(s.label), en: english(`${s.id}.label`, s.label) },
      implies: s.implies,
      verdict: s.verdict,
      actions: s.actions,
      factsGap: s.factsGap === true,
    })),
  };
}
