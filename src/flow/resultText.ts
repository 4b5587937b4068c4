// The result as plain text, for sharing into WeChat or copying: verdicts, then each group's actions with sources.
import { plainText } from './actionList.ts';
import type { ResultView } from './actionList.ts';
import type { ActionGroup } from './schema.ts';

export interface ResultTextWords {
  groupLabels: Record<ActionGroup, string>;
  /** A verdict's line, with {title} and {summary}. */
  verdictLine: string;
  /** An action's sources, with {sources}: the punctuation around them belongs to the language. */
  sourcesLine: string;
  /** Separator between sources and between reasons. */
  listSeparator: string;
  /** The closing line (not legal advice; where it came from). */
  footer: string;
}

/** Phone numbers are written out by `plainText`, so the text works where links do not. */
export function resultAsText(view: ResultView, words: ResultTextWords): string {
  const lines: string[] = [view.title, ''];
  for (const verdict of view.verdicts)
    lines.push(fillSlots(words.verdictLine, { title: verdict.title, summary: plainText(verdict.summary) }));
  let n = 0;
  for (const group of view.groups) {
    lines.push('', `■ ${words.groupLabels[group.group]}`);
    for (const item of group.items) {
      n += 1;
      lines.push(`${String(n)}. ${plainText(item.title)}`);
      for (const step of item.steps) lines.push(`   - ${plainText(step)}`);
      const sources = item.citations.map((c) => `${c.source.title}${c.article ? ` ${c.article}` : ''}`);
      if (sources.length)
        lines.push(`   ${fillSlots(words.sourcesLine, { sources: [...new Set(sources)].join(words.listSeparator) })}`);
    }
  }
  lines.push('', words.footer);
  return `${lines.join('\n')}\n`;
}

/** Puts values into "{name}" slots; what is put in is never read for slots again. */
function fillSlots(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}
