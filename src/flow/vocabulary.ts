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

/** The details every lender profile gives; each is written in text as the token {lender:<field>}. */
export const LENDER_FIELDS = ['name', 'officialName', 'hotline', 'officialEntry', 'partnerList', 'repayment'] as const;
export type LenderField = (typeof LENDER_FIELDS)[number];

/** Node ids the machine keeps for its own screens. */
export const RESERVED_NODE_IDS = ['review'] as const;
