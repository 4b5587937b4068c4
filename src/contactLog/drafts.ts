// Complaint drafts for each fitting channel, from the user's logged contacts and triage answers.
import type { ResultView } from '../flow/actionList.ts';
import type { Catalogue, ComplaintChannel, Phone } from '../flow/schema.ts';
import { COMPLAINT_CHANNEL_IDS } from '../flow/vocabulary.ts';
import type { ComplaintChannelId } from '../flow/vocabulary.ts';
import type { LogCheck } from './breaches.ts';
import { breachLine, describeContact, entryDetails, fillSlots } from './timeline.ts';

export interface ComplaintDraft {
  channelId: ComplaintChannelId;
  channel: ComplaintChannel;
  phone: Phone;
  /** Whether the user's answers or log point to this channel. */
  fitting: boolean;
  /** The text to copy; every gap the user must fill is marked 【请填写：…】. */
  text: string;
}

export interface DraftInput {
  log: LogCheck;
  /** The triage result, once the user has reached it. */
  result: ResultView | undefined;
  /** Channel → the Beijing date the user marked the complaint as made. */
  complaintsMade: Partial<Record<ComplaintChannelId, string>>;
}

/**
 * A draft is read out on a call or pasted into a complaint form, and a page of four drafts must stay quick on a cheap
 * phone even with the largest log: it lists the latest contacts only and cuts long free text, and says so, pointing
 * to the full log export for the rest.
 */
export const DRAFT_LIMITS = { entries: 10, textChars: 200 } as const;

/** Placeholders share one shape so the user (and a test) can find every gap left to fill. */
export function placeholder(catalogue: Catalogue, what: string): string {
  return `【${catalogue.contactLog.draftText.placeholderPrefix}${what}】`;
}

export function buildComplaintDrafts(catalogue: Catalogue, input: DraftInput): ComplaintDraft[] {
  const drafts = COMPLAINT_CHANNEL_IDS.map((channelId): ComplaintDraft => {
    const channel = catalogue.contactLog.complaintChannels[channelId];
    const phone = catalogue.phones[channel.phone];
    if (!phone) throw new Error(`complaint channel "${channelId}" names unknown phone "${channel.phone}"`);
    const suggestion = findAction(input.result, channel.suggestedBy);
    const relevant = input.log.entries.filter((c) => c.breaches.some((rule) => channel.forRules.includes(rule)));
    return {
      channelId,
      channel,
      phone,
      fitting: suggestion !== undefined || relevant.length > 0,
      text: draftText(catalogue, channelId, channel, phone, input, relevant.length ? relevant : input.log.entries),
    };
  });
  // Fitting channels first, each group in the order the data gives.
  return [...drafts.filter((d) => d.fitting), ...drafts.filter((d) => !d.fitting)];
}

function findAction(result: ResultView | undefined, actionId: string) {
  return result?.groups.flatMap((g) => g.items).find((item) => item.id === actionId);
}

function draftText(
  catalogue: Catalogue,
  channelId: ComplaintChannelId,
  channel: ComplaintChannel,
  phone: Phone,
  input: DraftInput,
  entries: LogCheck['entries'],
): string {
  const words = catalogue.contactLog.draftText;
  const content = catalogue.contactLog;
  const lines: string[] = [
    fillSlots(words.heading, { channel: channel.name, number: phone.number, subject: channel.subject }),
    '',
  ];

  lines.push(
    words.whoIAm,
    placeholder(catalogue, words.namePlaceholder),
    placeholder(catalogue, words.phonePlaceholder),
  );
  const madeToWebank = input.complaintsMade.webank;
  if (channelId !== 'webank' && channelId !== 'police' && madeToWebank)
    lines.push(
      `${fillSlots(words.alreadyComplained, { date: madeToWebank })}${placeholder(catalogue, words.ticketPlaceholder)}`,
    );

  lines.push('', words.whatHappened);
  const leftOut = Math.max(0, entries.length - DRAFT_LIMITS.entries);
  const shorten = (text: string) => {
    const chars = Array.from(text);
    if (chars.length <= DRAFT_LIMITS.textChars) return text;
    return `${chars.slice(0, DRAFT_LIMITS.textChars).join('')}${fillSlots(words.textShortened, { count: String(chars.length) })}`;
  };
  // Numbered as in the whole log, so a reader sees where the listed ones stand.
  entries.slice(leftOut).forEach((check, i) => {
    lines.push(`${String(leftOut + i + 1)}. ${describeContact(check, content)}`);
    for (const detail of entryDetails(check, content, shorten)) lines.push(`   ${detail}`);
    for (const rule of check.breaches)
      if (channel.forRules.includes(rule)) lines.push(`   ${breachLine(rule, catalogue)}`);
  });
  if (leftOut > 0)
    lines.push(fillSlots(words.entriesLeftOut, { shown: String(DRAFT_LIMITS.entries), count: String(entries.length) }));
  const because = findAction(input.result, channel.suggestedBy)?.because ?? [];
  if (because.length) {
    lines.push(words.fromTriage);
    for (const reason of because) lines.push(fillSlots(words.reason, reason));
  }
  if (entries.length === 0 && because.length === 0) lines.push(placeholder(catalogue, words.nothingLogged));

  lines.push('', words.evidence);
  if (entries.length) lines.push(`- ${fillSlots(words.loggedEntries, { count: String(entries.length) })}`);
  lines.push(`- ${placeholder(catalogue, words.evidencePlaceholder)}`);

  lines.push('', words.requests);
  channel.requests.forEach((request, i) => {
    lines.push(`${String(i + 1)}. ${request}`);
  });
  return `${lines.join('\n')}\n`;
}
