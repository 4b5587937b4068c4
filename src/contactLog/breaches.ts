// Checks logged contacts against the collection rules in flows/shared/contact-log.json: likely breaches, not findings.
import type { ContactLogContent } from '../flow/schema.ts';
import { BREACH_RULE_IDS } from '../flow/vocabulary.ts';
import type { BreachRuleId, ContactEvent } from '../flow/vocabulary.ts';
import { MINUTES_PER_DAY, minutesOf, parseWallClock } from './clock.ts';
import { reachesThirdParty, sortEntries } from './entry.ts';
import type { ContactEntry } from './entry.ts';

type BreachRules = ContactLogContent['breachRules'];

const EVENT_RULES: Record<ContactEvent, BreachRuleId> = {
  threats: 'threats',
  insults: 'insults',
  claimedOfficial: 'impersonation',
  askedFees: 'extraFees',
  disclosedDebt: 'debtDisclosed',
  cameToHomeOrWork: 'enteredHomeOrWork',
};

export interface EntryCheck {
  entry: ContactEntry;
  /** Rules this entry likely breaches, in rule order. */
  breaches: BreachRuleId[];
  /**
   * For calls to the borrower: which answered (or unanswered) call of its Beijing day from the same collecting
   * institution this is, from 1.
   */
  callOfDay?: number;
}

export interface LogCheck {
  /** Every entry, oldest first, with its likely breaches. */
  entries: EntryCheck[];
  /** Each rule breached at least once, with how many entries breach it. */
  ruleCounts: Partial<Record<BreachRuleId, number>>;
}

/**
 * Does a contact from `start` lasting `duration` minutes touch the quiet hours? A contact that starts at 21:50 and
 * runs 15 minutes is still collection at 22:00, so the whole span counts, including across midnight.
 */
export function touchesQuietHours(start: number, duration: number, quietFrom: number, quietUntil: number): boolean {
  const windows: [number, number][] =
    quietFrom > quietUntil
      ? [
          [0, quietUntil],
          [quietFrom, MINUTES_PER_DAY + quietUntil],
          [MINUTES_PER_DAY + quietFrom, 2 * MINUTES_PER_DAY],
        ]
      : [
          [quietFrom, quietUntil],
          [MINUTES_PER_DAY + quietFrom, MINUTES_PER_DAY + quietUntil],
        ];
  const end = start + Math.min(Math.max(duration, 0), MINUTES_PER_DAY);
  return windows.some(([from, until]) => (duration > 0 ? start < until && end > from : start >= from && start < until));
}

/**
 * Which collecting institution a logged call counts against. The daily call limits bind each institution (the
 * lender or the collection firm the person wrote down), so two firms' calls never add up to one firm's breach.
 * Names match after trimming, folding full-width forms and case, and ignoring spaces; no guessing beyond that.
 *
 * Calls with no firm written down are counted together, as one institution of their own, and never added to a
 * named firm's count: most people are chased by one collector at a time and leave the field blank when stressed, so
 * dropping those calls would hide the very pattern the rule is for, while adding them to a named firm would charge
 * it with calls the person never attributed to it. The flag stays a hint; writing the firm down splits the count.
 */
export function collectingInstitution(entry: ContactEntry): string {
  return entry.firmNamed.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

export function checkLog(entries: readonly ContactEntry[], rules: BreachRules): LogCheck {
  const quietFrom = minutesOf(rules.lateContact.quietFrom);
  const quietUntil = minutesOf(rules.lateContact.quietUntil);
  // Calls are counted per collecting institution and Beijing calendar day of their start, answered and unanswered
  // separately.
  const answeredPerDay = new Map<string, number>();
  const unansweredPerDay = new Map<string, number>();
  const checks = sortEntries(entries).map((entry): EntryCheck => {
    const found = new Set<BreachRuleId>();
    const when = parseWallClock(entry.at);
    let callOfDay: number | undefined;
    if (when && touchesQuietHours(when.minutes, entry.durationMinutes, quietFrom, quietUntil)) found.add('lateContact');
    if (when && entry.channel === 'call' && entry.contacted === 'me') {
      const perDay = entry.answered ? answeredPerDay : unansweredPerDay;
      const key = JSON.stringify([collectingInstitution(entry), when.date]);
      callOfDay = (perDay.get(key) ?? 0) + 1;
      perDay.set(key, callOfDay);
      if (entry.answered && callOfDay > rules.tooManyCalls.maxPerDay) found.add('tooManyCalls');
      if (!entry.answered && callOfDay > rules.tooManyAttempts.maxPerDay) found.add('tooManyAttempts');
    }
    if (reachesThirdParty(entry)) found.add('thirdPartyContacted');
    for (const event of entry.happened) found.add(EVENT_RULES[event]);
    return {
      entry,
      breaches: BREACH_RULE_IDS.filter((id) => found.has(id)),
      ...(callOfDay === undefined ? {} : { callOfDay }),
    };
  });
  const ruleCounts: Partial<Record<BreachRuleId, number>> = {};
  for (const check of checks) for (const rule of check.breaches) ruleCounts[rule] = (ruleCounts[rule] ?? 0) + 1;
  return { entries: checks, ruleCounts };
}
