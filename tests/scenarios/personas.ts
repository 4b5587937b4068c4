// Personas in the domain's own words: what happened to them, how they answer, what the result must say.

export interface Persona {
  /** Who, and what happened, in one line. */
  it: string;
  /** Answers in the order the screens ask them: [questionId, optionIds]. */
  answers: [string, string[]][];
  /** Verdict ids, most serious first. */
  expectVerdicts: string[];
  /** Actions that must be in the list. */
  mustHave: string[];
  /** Actions that must not be in the list. */
  mustNotHave?: string[];
  /** The first action, where it matters. */
  firstAction?: string;
}

export const PERSONAS: Persona[] = [
  {
    it: 'a polite overdue reminder by SMS, checked with WeBank, can pay in full → lawful reminder, pay in the official entry',
    answers: [
      ['safetyNow', ['noneOfThese']],
      ['contactKind', ['sms']],
      ['lender', ['webank']],
      ['loanStatus', ['overdue']],
      ['collectorVerified', ['confirmedReal']],
      ['redFlags', ['noneOfThese']],
      ['conduct', ['noneOfThese']],
      ['paymentSituation', ['canPayFull']],
      ['amountDisputed', ['amountCorrect']],
    ],
    expectVerdicts: ['lawfulReminder'],
    mustHave: ['repayOfficialChannelOnly', 'keepRecords', 'freeLegalAdvice', 'notACrime'],
    mustNotHave: ['call110Now', 'doNotTransfer', 'verifyWithLender'],
  },
  {
    it: 'a collector is at the door right now and she wants the list at once → danger, 110 first',
    answers: [
      ['safetyNow', ['atDoorNow']],
      ['safetyFirst', ['showActionsNow']],
    ],
    expectVerdicts: ['danger'],
    firstAction: 'call110Now',
    mustHave: ['call110Now', 'homeVisitRights', 'keepRecords', 'verifyWithLender'],
  },
  {
    it: 'held at work and not allowed to leave → danger, 110 first, never pay at the door',
    answers: [
      ['safetyNow', ['heldAgainstWill']],
      ['safetyFirst', ['showActionsNow']],
    ],
    expectVerdicts: ['danger'],
    firstAction: 'call110Now',
    mustHave: ['call110Now', 'protectPersonalInfo', 'keepRecords', 'freeLegalAdvice'],
    mustNotHave: ['repayOfficialChannelOnly', 'negotiateWithLender'],
  },
  {
    it: 'threatened with violence, safe now, answers everything → danger first, unlawful conduct, 110 first',
    answers: [
      ['safetyNow', ['violenceThreatened']],
      ['safetyFirst', ['continueQuestions']],
      ['contactKind', ['call']],
      ['lender', ['webank']],
      ['loanStatus', ['overdue']],
      ['collectorVerified', ['notChecked']],
      ['redFlags', ['noneOfThese']],
      ['conduct', ['threats', 'insults']],
      ['paymentSituation', ['cannotPayNow']],
      ['amountDisputed', ['amountCorrect']],
    ],
    expectVerdicts: ['danger', 'likelyUnlawful'],
    firstAction: 'call110Now',
    mustHave: ['call110Now', 'reportToPolice', 'complainToLender', 'complainToNfra', 'negotiateWithLender'],
  },
  {
    it: 'told to move money to a "safe account" and pay a cancellation fee → likely scam, do not transfer',
    answers: [
      ['safetyNow', ['noneOfThese']],
      ['contactKind', ['call', 'chatMessage']],
      ['lender', ['webank']],
      ['loanStatus', ['notSure']],
      ['collectorVerified', ['notChecked']],
      ['redFlags', ['personalAccount', 'extraFees', 'cancelAccountOrCredit']],
      ['conduct', ['noneOfThese']],
      ['paymentSituation', ['canPayPart']],
      ['amountDisputed', ['notSure']],
    ],
    expectVerdicts: ['likelyScam', 'likelyUnlawful'],
    firstAction: 'doNotTransfer',
    mustHave: ['doNotTransfer', 'verifyWithLender', 'noStandaloneApp', 'protectPersonalInfo', 'avoidCreditRepairScams'],
    mustNotHave: ['repayOfficialChannelOnly'],
  },
  {
    it: 'never borrowed, an SMS with a link says she owes money → likely scam, no repayment questions or actions',
    answers: [
      ['safetyNow', ['noneOfThese']],
      ['contactKind', ['sms']],
      ['lender', ['webank']],
      ['loanStatus', ['neverBorrowed']],
      ['collectorVerified', ['notChecked']],
      ['redFlags', ['linkOrApp']],
      ['conduct', ['noneOfThese']],
    ],
    expectVerdicts: ['likelyScam'],
    firstAction: 'doNotTransfer',
    mustHave: ['doNotTransfer', 'verifyWithLender', 'noStandaloneApp', 'reportSpam12321', 'notYourDebt'],
    mustNotHave: ['repayOfficialChannelOnly', 'negotiateWithLender'],
  },
  {
    it: 'family and a colleague were called, calls come at 23:00, cannot pay now → likely unlawful, complain, warn contacts',
    answers: [
      ['safetyNow', ['noneOfThese']],
      ['contactKind', ['call', 'thirdPartiesContacted']],
      ['lender', ['webank']],
      ['loanStatus', ['overdue']],
      ['collectorVerified', ['confirmedReal']],
      ['redFlags', ['noneOfThese']],
      ['conduct', ['lateCalls', 'manyCalls', 'toldThirdParties']],
      ['paymentSituation', ['cannotPayNow']],
      ['amountDisputed', ['amountCorrect']],
    ],
    expectVerdicts: ['likelyUnlawful'],
    mustHave: [
      'warnContacts',
      'complainToLender',
      'complainToNfra',
      'collectionTimeRules',
      'privacyRights',
      'negotiateWithLender',
    ],
    mustNotHave: ['call110Now', 'doNotTransfer'],
  },
  {
    it: 'a WeChat message says she "has been sued" → verify with 12368, do not ignore a real summons',
    answers: [
      ['safetyNow', ['noneOfThese']],
      ['contactKind', ['chatMessage', 'courtPapers']],
      ['courtPaperKind', ['messageOnly']],
      ['lender', ['webank']],
      ['loanStatus', ['overdue']],
      ['collectorVerified', ['notChecked']],
      ['redFlags', ['noneOfThese']],
      ['conduct', ['noneOfThese']],
      ['paymentSituation', ['canPayPart']],
      ['amountDisputed', ['amountCorrect']],
    ],
    expectVerdicts: ['lawfulReminder'],
    mustHave: ['verifyCourtPapers', 'doNotIgnoreSummons', 'verifyWithLender'],
    mustNotHave: ['objectToPaymentOrder'],
  },
  {
    it: 'a payment order arrived and the amount looks wrong → object in writing within 15 days, dispute the amount',
    answers: [
      ['safetyNow', ['noneOfThese']],
      ['contactKind', ['letter', 'courtPapers']],
      ['courtPaperKind', ['paymentOrder']],
      ['lender', ['webank']],
      ['loanStatus', ['overdue']],
      ['collectorVerified', ['confirmedReal']],
      ['redFlags', ['noneOfThese']],
      ['conduct', ['noneOfThese']],
      ['paymentSituation', ['canPayPart']],
      ['amountDisputed', ['amountWrong']],
    ],
    expectVerdicts: ['lawfulReminder'],
    mustHave: ['verifyCourtPapers', 'doNotIgnoreSummons', 'objectToPaymentOrder', 'disputeTheAmount'],
  },
  {
    it: 'a caller claiming to be police threatens arrest and a frozen WeChat → unlawful, verify, plain debt is not a crime',
    answers: [
      ['safetyNow', ['noneOfThese']],
      ['contactKind', ['call', 'claimsOfficial']],
      ['lender', ['webank']],
      ['loanStatus', ['overdue']],
      ['collectorVerified', ['notChecked']],
      ['redFlags', ['noneOfThese']],
      ['conduct', ['impersonation', 'jailThreat', 'freezeThreat']],
      ['paymentSituation', ['cannotPayNow']],
      ['amountDisputed', ['amountCorrect']],
    ],
    expectVerdicts: ['likelyUnlawful'],
    mustHave: ['verifyOfficialClaim', 'notACrime', 'noFreezeWithoutCourt', 'reportToPolice'],
  },
];

/** A collector for a lender the person cannot name: the generic lender profile, which holds no phone number. */
export const UNKNOWN_LENDER_PERSONA: Persona = {
  it: 'a collector for a platform she does not recognise calls at 23:00 and will not say the company → likely scam, verify through the contract, no WeBank number',
  answers: [
    ['safetyNow', ['noneOfThese']],
    ['contactKind', ['call']],
    ['lender', ['otherOrUnsure']],
    ['loanStatus', ['notSure']],
    ['collectorVerified', ['notChecked']],
    ['redFlags', ['firmUnknown']],
    ['conduct', ['lateCalls']],
    ['paymentSituation', ['canPayPart']],
    ['amountDisputed', ['notSure']],
  ],
  expectVerdicts: ['likelyScam', 'likelyUnlawful'],
  mustHave: ['doNotTransfer', 'verifyWithLender', 'complainToLender', 'complainToNfra', 'collectionTimeRules'],
  mustNotHave: ['noStandaloneApp', 'repayOfficialChannelOnly'],
};

/** People who received court papers, or were told they had been sued, through the court-papers flow. */
export const COURT_PERSONAS: Persona[] = [
  {
    it: 'a 法院专递 envelope with a complaint copy, checked as real, amount correct but cannot pay all → answer within 15 days, settle officially',
    answers: [
      ['howReceived', ['courtMail']],
      ['documentKind', ['complaintCopy']],
      ['caseVerified', ['confirmedReal']],
      ['receivedWhen', ['within7Days']],
      ['debtView', ['agreeCannotPay']],
    ],
    expectVerdicts: ['courtDeadlines'],
    mustHave: ['verifyCourtPapers', 'doNotIgnoreSummons', 'settleThroughOfficialChannels', 'freeLegalAdvice'],
    mustNotHave: ['call110Now', 'fakeCourtPapers', 'appealWithin15Days', 'deadlineMayHavePassed'],
  },
  {
    it: 'a complaint copy for a small claim, signed for by a family member 9 days ago → the short deadline may already have passed',
    answers: [
      ['howReceived', ['courtMail']],
      ['documentKind', ['complaintCopy']],
      ['caseVerified', ['confirmedReal']],
      ['receivedWhen', ['from7To15Days']],
      ['debtView', ['disputeAmount']],
    ],
    expectVerdicts: ['courtDeadlines'],
    mustHave: ['doNotIgnoreSummons', 'deadlineMayHavePassed', 'disputeInCourt', 'freeLegalAdvice'],
    mustNotHave: ['appealWithin15Days', 'settleThroughOfficialChannels'],
  },
  {
    it: 'a payment order received three weeks ago, amount disputed → written objection, the deadline may have passed, 12348',
    answers: [
      ['howReceived', ['courtMail']],
      ['documentKind', ['paymentOrder']],
      ['caseVerified', ['notChecked']],
      ['receivedWhen', ['over15Days']],
      ['debtView', ['disputeAmount']],
    ],
    expectVerdicts: ['courtDeadlines'],
    mustHave: ['objectToPaymentOrder', 'deadlineMayHavePassed', 'disputeInCourt', 'enforcementStageFacts'],
    mustNotHave: ['settleThroughOfficialChannels'],
  },
  {
    it: 'a first-instance judgment → 15-day appeal, when 失信 can happen, freezing needs a court order',
    answers: [
      ['howReceived', ['handedOver']],
      ['documentKind', ['judgment']],
      ['caseVerified', ['confirmedReal']],
      ['receivedWhen', ['within7Days']],
      ['debtView', ['agreeCannotPay']],
    ],
    expectVerdicts: ['courtDeadlines'],
    mustHave: ['appealWithin15Days', 'enforcementStageFacts', 'courtFreezeRules', 'notACrime'],
  },
  {
    it: 'a collector texts "you have been sued", the court has not found the case yet, never borrowed → ask the court, deadlines kept, nothing to pay',
    answers: [
      ['howReceived', ['collectorMessage']],
      ['documentKind', ['notSure']],
      ['caseVerified', ['caseNotFound']],
      ['debtView', ['notMine']],
    ],
    expectVerdicts: ['courtCaseNotFound'],
    mustHave: ['fakeCourtPapers', 'verifyCourtPapers', 'verifyOfficialClaim', 'openCollectionGuide'],
    mustNotHave: ['settleThroughOfficialChannels', 'notACrime'],
    firstAction: 'fakeCourtPapers',
  },
  {
    it: 'someone claiming to be from the court is at the door and she wants the list at once → danger, 110 first',
    answers: [
      ['howReceived', ['someoneAtDoor']],
      ['safetyFirst', ['showActionsNow']],
    ],
    expectVerdicts: ['danger'],
    mustHave: ['verifyCourtPapers', 'verifyOfficialClaim', 'freeLegalAdvice'],
    firstAction: 'call110Now',
  },
];
