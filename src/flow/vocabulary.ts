// The fixed words of the flow format (action groups, traits, verdict tones, reserved ids), free of zod so the
// browser can use them without carrying the schema parser.

export const ACTION_GROUPS = [
  'immediate',
  'verify',
  'protectInfo',
  'evidence',
  'complain',
  'resolveDebt',
  'rights',
] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

/** Facts about an action that the safety rules check. "repay": the action asks the user to pay. */
export const ACTION_TRAITS = ['repay'] as const;
export type ActionTrait = (typeof ACTION_TRAITS)[number];

export const VERDICT_TONES = ['danger', 'warning', 'caution', 'calm'] as const;
export type VerdictTone = (typeof VERDICT_TONES)[number];

/** Node ids the machine keeps for its own screens. */
export const RESERVED_NODE_IDS = ['review'] as const;

/** How a collector reached out, as the contact log records it. */
export const CONTACT_CHANNELS = ['call', 'sms', 'wechat', 'visit', 'letter', 'thirdParty'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Who the collector contacted. Anyone but "me" is a third party. */
export const CONTACTED_PEOPLE = ['me', 'family', 'colleague', 'employer', 'other'] as const;
export type ContactedPerson = (typeof CONTACTED_PEOPLE)[number];

/** What happened during a contact (the tick list). */
export const CONTACT_EVENTS = [
  'threats',
  'insults',
  'claimedOfficial',
  'askedFees',
  'disclosedDebt',
  'cameToHomeOrWork',
] as const;
export type ContactEvent = (typeof CONTACT_EVENTS)[number];

/** The collection rules the contact log checks entries against. */
export const BREACH_RULE_IDS = [
  'lateContact',
  'tooManyCalls',
  'tooManyAttempts',
  'thirdPartyContacted',
  'debtDisclosed',
  'impersonation',
  'extraFees',
  'threats',
  'insults',
  'enteredHomeOrWork',
] as const;
export type BreachRuleId = (typeof BREACH_RULE_IDS)[number];

/** Where a complaint draft can go. */
export const COMPLAINT_CHANNEL_IDS = ['webank', 'nfra', 'spamReport', 'police'] as const;
export type ComplaintChannelId = (typeof COMPLAINT_CHANNEL_IDS)[number];
