// The log as plain text: for pasting into WeChat, saving as a file, and quoting in complaint drafts.
import type { Catalogue, Citation, ContactLogContent } from '../flow/schema.ts';
import { plainText, splitText } from '../flow/actionList.ts';
import type { EntryCheck, LogCheck } from './breaches.ts';

/** "2026-11-23 23:10" */
export function formatWhen(at: string): string {
  return at.replace('T', ' ');
}

/** Fills "{name}" slots; a slot with no value is left as written, so a test can spot it. */
export function fillSlots(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** One line about who and how, e.g. "2026-11-23 23:10 · 电话（接通，约 5 分钟） · 联系了：我本人". */
export function describeContact({ entry }: EntryCheck, content: ContactLogContent): string {
  const { labels, timelineText: words } = content;
  const details: string[] = [];
  if (entry.channel === 'call') details.push(entry.answered ? words.answered : words.unanswered);
  if (entry.durationMinutes > 0) details.push(fillSlots(words.minutes, { count: String(entry.durationMinutes) }));
  const channel = details.length
    ? fillSlots(words.channelDetails, {
        channel: labels.channel[entry.channel],
        details: details.join(words.detailSeparator),
      })
    : labels.channel[entry.channel];
  return fillSlots(words.contactLine, { when: formatWhen(entry.at), channel, who: labels.contacted[entry.contacted] });
}

/**
 * Characters that are invisible yet change what a text shows: C0/C1 controls (NUL and the like; tab and line breaks
 * are handled apart), and the bidi embeddings, overrides, isolates and marks that can make a line read backwards.
 */
const HIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Every way a text can start a new line: LF, CR, VT, FF, NEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;
/**
 * Starts every further line of the user's own text, so that no line of a note can pass for an entry, a flag or a
 * heading of an export.
 */
export const QUOTE_MARK = '│ ';

/**
 * The user's free text as export lines: hidden characters shown as "�" (so something is seen to be there), tabs as
 * spaces, and every line after the first behind the quote mark. The stored text is never changed.
 */
export function freeTextLines(text: string): string[] {
  const lines = text.replace(HIDDEN_CHARACTERS, '\ufffd').replace(/\t/g, ' ').split(LINE_BREAKS);
  return lines.map((line, i) => (i === 0 ? line : `${QUOTE_MARK}${line}`));
}

/** A labelled free-text field as lines: the label and first line, then the rest quoted. */
function labelled(template: string, text: string): string[] {
  const [first = '', ...rest] = freeTextLines(text);
  if (rest.length === 0) return [fillSlots(template, { text: first })];
  // The closing part of the template (e.g. "」") goes after the last line, so the quote reads as one piece.
  const [opening = '', closing = ''] = template.split('{text}');
  return [`${opening}${first}`, ...rest.slice(0, -1), `${rest.at(-1) ?? ''}${closing}`];
}

/**
 * The facts of one entry as lines, free text quoted so it reads as the user's own words; `shorten` may cut long
 * free text (the drafts do), never the stored entry.
 */
export function entryDetails(
  check: EntryCheck,
  content: ContactLogContent,
  shorten: (text: string) => string = (text) => text,
): string[] {
  const { entry } = check;
  const words = content.timelineText;
  const lines: string[] = [];
  if (entry.callerGave) lines.push(...labelled(words.callerGave, shorten(entry.callerGave)));
  if (entry.firmNamed) lines.push(...labelled(words.firmNamed, shorten(entry.firmNamed)));
  if (entry.happened.length)
    lines.push(
      fillSlots(words.happened, {
        text: entry.happened.map((e) => content.labels.happened[e]).join(words.listSeparator),
      }),
    );
  if (entry.notes) lines.push(...labelled(words.notes, shorten(entry.notes)));
  return lines;
}

export function citationLine(citation: Citation, catalogue: Catalogue): string {
  const source = catalogue.sources[citation.source];
  const title = source ? source.title : citation.source;
  return `${title}${citation.article ? ` ${citation.article}` : ''}`;
}

/** A text followed by where it comes from, in one line. */
export function withBasis(text: string, basis: readonly Citation[], catalogue: Catalogue): string {
  const words = catalogue.contactLog.timelineText;
  return fillSlots(words.withBasis, {
    text,
    sources: basis.map((c) => citationLine(c, catalogue)).join(words.listSeparator),
  });
}

/** The rule's title and where it comes from, in one line. */
export function breachLine(ruleId: keyof ContactLogContent['breachRules'], catalogue: Catalogue): string {
  const rule = catalogue.contactLog.breachRules[ruleId];
  return withBasis(plainText(splitText(rule.title, catalogue)), rule.basis, catalogue);
}

export function formatTimeline(log: LogCheck, catalogue: Catalogue, exportedAt: string): string {
  const content = catalogue.contactLog;
  const words = content.timelineText;
  const lines = [fillSlots(words.heading, { count: String(log.entries.length), date: formatWhen(exportedAt) })];
  log.entries.forEach((check, i) => {
    lines.push('', `${String(i + 1)}. ${describeContact(check, content)}`);
    for (const line of entryDetails(check, content)) lines.push(`   ${line}`);
    for (const rule of check.breaches) lines.push(`   ⚠ ${breachLine(rule, catalogue)}`);
  });
  lines.push('', words.disclaimer);
  return `${lines.join('\n')}\n`;
}
