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

/** The facts of one entry as lines, free text quoted so it reads as the user's own words. */
export function entryDetails(check: EntryCheck, content: ContactLogContent): string[] {
  const { entry } = check;
  const words = content.timelineText;
  const lines: string[] = [];
  if (entry.callerGave) lines.push(fillSlots(words.callerGave, { text: entry.callerGave }));
  if (entry.firmNamed) lines.push(fillSlots(words.firmNamed, { text: entry.firmNamed }));
  if (entry.happened.length)
    lines.push(
      fillSlots(words.happened, {
        text: entry.happened.map((e) => content.labels.happened[e]).join(words.listSeparator),
      }),
    );
  if (entry.notes) lines.push(fillSlots(words.notes, { text: entry.notes }));
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
