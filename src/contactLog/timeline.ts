// The log as plain text: for pasting into WeChat, saving as a file, and quoting in complaint drafts.
import type { Catalogue, Citation, ContactLogContent } from '../flow/schema.ts';
import { plainText, splitText } from '../flow/actionList.ts';
import type { EntryCheck, LogCheck } from './breaches.ts';

/** "2026-11-23 23:10" */
export function formatWhen(at: string): string {
  return at.replace('T', ' ');
}

/** One line about who and how, e.g. "2026-11-23 23:10 · 电话（接通，约 5 分钟）· 联系了：我本人". */
export function describeContact({ entry }: EntryCheck, content: ContactLogContent): string {
  const { labels } = content;
  const details: string[] = [];
  if (entry.channel === 'call') details.push(entry.answered ? '接通' : '没接通');
  if (entry.durationMinutes > 0) details.push(`约 ${String(entry.durationMinutes)} 分钟`);
  const channel = `${labels.channel[entry.channel]}${details.length ? `（${details.join('，')}）` : ''}`;
  return `${formatWhen(entry.at)} · ${channel} · 联系了：${labels.contacted[entry.contacted]}`;
}

/** The facts of one entry as indented lines, free text quoted so it reads as the user's own words. */
export function entryDetails(check: EntryCheck, content: ContactLogContent): string[] {
  const { entry } = check;
  const lines: string[] = [];
  if (entry.callerGave) lines.push(`对方号码或名字：「${entry.callerGave}」`);
  if (entry.firmNamed) lines.push(`对方自称的公司：「${entry.firmNamed}」`);
  if (entry.happened.length) lines.push(`发生了：${entry.happened.map((e) => content.labels.happened[e]).join('；')}`);
  if (entry.notes) lines.push(`备注：「${entry.notes}」`);
  return lines;
}

export function citationLine(citation: Citation, catalogue: Catalogue): string {
  const source = catalogue.sources[citation.source];
  const title = source ? source.title : citation.source;
  return `${title}${citation.article ? ` ${citation.article}` : ''}`;
}

/** The rule's title and where it comes from, in one line. */
export function breachLine(ruleId: keyof ContactLogContent['breachRules'], catalogue: Catalogue): string {
  const rule = catalogue.contactLog.breachRules[ruleId];
  const basis = rule.basis.map((c) => citationLine(c, catalogue)).join('；');
  return `${plainText(splitText(rule.title, catalogue))}（依据：${basis}）`;
}

export function formatTimeline(log: LogCheck, catalogue: Catalogue, exportedAt: string): string {
  const content = catalogue.contactLog;
  const lines = [`催收记录（共 ${String(log.entries.length)} 条，时间为北京时间，导出于 ${formatWhen(exportedAt)}）`];
  log.entries.forEach((check, i) => {
    lines.push('', `${String(i + 1)}. ${describeContact(check, content)}`);
    for (const line of entryDetails(check, content)) lines.push(`   ${line}`);
    for (const rule of check.breaches) lines.push(`   ⚠ ${breachLine(rule, catalogue)}`);
  });
  lines.push('', '说明：标出的“可能违规”是按行业规则自动对照的提示，不是法院或监管部门的认定。');
  return `${lines.join('\n')}\n`;
}
