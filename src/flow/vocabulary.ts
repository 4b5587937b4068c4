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
  // Advice for everyone, whatever they answered: shown last, apart from the steps their answers call for.
  'goodToKnow',
] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

/**
 * Facts about an action that the rules check. "repay": the action asks the user to pay. "general": a protective
 * step that fits almost anyone in the situation (keep records, check officially), so it never leads a result
 * while a step the person's own answers call for is there.
 */
export const ACTION_TRAITS = ['repay', 'general'] as const;
export type ActionTrait = (typeof ACTION_TRAITS)[number];

export const VERDICT_TONES = ['danger', 'warning', 'caution', 'calm'] as const;
export type VerdictTone = (typeof VERDICT_TONES)[number];

/** The details every lender profile gives; each is written in text as the token {lender:<field>}. */
export const LENDER_FIELDS = ['name', 'officialName', 'hotline', 'officialEntry', 'partnerList', 'repayment'] as const;
export type LenderField = (typeof LENDER_FIELDS)[number];

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

/** The app's own words (buttons, headings, notices), by screen; flows/shared/ui.json must give every one. */
export const UI_TEXT_KEYS = {
  app: [
    'siteName',
    'opening',
    'languageLabel',
    'toolsLabel',
    'chooserLabel',
    'chooserTitle',
    'chooserCurrent',
    'loading',
    'loadFailed',
    'retry',
  ],
  tools: ['guide', 'log', 'drafts', 'words'],
  notices: ['corrupt', 'otherVersion', 'expired', 'deleted', 'deleteFailed', 'logUnread', 'logExpired'],
  quickExit: ['button', 'skipLink', 'exitTitle'],
  shell: ['heading', 'body', 'retry', 'restart', 'restartConfirm', 'restartConfirmButton', 'cancel'],
  question: ['errorMany', 'errorOne', 'errorHeading', 'progress', 'progressTotal', 'continue', 'back', 'chosen', 'or'],
  review: ['heading', 'hint', 'change', 'changeHidden', 'confirm'],
  describe: [
    'offer',
    'heading',
    'hint',
    'read',
    'skip',
    'understood',
    'askConfirm',
    'recordedAs',
    'separator',
    'confirm',
    'edit',
    'none',
    'noneContinue',
    'unavailable',
  ],
  result: [
    'count',
    'because',
    'actionBecause',
    'actionBecauseAnswers',
    'quoted',
    'listSeparator',
    'done',
    'share',
    'shareCopied',
    'shareFailed',
    'print',
    'shareFooter',
    'basis',
    'verdictLine',
    'sourcesLine',
    'lenderStep',
    'toolsHeading',
    'toolsBody',
    'openLog',
    'openDrafts',
    'disclaimer',
    'changeAnswers',
    'restart',
    'openFlow',
    'verdictLabel',
    'verdictMore',
    'firstSteps',
    'allSteps',
    'doneMark',
    'printWithSources',
    'moreVerdicts',
  ],
  /** A word for each verdict tone and a heading for each action group. */
  tone: VERDICT_TONES,
  groups: ACTION_GROUPS,
  citations: [
    'summary',
    'verifiedPrimary',
    'official',
    'secondary',
    'checked',
    'shortSeparator',
    'shortJoin',
    'publisher',
    'articleJoin',
    'count',
  ],
  privacy: [
    'heading',
    'sharedOn',
    'stored',
    'noStorage',
    'retention',
    'days',
    'sharedMode',
    'confirmLabel',
    'confirmText',
    'confirm',
    'cancel',
    'deleteAll',
    'saveFailed',
    'storageFull',
    'sharedHomeScreen',
    'sharedConfirmLabel',
    'sharedConfirmText',
    'sharedConfirm',
    'exportFirst',
    'reminderQuestion',
    'reminderExtend',
    'reminderKeep',
  ],
  log: [
    'heading',
    'intro',
    'add',
    'saved',
    'changed',
    'deleted',
    'summaryHeading',
    'summaryCount',
    'disclaimer',
    'allHeading',
    'showMore',
    'fullNote',
    'breaches',
    'noBreach',
    'edit',
    'delete',
    'confirmDelete',
    'keep',
    'exportHeading',
    'copyAll',
    'download',
    'fileName',
    'print',
    'empty',
    'saveFailed',
    'unreadHeading',
    'unreadBody',
    'unreadCopy',
    'unreadDownload',
    'unreadFileName',
    'nearLimit',
    'atLimit',
  ],
  entry: [
    'addHeading',
    'editHeading',
    'errorHeading',
    'errorAt',
    'errorAtRange',
    'errorChannel',
    'errorAnswered',
    'errorDuration',
    'at',
    'atNow',
    'channel',
    'answered',
    'answeredYes',
    'answeredNo',
    'duration',
    'contacted',
    'caller',
    'firm',
    'happened',
    'notes',
    'more',
    'save',
    'cancel',
  ],
  copy: ['copied', 'failed'],
  drafts: [
    'heading',
    'intro',
    'nothingYet',
    'otherChannels',
    'draftLabel',
    'copy',
    'made',
    'followUp',
    'followUpFile',
    'undo',
    'markMade',
    'receivedOn',
    'receivedMissing',
    'receivedOutOfRange',
    'deadlinePassed',
    'deadlineButton',
    'deadlineFile',
    'nameSeparator',
    'howToUse',
    'showText',
    'inChinese',
    'reading',
  ],
  words: ['copy'],
} as const;
export type UiSection = keyof typeof UI_TEXT_KEYS;
export type UiText = { [S in UiSection]: Record<(typeof UI_TEXT_KEYS)[S][number], string> };

// In their own module, which is all of this vocabulary the first download needs.
export { LANGUAGES, SOURCE_LANGUAGE } from './languages.ts';
export type { Language } from './languages.ts';
