// The data contract for flows/: zod schemas for flow files and the shared catalogue; all flow types derive from here.
import { z } from 'zod';
import {
  ACTION_GROUPS,
  ACTION_TRAITS,
  BREACH_RULE_IDS,
  COMPLAINT_CHANNEL_IDS,
  CONTACTED_PEOPLE,
  CONTACT_CHANNELS,
  CONTACT_EVENTS,
  UI_TEXT_KEYS,
  VERDICT_TONES,
} from './vocabulary.ts';
import type { BreachRuleId, UiText } from './vocabulary.ts';

export { ACTION_GROUPS, ACTION_TRAITS, LENDER_FIELDS, RESERVED_NODE_IDS, VERDICT_TONES } from './vocabulary.ts';
export type {
  UiText,
  ActionGroup,
  ActionTrait,
  BreachRuleId,
  ComplaintChannelId,
  ContactChannel,
  ContactEvent,
  ContactedPerson,
  LenderField,
  VerdictTone,
} from './vocabulary.ts';

/** A stable identifier: letters, digits and dashes, starting with a letter. Used in URLs, state keys and tests. */
export const IdSchema = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9-]*$/, { error: 'must be letters, digits or "-", starting with a letter' });

/** Text shown to the user. Phone numbers inside it are written as {tel:phoneId} so they always carry a source. */
export const TextSchema = z.string().trim().min(1, { error: 'must not be empty' });

/** yyyy-mm-dd */
export const IsoDateSchema = z.iso.date({ error: 'must be a date written yyyy-mm-dd' });

/**
 * A condition over the user's answers. The vocabulary is closed on purpose: flow files hold data, never code.
 * - `{ "question": "contactKind", "anyOf": ["visitActual"] }`: that question's answer contains one of these options
 * - `{ "all": [...] }` / `{ "any": [...] }` / `{ "not": ... }`: combinators
 * - `{ "always": true }`: holds for everyone
 * Answers to questions the user's current route no longer passes through never count.
 */
export type Condition =
  | { question: string; anyOf: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { always: true };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ question: IdSchema, anyOf: z.array(IdSchema).min(1) }),
      z.strictObject({ all: z.array(ConditionSchema).min(1) }),
      z.strictObject({ any: z.array(ConditionSchema).min(1) }),
      z.strictObject({ not: ConditionSchema }),
      z.strictObject({ always: z.literal(true) }),
    ],
    {
      error:
        'must be one condition: {"question", "anyOf"}, {"all": [...]}, {"any": [...]}, {"not": ...} or {"always": true}',
    },
  ),
);

export const OptionSchema = z.strictObject({
  /** Stable id, unique within its question. */
  id: IdSchema,
  /** What the user taps. Short, plain words. */
  label: TextSchema,
  /** Optional second line under the label (an example, a clarification). */
  hint: TextSchema.optional(),
  /** For `select: "many"`: choosing this option clears the others ("以上都没有"); never quoted as a reason. */
  exclusive: z.boolean().optional(),
  /** How the result quotes this answer as a reason, where the label means nothing alone ("不确定有没有这笔欠款"). */
  reason: TextSchema.optional(),
});

export const BranchSchema = z.strictObject({
  /** When this holds (with the answer just given included), go to `next`. Branches are tried in order. */
  when: ConditionSchema,
  next: IdSchema,
});

export const QuestionNodeSchema = z.strictObject({
  kind: z.literal('question'),
  id: IdSchema,
  /** "one": radio buttons. "many": check boxes (several may apply). */
  select: z.enum(['one', 'many']),
  /** The question, one idea, as the page heading. */
  prompt: TextSchema,
  /** A short line under the question. */
  hint: TextSchema.optional(),
  /** Short name of this question on the answers page ("联系方式"). */
  reviewLabel: TextSchema,
  /** Action cards (ids from the catalogue) shown above the question, e.g. "call 110 now" on the safety screen. */
  guidance: z.array(IdSchema).optional(),
  options: z.array(OptionSchema).min(2, { error: 'a question needs at least two options' }),
  /** Where to go when no branch matches. */
  next: IdSchema,
  branches: z.array(BranchSchema).optional(),
});

export const VerdictRuleSchema = z.strictObject({
  /** A verdict id from flows/shared/verdicts.json. */
  verdict: IdSchema,
  when: ConditionSchema,
});

export const ActionRuleSchema = z.strictObject({
  /** An action id from flows/shared/actions.json. */
  action: IdSchema,
  when: ConditionSchema,
  /** Shows the action in another group than its own here, e.g. "goodToKnow" for advice everyone gets. */
  group: z.enum(ACTION_GROUPS).optional(),
  /**
   * How directly the answers call for this step, 1 first: 1 keeps someone safe or their money from leaving now,
   * 2 a deadline or a claim to check before anything else, 3 (the default) what a specific answer asks for, 4 and 5
   * protective steps for almost anyone. The first steps of a result are the lowest ranks; the flow check fails
   * when general steps (trait "general") are ranked so that three of them could lead while a specific one applies.
   */
  rank: z.int().min(1).max(9).optional(),
});

export const OutcomeNodeSchema = z.strictObject({
  kind: z.literal('outcome'),
  id: IdSchema,
  /** Heading of the result page. */
  title: TextSchema,
  /** Verdicts that may apply; every one whose condition holds is shown, most serious first. */
  verdicts: z.array(VerdictRuleSchema).min(1),
  /** The verdict shown when no rule above holds (the calm one). */
  fallbackVerdict: IdSchema,
  /** Actions that may apply. Order here is priority within a group. At least one must be unconditional. */
  actions: z.array(ActionRuleSchema).min(1),
  /**
   * A result reached early (the list shown at once to someone in danger) can go on with the questions: this answer
   * to this question, offered as a button under the first steps, takes the person on to the next unanswered one.
   */
  resume: z.strictObject({ question: IdSchema, option: IdSchema }).optional(),
});

export const FlowNodeSchema = z.discriminatedUnion('kind', [QuestionNodeSchema, OutcomeNodeSchema], {
  error: 'must have "kind": "question" or "outcome"',
});

/**
 * Which lender profiles fill the {lender:field} tokens in this flow's actions and verdicts: each option of the
 * lender question picks a profile (a "many" question may name several lenders; a lender-specific action is then
 * given once for each); `otherwise` (a generic profile) applies while it is unanswered, and always in a flow that
 * does not ask (its text then speaks of the lender in general words).
 */
export const FlowLendersSchema = z.strictObject({
  /** Id of the question that asks who lent the money ("one", or "many" for several lenders); with `byOption`. */
  question: IdSchema.optional(),
  /** Each of that question's option ids → a profile id from flows/shared/lenders.json. */
  byOption: z.record(IdSchema, IdSchema).optional(),
  /** The profile used when the question was not answered on the route (e.g. the safety shortcut). */
  otherwise: IdSchema,
});

export const FlowSchema = z.strictObject({
  /** Editor hint pointing at the generated JSON Schema; ignored by the app. */
  $schema: z.string().optional(),
  id: IdSchema,
  /** Bump when questions or options change meaning: saved progress from another version is discarded. */
  version: z.int().positive(),
  /** Name of the flow as shown on the start screen. */
  title: TextSchema,
  /** One or two sentences under the title on the start screen. */
  summary: TextSchema,
  /** How a person names this situation on the first screen's chooser ("有人找我催收"); the title when absent. */
  situation: TextSchema.optional(),
  /** Id of the first node. */
  start: IdSchema,
  nodes: z.array(FlowNodeSchema).min(2),
  /** Present when the flow's text depends on who lent the money. */
  lenders: FlowLendersSchema.optional(),
});

/** How firmly a source is established, from the fact sheet's tags. "unverified" facts are never stated. */
export const ReliabilitySchema = z.enum(['verified-primary', 'secondary'], {
  error: 'must be "verified-primary" or "secondary" (unverified facts are never stated)',
});

export const SourceSchema = z.strictObject({
  /** Full title of the law, rule, standard or page. */
  title: TextSchema,
  /** Who issued or published it. */
  publisher: TextSchema.optional(),
  /** Where a reader can look it up, where there is such an address. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  reliability: ReliabilitySchema,
  /** When this source was last checked for the statements that cite it. */
  checked: IsoDateSchema,
});

export const CitationSchema = z.strictObject({
  /** A source id from flows/shared/sources.json. */
  source: IdSchema,
  /** Article, clause or section ("第五十条第一款第（五）项"). */
  article: TextSchema.optional(),
  /** What it says, in one plain sentence, as it applies here. */
  says: TextSchema,
});

export const PhoneSchema = z.strictObject({
  /** Digits only, as dialled. */
  number: z.string().regex(/^\d{3,12}$/, { error: 'must be 3 to 12 digits' }),
  /** Who answers ("微众银行客服热线"). */
  name: TextSchema,
  /** Where this number comes from. */
  citation: CitationSchema,
});

export const ActionSchema = z.strictObject({
  group: z.enum(ACTION_GROUPS),
  /** What to do, in one line. */
  title: TextSchema,
  /** How: short steps in order. */
  steps: z.array(TextSchema).min(1),
  /** The legal or factual basis. Every action has at least one. */
  basis: z.array(CitationSchema).min(1, { error: 'every action needs at least one source' }),
  /** "repay": the action tells the user to pay something. */
  traits: z.array(z.enum(ACTION_TRAITS)).optional(),
  /** Id of another flow this action offers to open (a button under the steps), e.g. "court-papers". */
  opensFlow: IdSchema.optional(),
});

/**
 * One kind of conduct or situation a verdict covers, named by what the person said: while the verdict holds and
 * `when` holds too, the result shows this line instead of the verdict's general title ("把你欠钱的事告诉了别人：
 * 可能违规"). Conditions read the flows' questions; in a flow without that question the line never shows.
 */
export const NamedVerdictSchema = z.strictObject({
  /** Stable within the verdict: the line's key and its translation's. */
  id: IdSchema,
  when: ConditionSchema,
  title: TextSchema,
  /** Said instead of the verdict's summary, where this kind of conduct needs other words. */
  summary: TextSchema.optional(),
});

export const VerdictSchema = z.strictObject({
  /** 1 is the most serious; verdicts are shown in this order. */
  rank: z.int().positive(),
  tone: z.enum(VERDICT_TONES),
  /** Banner heading ("你现在可能有危险"), shown when none of `named` applies. */
  title: TextSchema,
  /** One or two calm sentences. */
  summary: TextSchema,
  basis: z.array(CitationSchema).optional(),
  /** The kinds of conduct this verdict covers, most serious first: each that applies is a line of its own. */
  named: z.array(NamedVerdictSchema).optional(),
});

/** Every key of a fixed vocabulary must be present: a missing label or rule is an authoring error, named. */
function everyKey<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);
}

/** Text with named slots ("共 {count} 条") the code fills in; every slot must be there, in any order. */
function withSlots(slots: readonly string[]) {
  return TextSchema.refine((text) => slots.every((slot) => text.includes(`{${slot}}`)), {
    error: `must contain ${slots.map((s) => `{${s}}`).join(', ')}`,
  });
}

/** "22:00" */
const WallClockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written hh:mm' });

const BreachRuleBase = {
  /** Shown on a flagged entry: always "可能违规…", never a finding. */
  title: TextSchema,
  /** The rule in one or two plain sentences. */
  explanation: TextSchema,
  basis: z.array(CitationSchema).min(1, { error: 'every rule needs at least one source' }),
};

const PlainBreachRuleSchema = z.strictObject(BreachRuleBase);
const DailyLimitRuleSchema = z.strictObject({ ...BreachRuleBase, maxPerDay: z.int().positive() });

/** One entry per id in BREACH_RULE_IDS; the thresholds live here, beside the words that state them. */
export const BreachRulesSchema = z.strictObject({
  lateContact: z.strictObject({ ...BreachRuleBase, quietFrom: WallClockSchema, quietUntil: WallClockSchema }),
  tooManyCalls: DailyLimitRuleSchema,
  tooManyAttempts: DailyLimitRuleSchema,
  thirdPartyContacted: PlainBreachRuleSchema,
  debtDisclosed: PlainBreachRuleSchema,
  impersonation: PlainBreachRuleSchema,
  extraFees: PlainBreachRuleSchema,
  threats: PlainBreachRuleSchema,
  insults: PlainBreachRuleSchema,
  enteredHomeOrWork: PlainBreachRuleSchema,
} satisfies Record<BreachRuleId, z.ZodType>);

export const ComplaintChannelSchema = z.strictObject({
  /** Who the complaint goes to. */
  name: TextSchema,
  /** A phone id from flows/shared/phones.json; none where no number is sourced as taking such reports. */
  phone: IdSchema.optional(),
  /** What this channel handles, as the fact sheet supports it. */
  handles: TextSchema,
  /** When to follow up if there is no answer, where a rule sets a handling time. */
  followUpDays: z.int().positive().optional(),
  /** The result-page action (from flows/shared/actions.json) that recommends this channel. */
  suggestedBy: IdSchema,
  /** Logged breaches that make this channel fitting. */
  forRules: z.array(z.enum(BREACH_RULE_IDS)).min(1),
  /** First line of the draft. */
  subject: TextSchema,
  /** "What I ask for", one request per item. */
  requests: z.array(TextSchema).min(1),
  basis: z.array(CitationSchema).min(1, { error: 'every channel needs at least one source' }),
});

/** The fixed wording of complaint drafts; `{count}` and `{date}` are filled in. */
export const DraftTextSchema = z.strictObject({
  heading: withSlots(['channel', 'number', 'subject']),
  /** For a channel with no number to give (a lender the app does not know): where to find it is said on the card. */
  headingWithoutNumber: withSlots(['channel', 'subject']),
  whoIAm: TextSchema,
  namePlaceholder: TextSchema,
  phonePlaceholder: TextSchema,
  whatHappened: TextSchema,
  nothingLogged: TextSchema,
  fromTriage: TextSchema,
  evidence: TextSchema,
  loggedEntries: withSlots(['count']),
  evidencePlaceholder: TextSchema,
  alreadyComplained: withSlots(['date']),
  ticketPlaceholder: TextSchema,
  requests: TextSchema,
  placeholderPrefix: TextSchema,
  reason: withSlots(['question', 'answer']),
  /** How many contacts were logged and which of them the draft lists: all, the flagged ones, the latest few. */
  entriesAll: withSlots(['count']),
  entriesFlagged: withSlots(['count', 'flagged']),
  entriesLatest: withSlots(['count', 'shown']),
  entriesFlaggedLatest: withSlots(['count', 'flagged', 'shown']),
  /** Where the rest is, when a draft lists only some contacts. */
  fullLog: TextSchema,
  textShortened: withSlots(['count']),
});

/** Content for the contact log, complaint drafts, call script, family message and deadline reminders. */
export const ContactLogContentSchema = z.strictObject({
  labels: z.strictObject({
    channel: everyKey(CONTACT_CHANNELS, TextSchema),
    contacted: everyKey(CONTACTED_PEOPLE, TextSchema),
    happened: everyKey(CONTACT_EVENTS, TextSchema),
  }),
  breachRules: BreachRulesSchema,
  complaintChannels: everyKey(COMPLAINT_CHANNEL_IDS, ComplaintChannelSchema),
  draftText: DraftTextSchema,
  /** Wording of the log's lines and its plain-text export; `{…}` names are filled in. */
  timelineText: z.strictObject({
    heading: withSlots(['count', 'date']),
    contactLine: withSlots(['when', 'channel', 'who']),
    channelDetails: withSlots(['channel', 'details']),
    answered: TextSchema,
    unanswered: TextSchema,
    minutes: withSlots(['count']),
    callerGave: withSlots(['text']),
    firmNamed: withSlots(['text']),
    happened: withSlots(['text']),
    notes: withSlots(['text']),
    withBasis: withSlots(['text', 'sources']),
    /** Separators are words too: "；" in Chinese, "; " in English. Spaces matter, so no trimming. */
    listSeparator: z.string().min(1),
    detailSeparator: z.string().min(1),
    disclaimer: TextSchema,
  }),
  /** Calendar reminder wording; `{channel}`, `{date}` and `{rule}` are filled in. */
  reminderText: z.strictObject({
    followUpTitle: TextSchema,
    followUpDescription: TextSchema,
    paymentOrderTitle: TextSchema,
    paymentOrderDescription: TextSchema,
  }),
  callScript: z.strictObject({
    title: TextSchema,
    /** Each line as it is said aloud, so none names a number; the numbers follow the lines. */
    lines: z.array(TextSchema).min(1),
    /** Leads the lender's official numbers, shown after the lines. */
    checkWith: TextSchema,
    basis: z.array(CitationSchema).min(1),
  }),
  familyMessage: z.strictObject({ title: TextSchema, text: TextSchema, basis: z.array(CitationSchema).min(1) }),
  deadlines: z.strictObject({
    paymentOrder: z.strictObject({
      title: TextSchema,
      explanation: TextSchema,
      days: z.int().positive(),
      basis: z.array(CitationSchema).min(1),
    }),
  }),
});

/** flows/shared/ui.json: every section and key in UI_TEXT_KEYS, nothing else. */
export const UiTextSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(UI_TEXT_KEYS).map(([section, keys]) => [section, everyKey(keys, z.string().min(1))]),
  ),
) as unknown as z.ZodType<UiText>;

/** One detail of a lender profile: the words put in place of its token, and where they come from. */
export const LenderDetailSchema = z.strictObject({
  /** Words that fit in running text; may hold {tel:phoneId}. */
  text: TextSchema,
  basis: z.array(CitationSchema).min(1, { error: 'every lender detail needs a source' }),
});

export const LenderProfileSchema = z.strictObject({
  /** "lender": one named lender. "generic": any other or unknown lender; it never holds a phone number. */
  kind: z.enum(['lender', 'generic']),
  /** What people call it in running text ("微众银行"; "放贷方"). */
  name: LenderDetailSchema,
  /** Its full registered name, or for the generic profile where to find it. */
  officialName: LenderDetailSchema,
  /** How to reach its official customer service: {tel:id} for a named lender, where to look it up otherwise. */
  hotline: LenderDetailSchema,
  /** Its official app or entry points, where bills are seen. */
  officialEntry: LenderDetailSchema,
  /** Where the list of collection agencies it works with is published, or how to check an agency otherwise. */
  partnerList: LenderDetailSchema,
  /** Where repaying is safe. */
  repayment: LenderDetailSchema,
});

export const SourcesFileSchema = z.record(IdSchema, SourceSchema);
export const LendersFileSchema = z.record(IdSchema, LenderProfileSchema);
export const PhonesFileSchema = z.record(IdSchema, PhoneSchema);
export const ActionsFileSchema = z.record(IdSchema, ActionSchema);
export const VerdictsFileSchema = z.record(IdSchema, VerdictSchema);

export type QuestionNode = z.infer<typeof QuestionNodeSchema>;
export type OutcomeNode = z.infer<typeof OutcomeNodeSchema>;
export type FlowNode = z.infer<typeof FlowNodeSchema>;
export type Flow = z.infer<typeof FlowSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Phone = z.infer<typeof PhoneSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type ContactLogContent = z.infer<typeof ContactLogContentSchema>;
export type ComplaintChannel = z.infer<typeof ComplaintChannelSchema>;
export type LenderProfile = z.infer<typeof LenderProfileSchema>;
export type LenderDetail = z.infer<typeof LenderDetailSchema>;
export type FlowLenders = z.infer<typeof FlowLendersSchema>;

/** Everything the flows share: sources, phone numbers, actions, verdicts and lender profiles. */
export interface Catalogue {
  sources: Record<string, Source>;
  phones: Record<string, Phone>;
  actions: Record<string, Action>;
  verdicts: Record<string, Verdict>;
  contactLog: ContactLogContent;
  ui: UiText;
  lenders: Record<string, LenderProfile>;
}

/** What the app receives: the validated catalogue and every flow, keyed by flow id. */
export interface FlowBundle {
  catalogue: Catalogue;
  flows: Record<string, Flow>;
}

/** The user's answers: question id → chosen option ids (one for "one", any number for "many"). */
export type Answers = Readonly<Record<string, readonly string[]>>;
