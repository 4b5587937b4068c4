// Complaint drafts for each fitting channel, from the user's logged contacts and triage answers.
import type { ResultView } from '../flow/actionList.ts';
import { fillLender, usesLenderToken } from '../flow/lenders.ts';
import type { Catalogue, ComplaintChannel, LenderProfile, Phone } from '../flow/schema.ts';
import { COMPLAINT_CHANNEL_IDS } from '../flow/vocabulary.ts';
import type { ComplaintChannelId } from '../flow/vocabulary.ts';
import type { LogCheck } from './breaches.ts';
import { breachLine, describeContact, entryDetails, fillSlots } from './timeline.ts';

/** A channel a complaint can go to, and whether the person's answers or log point to it. */
export interface DraftChannel {
  channelId: ComplaintChannelId;
  /** The channel's words, with the lender's named where the channel is the lender's own customer service. */
  channel: ComplaintChannel;
  /** The number to call; none for a lender the app does not know (it never guesses one). */
  phone: Phone | undefined;
  /** How to reach the channel, as text: a {tel:…} button, or where to find the number. */
  reach: string;
  /** The lender whose words the channel uses. */
  lender: LenderProfile | undefined;
  /** Whether the user's answers or log point to this channel. */
  fitting: boolean;
}

export interface ComplaintDraft extends DraftChannel {
  /** The text to copy; every gap the user must fill is marked 【请填写：…】. */
  text: string;
}

export interface DraftInput {
  log: LogCheck;
  /** The triage result, once the user has reached it. */
  result: ResultView | undefined;
  /** Channel → the Beijing date the user marked the complaint as made. */
  complaintsMade: Partial<Record<ComplaintChannelId, string>>;
  /** The lender the answers name (lenderFor): fills the lender channel's {lender:…} words and its number. */
  lender: LenderProfile | undefined;
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

/**
 * The channel with its {lender:…} words filled and how to reach it. A channel whose words name the lender is the
 * lender's own customer service: its number is the lender profile's hotline, a {tel:…} button for a lender the app
 * knows and, for any other, the words saying where the official number is written; the channel's own phone is only
 * used for channels that do not depend on the lender.
 */
export function channelFor(
  catalogue: Catalogue,
  channelId: ComplaintChannelId,
  lender: LenderProfile | undefined,
): { channel: ComplaintChannel; phone: Phone | undefined; reach: string } {
  const raw = catalogue.contactLog.complaintChannels[channelId];
  // A flow that does not ask about the lender still speaks of "the lender", never of a token or of WeBank.
  lender ??= genericLender(catalogue);
  const fill = (text: string) => fillLender(text, lender).text;
  const channel: ComplaintChannel = {
    ...raw,
    name: fill(raw.name),
    handles: fill(raw.handles),
    subject: fill(raw.subject),
    requests: raw.requests.map(fill),
  };
  const lenderOwn = [raw.name, raw.subject].some(usesLenderToken);
  // A channel without a sourced number is reached the way its `handles` text says (a website, an account).
  const reach = lenderOwn && lender ? lender.hotline.text : raw.phone === undefined ? '' : `{tel:${raw.phone}}`;
  const phoneId = /^\{tel:([^}]+)\}$/.exec(reach)?.[1];
  const phone = phoneId === undefined ? undefined : catalogue.phones[phoneId];
  if (phoneId !== undefined && !phone)
    throw new Error(`complaint channel "${channelId}" names unknown phone "${phoneId}"`);
  return { channel, phone, reach };
}

function genericLender(catalogue: Catalogue): LenderProfile | undefined {
  return Object.values(catalogue.lenders).find((profile) => profile.kind === 'generic');
}

/** Every channel, fitting ones first (each group in the order the data gives); no draft text is built here. */
export function draftChannels(catalogue: Catalogue, input: DraftInput): DraftChannel[] {
  const channels = COMPLAINT_CHANNEL_IDS.map((channelId): DraftChannel => {
    const reached = channelFor(catalogue, channelId, input.lender);
    const suggested = findAction(input.result, reached.channel.suggestedBy) !== undefined;
    return {
      channelId,
      ...reached,
      lender: input.lender,
      fitting: suggested || flaggedFor(reached.channel, input.log).length > 0,
    };
  });
  return [...channels.filter((d) => d.fitting), ...channels.filter((d) => !d.fitting)];
}

/** Every channel with its whole draft; the page builds one draft at a time with `draftText` instead. */
export function buildComplaintDrafts(catalogue: Catalogue, input: DraftInput): ComplaintDraft[] {
  return draftChannels(catalogue, input).map((d) => ({ ...d, text: draftText(catalogue, d.channelId, input) }));
}

/** The logged contacts with a likely breach this channel handles. */
function flaggedFor(channel: ComplaintChannel, log: LogCheck): LogCheck['entries'] {
  return log.entries.filter((c) => c.breaches.some((rule) => channel.forRules.includes(rule)));
}

function findAction(result: ResultView | undefined, actionId: string) {
  return result?.groups.flatMap((g) => g.items).find((item) => item.id === actionId);
}

/**
 * The draft for one channel in the catalogue's language: the contacts with a breach this channel handles (all of
 * them when none has one), the latest few when there are many, and a count line that says truthfully how many were
 * logged and which of them are listed.
 */
export function draftText(catalogue: Catalogue, channelId: ComplaintChannelId, input: DraftInput): string {
  const { channel, phone } = channelFor(catalogue, channelId, input.lender);
  const words = catalogue.contactLog.draftText;
  const content = catalogue.contactLog;
  const lines: string[] = [
    phone
      ? fillSlots(words.heading, { channel: channel.name, number: phone.number, subject: channel.subject })
      : fillSlots(words.headingWithoutNumber, { channel: channel.name, subject: channel.subject }),
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
      `${fillSlots(fillLender(words.alreadyComplained, input.lender ?? genericLender(catalogue)).text, { date: madeToWebank })}${placeholder(catalogue, words.ticketPlaceholder)}`,
    );

  lines.push('', words.whatHappened);
  const logged = input.log.entries.length;
  const flagged = flaggedFor(channel, input.log);
  const entries = flagged.length ? flagged : input.log.entries;
  const leftOut = Math.max(0, entries.length - DRAFT_LIMITS.entries);
  if (logged > 0) {
    const counts = { count: String(logged), flagged: String(flagged.length), shown: String(DRAFT_LIMITS.entries) };
    const all = flagged.length === 0 || flagged.length === logged;
    const template = all
      ? leftOut
        ? words.entriesLatest
        : words.entriesAll
      : leftOut
        ? words.entriesFlaggedLatest
        : words.entriesFlagged;
    lines.push(fillSlots(template, counts));
  }
  const shorten = (text: string) => {
    const chars = Array.from(text);
    if (chars.length <= DRAFT_LIMITS.textChars) return text;
    return `${chars.slice(0, DRAFT_LIMITS.textChars).join('')}${fillSlots(words.textShortened, { count: String(chars.length) })}`;
  };
  // Numbered as in the whole log, so a reader sees where the listed ones stand.
  const number = new Map(input.log.entries.map((check, i) => [check, i + 1]));
  for (const check of entries.slice(leftOut)) {
    lines.push(`${String(number.get(check) ?? 0)}. ${describeContact(check, content)}`);
    for (const detail of entryDetails(check, content, shorten)) lines.push(`   ${detail}`);
    for (const rule of check.breaches)
      if (channel.forRules.includes(rule)) lines.push(`   ${breachLine(rule, catalogue)}`);
  }
  if (entries.length < logged || leftOut > 0) lines.push(words.fullLog);
  const because = findAction(input.result, channel.suggestedBy)?.because ?? [];
  if (because.length) {
    lines.push(words.fromTriage);
    for (const reason of because) lines.push(fillSlots(words.reason, reason));
  }
  if (logged === 0 && because.length === 0) lines.push(placeholder(catalogue, words.nothingLogged));

  lines.push('', words.evidence);
  if (logged) lines.push(`- ${fillSlots(words.loggedEntries, { count: String(logged) })}`);
  lines.push(`- ${placeholder(catalogue, words.evidencePlaceholder)}`);

  lines.push('', words.requests);
  channel.requests.forEach((request, i) => {
    lines.push(`${String(i + 1)}. ${request}`);
  });
  return `${lines.join('\n')}\n`;
}
