// Second blind batch: sixty situations written from the fact sheet and people's worries alone, without the guides' rules, to measure how the guides generalise.

/** Action ids the result page can show (docs: outcome vocabulary). */
export type BlindActionId =
  | 'call110Now'
  | 'doNotTransfer'
  | 'noStandaloneApp'
  | 'verifyCourtPapers'
  | 'doNotIgnoreSummons'
  | 'objectToPaymentOrder'
  | 'checkLawyerLetter'
  | 'verifyOfficialClaim'
  | 'homeVisitRights'
  | 'protectPersonalInfo'
  | 'warnContacts'
  | 'removeOnlinePosts'
  | 'avoidCreditRepairScams'
  | 'keepRecords'
  | 'complainToNfra'
  | 'reportSpam12321'
  | 'reportToPolice'
  | 'repayOfficialChannelOnly'
  | 'disputeTheAmount'
  | 'notACrime'
  | 'noFreezeWithoutCourt'
  | 'collectionTimeRules'
  | 'privacyRights'
  | 'creditReportFacts'
  | 'freeLegalAdvice'
  | 'notYourDebt'
  | 'dontBorrowToRepay'
  | 'openCourtGuide'
  | 'openCollectionGuide'
  | 'fakeCourtPapers'
  | 'appealWithin15Days'
  | 'deadlineMayHavePassed'
  | 'keepCourtPapers'
  | 'disputeInCourt'
  | 'settleThroughOfficialChannels'
  | 'enforcementStageFacts'
  | 'courtFreezeRules'
  | 'verifyWithLender'
  | 'complainToLender'
  | 'negotiateWithLender'
  | 'settledDoNotPayAgain'
  | 'dontPayReliefAgency'
  | 'checkDebtTransfer'
  | 'suitNeedsCourtPapers'
  | 'lawyerLetterIsNotCourtOrder'
  | 'reportAttemptedScam'
  | 'reportPaidScam'
  | 'checkCreditReport'
  | 'askVisitorForPapers'
  | 'hardshipProof';

/** Verdict ids the result page can show. */
export type BlindVerdictId =
  | 'danger'
  | 'likelyScam'
  | 'likelyUnlawful'
  | 'lawfulReminder'
  | 'courtCaseNotFound'
  | 'courtDeadlines'
  | 'courtVerifyFirst'
  | 'alreadySettled'
  | 'paidAgency'
  | 'pressureNotLegalStep'
  | 'debtTransferClaim'
  | 'homeVisitLimits'
  | 'checkFirst';

/** One situation as a person would bring it, and what a careful legal-aid worker would require of the result. */
export interface BlindSituation {
  /** Who, and what happened, in one English line. */
  it: string;
  /** What they would type into “用一两句话说说发生了什么”, in their own words. */
  says: string;
  lang: 'zh-Hans' | 'zh-Hant' | 'en';
  /** The guide they would pick: being collected from, or court papers / told they were sued. */
  flow: 'collection-triage' | 'court-papers';
  /** What is true about their situation, for whoever answers the screens as this person. */
  facts: string[];
  /** Actions that must be in the list. */
  mustHave: BlindActionId[];
  /** Actions that must not be in the list. */
  mustNotHave?: BlindActionId[];
  /** Verdicts that must appear. */
  mustVerdicts?: BlindVerdictId[];
  /** The first action, where it clearly matters. */
  firstAction?: BlindActionId;
  /** Words that must (and must not) be on the result page. */
  mustRead?: string[];
  mustNotRead?: string[];
}

export const BLIND_2_SITUATIONS: BlindSituation[] = [
  // ——— Being collected from: the borrower, calls and messages ———
  {
    it: 'Borrower a week overdue on Weilidai, types only that collectors call every day',
    says: '催收天天打电话怎么办',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 7 days',
      'contact: calls to my own phone, 3-4 a day, daytime',
      'no threats, no insults, nobody else contacted',
      'can pay: not all at once',
    ],
    mustHave: ['negotiateWithLender', 'repayOfficialChannelOnly', 'keepRecords'],
    mustNotHave: ['call110Now', 'notYourDebt', 'reportPaidScam'],
    mustNotRead: ['第四十二条'],
  },
  {
    it: 'Borrower woken by collection calls after midnight several nights running',
    says: '微粒贷逾期一个月了，这几天半夜一两点还在打我电话，老婆孩子都被吵醒，这正常吗',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 1 month',
      'contact: calls to my phone between 00:00 and 02:00, several nights',
      'never agreed to night calls',
      'no threats',
    ],
    mustHave: ['collectionTimeRules', 'keepRecords', 'complainToLender', 'complainToNfra'],
    mustVerdicts: ['likelyUnlawful'],
    mustNotHave: ['call110Now'],
    mustRead: ['95384', '12378'],
  },
  {
    it: 'Dozens of SMS a day from changing numbers about an overdue loan',
    says: '每天幾十條簡訊轟炸，號碼天天換，封鎖都封鎖不完',
    lang: 'zh-Hant',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'contact: 30-50 SMS a day from different numbers',
      'no threats of violence',
    ],
    mustHave: ['reportSpam12321', 'keepRecords', 'complainToLender'],
    mustVerdicts: ['likelyUnlawful'],
  },
  {
    it: 'Only a reminder SMS and one polite call three days after the due date',
    says: '微粒贷晚还了三天，收到一条短信，还有个电话提醒我还款，态度挺客气的，会有什么后果吗',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: 3 days',
      'contact: one SMS and one polite call to me, daytime',
      'can pay: yes, next week when paid',
    ],
    mustHave: ['repayOfficialChannelOnly', 'creditReportFacts'],
    mustVerdicts: ['lawfulReminder'],
    mustNotHave: ['call110Now', 'reportToPolice', 'reportPaidScam', 'dontPayReliefAgency'],
  },
  {
    it: 'Not overdue yet: worried she will miss next month’s repayment',
    says: '下个月的微粒贷估计还不上了，还没逾期，我很怕到时候催收打给我家里人，现在能先做点什么',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'not yet overdue, due in about 3 weeks',
      'nobody has contacted me yet',
      'can pay: probably not in full, salary cut',
    ],
    mustHave: ['negotiateWithLender', 'repayOfficialChannelOnly'],
    mustNotHave: ['call110Now', 'reportToPolice', 'reportPaidScam', 'notYourDebt'],
  },
  {
    it: 'Rambling borrower with three lenders overdue, lost his job, thinking of a new app loan to cover',
    says: '我去年开始借微粒贷，后来又借了借呗和美团，本来拆东墙补西墙还能撑，三月份公司裁员我失业了，现在三个都逾期了，加起来六万多，每天都有电话，我晚上睡不着，朋友说可以再下个新的平台借一笔先把微粒贷还了，我不知道该怎么办，家里人还不知道',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lenders: WeBank (微粒贷), Ant (借呗), Meituan',
      'I am the borrower',
      'overdue: 1-2 months on all three',
      'contact: calls to me every day, no threats',
      'can pay: no, lost my job',
      'thinking of taking a new loan to repay',
    ],
    mustHave: ['dontBorrowToRepay', 'negotiateWithLender', 'hardshipProof', 'notACrime', 'repayOfficialChannelOnly'],
    mustNotHave: ['call110Now', 'notYourDebt'],
  },
  {
    it: 'Collector pushes the borrower to borrow from another platform and offers a “bridging” broker',
    says: '催收让我去分期乐再借一笔先把微粒贷还上，还推给我一个垫资的中介，说垫一天收2%',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 20 days',
      'contact: calls to me; collector told me to borrow elsewhere and sent a bridging-loan broker',
      'have not paid the broker',
    ],
    mustHave: ['dontBorrowToRepay', 'complainToLender', 'keepRecords', 'repayOfficialChannelOnly'],
    mustVerdicts: ['likelyUnlawful'],
  },
  {
    it: 'Collector says the amount has more than doubled with fees',
    says: '本来借了5000，逾期两个月，催收说现在要还一万二，说什么违约金、催收费都加上了',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'contact: calls to me',
      'collector claims 12000 including "collection fee"; I borrowed 5000',
      'have not checked the bill in the WeChat entry',
    ],
    mustHave: ['disputeTheAmount', 'verifyWithLender', 'repayOfficialChannelOnly'],
    mustNotHave: ['call110Now'],
    mustRead: ['95384'],
  },
  {
    it: 'Repayment plan agreed with the bank, but an agency still demands the full amount',
    says: '我已经打95384跟微众银行谈好分12期还，也按时还了第一期，可是催收公司还天天打电话说要一次性结清',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'stage: instalment plan agreed with WeBank, first instalment paid',
      'contact: agency calls daily demanding full payment',
      'plan confirmed: shown in the WeChat entry',
    ],
    mustHave: ['verifyWithLender', 'complainToLender', 'keepRecords', 'repayOfficialChannelOnly'],
    mustNotHave: ['dontBorrowToRepay', 'call110Now'],
  },
  {
    it: 'Fully repaid last week but still being called to pay',
    says: 'I paid off my Weilidai loan in full in WeChat last week, but today someone called saying I still owe money and told me to transfer it to them.',
    lang: 'en',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'stage: fully repaid in the WeChat entry last week',
      'contact: a call asking me to transfer money',
      'have not paid anything',
    ],
    mustHave: ['settledDoNotPayAgain', 'doNotTransfer', 'verifyWithLender'],
    mustVerdicts: ['alreadySettled'],
    mustNotHave: ['negotiateWithLender', 'hardshipProof', 'dontBorrowToRepay'],
  },
  {
    it: 'Collector threatens that overdue borrowers go on the blacklist and can’t take trains',
    says: '催收说我再不还就上失信名单当老赖，高铁飞机都坐不了，孩子也上不了好学校，是真的吗',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 3 months',
      'not sued, no court papers',
      'contact: calls to me with these threats',
    ],
    mustHave: ['enforcementStageFacts', 'suitNeedsCourtPapers'],
    mustVerdicts: ['pressureNotLegalStep'],
  },
  {
    it: 'Collector threatens to freeze her WeChat and all bank cards',
    says: '说再不还钱就冻结我的微信和名下所有银行卡',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 50 days',
      'threatened to freeze accounts, nothing frozen',
      'no court papers',
    ],
    mustHave: ['noFreezeWithoutCourt'],
    mustNotHave: ['call110Now'],
  },
  {
    it: 'Collector says the “economic crime police” have opened a case and will arrest him',
    says: '催收发短信说我恶意拖欠，已经移交经侦立案，三天内派出所会来找我，我只是失业还不上，会坐牢吗',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 4 months',
      'can pay: no, unemployed',
      'SMS from collector claiming a police case; nobody from police has contacted me',
      'no money asked to any account except repaying the loan',
    ],
    mustHave: ['notACrime'],
    mustVerdicts: ['pressureNotLegalStep'],
    mustNotHave: ['reportPaidScam'],
  },
  {
    it: 'Collector threatens to send “legal staff” to his home village and tell the village committee',
    says: '催收说要派法务去我户籍地上门核查，还要通知村委会和我家里人，让全村都知道',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'threatened to visit my hometown and tell the village committee; not done yet',
      'no court papers',
    ],
    mustHave: ['suitNeedsCourtPapers', 'privacyRights', 'keepRecords'],
    mustVerdicts: ['pressureNotLegalStep'],
  },
  {
    it: 'Short message: collector says he will be sued tomorrow',
    says: '催收说明天就起诉我',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'only told by phone that I will be sued; no court papers or court SMS',
    ],
    mustHave: ['suitNeedsCourtPapers'],
    mustVerdicts: ['pressureNotLegalStep'],
    mustNotHave: ['deadlineMayHavePassed', 'appealWithin15Days'],
  },
  {
    it: 'Collector posted a photo of a “lawyer’s letter” in her family WeChat group',
    says: '催收把一张律师函的照片发到我们家族微信群里了，我舅舅姑姑全看到了，上面有我身份证号',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'contact: photo of a lawyer letter with my ID number posted in family WeChat group',
      'no court papers',
    ],
    mustHave: ['privacyRights', 'lawyerLetterIsNotCourtOrder', 'keepRecords', 'warnContacts'],
    mustVerdicts: ['likelyUnlawful'],
  },
  {
    it: 'Collector made a fake “wanted” poster with her photo and posted it on Douyin',
    says: '催收把我的照片P成通缉令，发在抖音和朋友圈，配字说我是诈骗犯，已经有人转发了',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 3 months',
      'contact: posted online, a fake wanted poster with my photo on Douyin and WeChat Moments',
      'done, and being shared',
    ],
    mustHave: ['removeOnlinePosts', 'keepRecords', 'reportToPolice'],
    mustVerdicts: ['likelyUnlawful'],
  },
  {
    it: 'University student fears collectors will tell the school and her parents',
    says: '我是大学生，借了微粒贷三千块逾期了，催收说要打给辅导员和我爸妈，我好怕',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower, a student',
      'overdue: about 1 month',
      'threatened to call my school counsellor and parents; not done yet',
      'can pay: a little each month',
    ],
    mustHave: ['negotiateWithLender', 'privacyRights', 'repayOfficialChannelOnly'],
    mustNotHave: ['call110Now', 'dontPayReliefAgency'],
  },
  {
    it: 'Elderly borrower who types very little',
    says: '老人借的钱还不上了',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower, aged 68',
      'overdue: about 2 months',
      'contact: calls to me, no threats',
      'can pay: no, only a small pension',
    ],
    mustHave: ['negotiateWithLender', 'hardshipProof', 'notACrime'],
    mustNotHave: ['call110Now', 'notYourDebt'],
  },

  // ——— Danger now ———
  {
    it: 'Two men banging on the door right now, refusing to leave',
    says: '现在有两个人在我家门口砸门，说不还钱今天就不走了，我一个人带孩子在家',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: yes, two men, banging, refusing to leave',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 3 months',
      'alone at home with a child',
    ],
    mustHave: ['call110Now', 'homeVisitRights', 'keepRecords'],
    mustVerdicts: ['danger'],
    firstAction: 'call110Now',
    mustRead: ['110'],
  },
  {
    it: 'Collector on WeChat names the child’s school and says “be careful”',
    says: '催收在微信上发了我儿子学校的照片，说知道他几点放学，让我小心点',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'contact: WeChat message with a photo of my son’s school, implied threat to my child',
    ],
    mustHave: ['call110Now', 'reportToPolice', 'keepRecords'],
    mustVerdicts: ['danger'],
    firstAction: 'call110Now',
  },
  {
    it: 'Collectors are blocking him outside his workplace and won’t let him leave',
    says: '催收两个人现在在我公司楼下堵着我，拉着我不让走，非要我今天还钱',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: yes, at my workplace entrance, holding my arm',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 5 months',
      'they will not let me leave',
    ],
    mustHave: ['call110Now'],
    mustVerdicts: ['danger'],
    firstAction: 'call110Now',
    mustRead: ['110'],
  },

  // ——— Visits, threatened or done ———
  {
    it: 'A polite daytime visit yesterday; the visitor stayed outside and left a letter',
    says: '昨天下午有个人来我家，说是微粒贷委托的，没进门，在门口说了几句留了一张催收函就走了',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no (visit was yesterday afternoon)',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 4 months',
      'visit: one person, stayed outside, polite, left a letter',
      'did not show any ID',
    ],
    mustHave: ['homeVisitRights', 'askVisitorForPapers', 'verifyWithLender'],
    mustVerdicts: ['homeVisitLimits'],
    mustNotHave: ['call110Now'],
    mustRead: ['95384'],
  },
  {
    it: 'Collectors came to his office reception and announced his debt',
    says: '上周催收跑到我公司前台，大声说我欠钱不还让我出来，领导和同事都听到了',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no (it was last week)',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 3 months',
      'visit: came to my office reception, announced my debt loudly',
      'no violence',
    ],
    mustHave: ['privacyRights', 'keepRecords', 'complainToLender', 'complainToNfra', 'warnContacts'],
    mustVerdicts: ['likelyUnlawful'],
  },

  // ——— Not the borrower ———
  {
    it: 'Emergency-contact friend called every day about a friend’s loan',
    says: '朋友借微粒贷填了我当紧急联系人，现在催收天天打给我，让我帮他还，我跟他都半年没联系了',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am not the borrower: an emergency contact',
      'contact: calls to me every day asking me to pay for him',
      'I told them to stop; they continue',
    ],
    mustHave: ['notYourDebt', 'keepRecords', 'complainToLender'],
    mustNotHave: ['negotiateWithLender', 'hardshipProof', 'dontBorrowToRepay'],
  },
  {
    it: 'New phone number keeps getting calls for a stranger’s debt',
    says: '新办的手机号，老有人打来找一个姓刘的，让他还网贷，我根本不认识这个人',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: says 微粒贷',
      'I am not the borrower: recycled phone number',
      'contact: calls and SMS to my number for someone else',
    ],
    mustHave: ['notYourDebt', 'complainToLender'],
    mustNotHave: ['negotiateWithLender', 'hardshipProof', 'repayOfficialChannelOnly'],
  },
  {
    it: 'A colleague’s collectors ring her mobile though she barely knows him',
    says: '我一个同事借了网贷，催收天天打到我手机上问他在哪，让我催他还钱，我跟他根本不熟',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: not sure, an online loan',
      'I am not the borrower: a colleague',
      'contact: calls to me asking where he is and to make him pay',
    ],
    mustHave: ['notYourDebt', 'keepRecords'],
    mustNotHave: ['negotiateWithLender', 'hardshipProof', 'dontBorrowToRepay'],
  },
  {
    it: 'Wife called to pay a loan her husband took without telling her',
    says: '老公瞒着我借了微粒贷两万多，现在催收打给我让我还，说夫妻共同债务，我要替他还吗',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am not the borrower: his wife',
      'do not know what the money was spent on',
      'contact: calls to me demanding I pay',
    ],
    mustHave: ['keepRecords', 'freeLegalAdvice'],
    mustRead: ['12348'],
  },
  {
    it: 'Never borrowed: collector says she owes 20,000 on Weilidai',
    says: '我从来没开过微粒贷，今天催收打电话说我欠了两万，叫我报身份证号核对',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: says 微粒贷',
      'I never borrowed; possibly identity misuse',
      'contact: one call asking me to confirm my ID number',
      'have not given any information',
    ],
    mustHave: ['protectPersonalInfo', 'checkCreditReport', 'verifyWithLender', 'reportToPolice'],
    mustNotHave: ['negotiateWithLender', 'hardshipProof', 'dontBorrowToRepay'],
    mustRead: ['95384'],
  },

  // ——— Scams ———
  {
    it: 'Fake “Weilidai customer service” asks her to cancel a student account via a screen-sharing app',
    says: '有人说是微粒贷客服，说我大学时开的学生账户要注销，不然影响征信，让我下载一个会议App开屏幕共享',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: says 微粒贷',
      'I have no overdue loan',
      'caller asked me to download an app and share my screen',
      'have not transferred money',
    ],
    mustHave: ['doNotTransfer', 'noStandaloneApp', 'protectPersonalInfo', 'reportAttemptedScam'],
    mustVerdicts: ['likelyScam'],
    mustNotHave: ['negotiateWithLender', 'hardshipProof'],
  },
  {
    it: 'Already transferred 8,000 to a “collector’s” personal account; the loan balance did not change',
    says: '我按催收给的个人账户转了8000块，结果微粒贷里面欠款一分没少，打那个电话也打不通了',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'paid 8000 to a personal bank account yesterday',
      'the balance in the WeChat entry did not change',
    ],
    mustHave: ['reportPaidScam', 'repayOfficialChannelOnly', 'keepRecords'],
    mustVerdicts: ['likelyScam'],
    mustRead: ['110'],
  },
  {
    it: 'Caller from “economic crime police” demands a transfer to a safe account to avoid arrest',
    says: '一个自称市公安局经侦支队的人打电话，说我网贷逾期涉嫌诈骗，要把钱转到安全账户配合调查，不然明天来抓人',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 1 month',
      'caller claims to be police, wants a transfer to a “safe account”',
      'have not paid',
    ],
    mustHave: ['verifyOfficialClaim', 'doNotTransfer', 'notACrime'],
    mustVerdicts: ['likelyScam'],
    mustRead: ['110'],
  },
  {
    it: 'Confused the WeChat Pay number for WeBank’s, and was told to add a QQ account',
    says: '我打了95017说想跟微粒贷协商分期，后来有个人加我QQ说是专员，让我先交一笔手续费',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 1 month',
      'a "specialist" on QQ asks a handling fee before an instalment plan',
      'have not paid',
    ],
    mustHave: ['doNotTransfer', 'verifyWithLender', 'negotiateWithLender'],
    mustVerdicts: ['likelyScam'],
    mustRead: ['95384'],
  },

  // ——— Fee-charging agencies ———
  {
    it: 'A company offers to arrange “stop interest, hang the account” for a 3,000 fee',
    says: '有个公司说能帮我跟微粒贷谈停息挂账，先交3000服务费，成功率98%，要不要交',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'an agency asks 3000 upfront to negotiate for me',
      'have not paid',
    ],
    mustHave: ['dontPayReliefAgency', 'negotiateWithLender'],
    mustVerdicts: ['paidAgency'],
  },
  {
    it: 'Paid an “anti-collection” firm that told him not to answer; calls continue and they want more',
    says: '交了2000给一个反催收公司，他们叫我什么电话都别接，他们来处理，结果催收更多了，现在又要我再交1500',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 4 months',
      'paid 2000 to an anti-collection agency; it asks 1500 more',
      'collection calls continue',
      'no court papers',
    ],
    mustHave: ['dontPayReliefAgency', 'negotiateWithLender'],
    mustVerdicts: ['paidAgency'],
  },

  // ——— Debt buyers ———
  {
    it: 'An asset-management company says it bought the Weilidai debt and wants payment to its account',
    says: '有个资产管理公司打电话说我的微粒贷债权已经转让给他们了，以后还到他们公司账户',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 6 months',
      'a company claims the debt was transferred to it; no notice from WeBank',
      'have not paid',
    ],
    mustHave: ['checkDebtTransfer', 'doNotTransfer', 'verifyWithLender'],
    mustVerdicts: ['debtTransferClaim'],
    mustRead: ['95384'],
  },
  {
    it: 'Debt from a defunct lending platform six years ago, now claimed by a debt buyer threatening suit',
    says: '六年前在一个小网贷平台借的钱，平台早就没了，现在突然有个公司说买了我的债，不还就起诉我',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: a small platform, not WeBank, no longer operating',
      'I am the borrower',
      'overdue: about 6 years',
      'a company claims to have bought the debt and threatens to sue; no court papers',
    ],
    mustHave: ['checkDebtTransfer', 'suitNeedsCourtPapers', 'freeLegalAdvice'],
    mustVerdicts: ['debtTransferClaim'],
    mustNotRead: ['95384'],
  },

  // ——— Other lenders ———
  {
    it: 'Overdue on a consumer-finance loan (not WeBank); collectors call her sister',
    says: '我是在某消费金融借的钱，逾期了，催收现在打给我姐姐，说我失联了',
    lang: 'zh-Hans',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: a consumer finance company, not WeBank',
      'I am the borrower',
      'overdue: about 1 month',
      'contact: calls to my sister although I answer my phone',
    ],
    mustHave: ['privacyRights', 'warnContacts', 'keepRecords', 'complainToNfra'],
    mustVerdicts: ['likelyUnlawful'],
    mustNotRead: ['95384'],
  },

  // ——— 繁體 ———
  {
    it: 'Daughter in Hong Kong: her mother in Shenzhen keeps getting calls about her brother’s loan',
    says: '我喺香港，阿媽喺深圳屋企成日收到催收電話，話我細佬欠微粒貸唔還，要佢幫手還，阿媽好驚',
    lang: 'zh-Hant',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am not the borrower: the borrower is my brother; calls go to our mother',
      'contact: calls to my mother demanding she pays',
      'no violence threatened',
    ],
    mustHave: ['notYourDebt', 'keepRecords', 'complainToLender'],
    mustVerdicts: ['likelyUnlawful'],
    mustNotHave: ['hardshipProof'],
  },
  {
    it: 'Taiwanese working in the mainland: collectors phoned his parents in Taiwan',
    says: '我在大陸工作借了微粒貸，逾期兩個月，催收竟然打電話到台灣給我爸媽，說我欠錢跑路',
    lang: 'zh-Hant',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'contact: calls to my parents in Taiwan saying I ran away with the money',
      'I can be reached on my own phone',
    ],
    mustHave: ['privacyRights', 'warnContacts', 'complainToLender', 'keepRecords'],
    mustVerdicts: ['likelyUnlawful'],
  },
  {
    it: 'Borrower writing in traditional characters: someone is at the door right now',
    says: '現在有人在我家門口一直按門鈴，說是催收的，不開門就不走',
    lang: 'zh-Hant',
    flow: 'collection-triage',
    facts: [
      'at door now: yes, one man, will not leave',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 3 months',
    ],
    mustHave: ['call110Now', 'homeVisitRights'],
    mustVerdicts: ['danger'],
    firstAction: 'call110Now',
  },
  {
    it: 'Traditional-script user asks whether to pay a credit-repair agency',
    says: '有人說可以幫我把微粒貸的逾期紀錄從徵信洗白，要先付訂金，可以相信嗎',
    lang: 'zh-Hant',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'stage: overdue, partly repaid',
      'an agency asks a deposit to clean my credit report',
      'have not paid',
    ],
    mustHave: ['avoidCreditRepairScams', 'dontPayReliefAgency'],
    mustVerdicts: ['paidAgency'],
  },

  // ——— English ———
  {
    it: 'Foreign employee in Shanghai: collectors keep calling his HR department',
    says: "I'm a foreigner working in Shanghai. I'm two months behind on my Weilidai loan and the collectors keep calling my HR department and telling them I owe money.",
    lang: 'en',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am the borrower',
      'overdue: about 2 months',
      'contact: calls to HR at my employer, told them about the debt',
      'can pay: part of it',
    ],
    mustHave: ['privacyRights', 'warnContacts', 'complainToLender', 'negotiateWithLender'],
    mustVerdicts: ['likelyUnlawful'],
  },
  {
    it: 'English speaker told to download a “WeBank app” to settle the loan',
    says: 'Someone saying they are from WeBank told me to download their app from a link to settle my Weilidai loan and pay a deposit first.',
    lang: 'en',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: says WeBank (微粒贷)',
      'I am the borrower, about 2 weeks overdue',
      'asked to install an app from an SMS link and pay a deposit',
      'have not paid',
    ],
    mustHave: ['noStandaloneApp', 'doNotTransfer', 'repayOfficialChannelOnly'],
    mustVerdicts: ['likelyScam'],
  },
  {
    it: 'Overseas son: his elderly father in Guangzhou is pressed to pay the brother’s loan',
    says: 'My elderly father in Guangzhou keeps getting calls demanding he pay my brother’s online loan. He is 78 and very scared. What can we do?',
    lang: 'en',
    flow: 'collection-triage',
    facts: [
      'at door now: no',
      'lender: WeBank (微粒贷)',
      'I am not the borrower: the borrower is my brother; calls go to our father',
      'contact: calls to my father demanding he pays',
    ],
    mustHave: ['notYourDebt', 'keepRecords', 'complainToLender'],
    mustVerdicts: ['likelyUnlawful'],
    mustNotHave: ['hardshipProof', 'dontBorrowToRepay'],
  },

  // ——— Court papers, or told they were sued ———
  {
    it: 'Summons by court express mail: WeBank is suing, hearing next month',
    says: '收到法院专递寄来的传票和起诉状，微众银行起诉我，下个月15号开庭',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: summons and complaint, by court express mail (法院专递)',
      'received: 2 days ago, signed by me',
      'plaintiff: WeBank',
      'I am the borrower',
      'hearing: next month',
      'not yet checked with the court',
    ],
    mustHave: ['verifyCourtPapers', 'doNotIgnoreSummons', 'keepCourtPapers'],
    mustVerdicts: ['courtDeadlines'],
    mustNotHave: ['fakeCourtPapers'],
    mustRead: ['12368'],
  },
  {
    it: '12368 SMS with a link says she has been sued',
    says: '收到12368发来的短信，说我被起诉了，让我点链接看文书，我不敢点',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: an SMS from 12368 with a link to the court delivery platform',
      'received: yesterday',
      'plaintiff: says WeBank',
      'I am the borrower',
      'not yet opened or checked',
    ],
    mustHave: ['verifyCourtPapers', 'doNotIgnoreSummons', 'keepCourtPapers'],
    mustVerdicts: ['courtVerifyFirst'],
    mustRead: ['12368'],
  },
  {
    it: 'Could not find the case number online and wonders if the summons can be ignored',
    says: '传票上的案号我在网上查了半天都查不到，是不是假的，可以不用管了吧',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: a paper summons received by post',
      'received: 4 days ago',
      'checked online: case not found',
      'have not phoned the court or 12368',
      'I am the borrower of a WeBank loan',
    ],
    mustHave: ['fakeCourtPapers', 'verifyCourtPapers', 'keepCourtPapers'],
    mustVerdicts: ['courtCaseNotFound'],
    mustRead: ['12368'],
  },
  {
    it: 'Mother signed for the court letter ten days ago; the borrower only saw it today',
    says: '我妈十天前帮我签收了法院的挂号信，一直放抽屉里，我今天才看到，还来得及吗',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: summons and complaint by court express mail',
      'received: signed by my mother (lives with me) 10 days ago',
      'plaintiff: WeBank',
      'I am the borrower',
    ],
    mustHave: ['deadlineMayHavePassed', 'doNotIgnoreSummons', 'keepCourtPapers'],
    mustVerdicts: ['courtDeadlines'],
  },
  {
    it: 'A payment order for more than she believes she owes',
    says: '收到法院的支付令，上面的金额比我实际欠的多了好几千，我该怎么办',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: a payment order (支付令) from the court',
      'received: 3 days ago',
      'plaintiff: WeBank',
      'I am the borrower',
      'amount: several thousand more than I think I owe',
    ],
    mustHave: ['objectToPaymentOrder', 'keepCourtPapers'],
    mustVerdicts: ['courtDeadlines'],
    mustRead: ['15'],
  },
  {
    it: 'Judgment received, ordered to pay 23,000 within ten days, no money',
    says: '法院已经判了，判决书让我十天内还两万三，我现在真的没钱，会不会被抓',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: a judgment',
      'received: 5 days ago',
      'plaintiff: WeBank',
      'I am the borrower',
      'can pay: no',
      'I agree I owe the money',
    ],
    mustHave: ['settleThroughOfficialChannels', 'enforcementStageFacts', 'freeLegalAdvice'],
    mustNotHave: ['fakeCourtPapers', 'dontPayReliefAgency'],
  },
  {
    it: 'In enforcement: spending restriction and a frozen bank card',
    says: '我被法院限高了，工资卡也被冻结了，生活费都取不出来，还能怎么办',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: judgment last year, now an enforcement notice and a spending restriction order',
      'bank card frozen by the court',
      'plaintiff: WeBank',
      'I am the borrower',
      'can pay: only a little each month',
    ],
    mustHave: ['enforcementStageFacts', 'courtFreezeRules', 'settleThroughOfficialChannels'],
    mustNotHave: ['fakeCourtPapers'],
  },
  {
    it: 'Caller claiming to be a court clerk wants a 5,000 deposit to withdraw the suit',
    says: '有个自称法院的人打电话说我被微众银行起诉了，交5000保证金到指定账户就能撤诉',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: none, only a phone call',
      'caller claims to be from a court, wants 5000 to an account to withdraw the suit',
      'I have a WeBank loan about 3 months overdue',
      'have not paid',
    ],
    mustHave: ['doNotTransfer', 'verifyCourtPapers'],
    mustVerdicts: ['likelyScam'],
    mustRead: ['12368'],
  },
  {
    it: 'A lawyer’s letter by post: is this a court summons?',
    says: '收到一封律师事务所寄来的律师函，说受托要起诉我，这个算法院传票吗，要去法院吗',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: a lawyer letter from a law firm, by ordinary post',
      'no court name, no case number',
      'received: 2 days ago',
      'I have a WeBank loan about 4 months overdue',
    ],
    mustHave: ['lawyerLetterIsNotCourtOrder', 'checkLawyerLetter', 'suitNeedsCourtPapers'],
    mustVerdicts: ['pressureNotLegalStep'],
    mustNotHave: ['deadlineMayHavePassed', 'appealWithin15Days'],
  },
  {
    it: 'Sister received her brother’s summons at the family home; he works far away',
    says: '法院给我弟寄了传票，寄到我家来了，我弟在外地打工联系不上，我该怎么办',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: summons for my brother, by court express mail',
      'received: yesterday, I signed for it',
      'I am not the borrower: my brother is',
      'plaintiff: WeBank',
    ],
    mustHave: ['keepCourtPapers', 'doNotIgnoreSummons'],
    mustNotHave: ['hardshipProof'],
  },
  {
    it: 'Summons received, and collectors still call every day with insults',
    says: '已经收到法院传票了，可是催收还是天天打电话骂人，说不还就闹到我单位',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: summons by court express mail, checked with the court, it is real',
      'received: 5 days ago',
      'plaintiff: WeBank',
      'I am the borrower',
      'collectors still call daily, insulting me, threatening to come to my work',
    ],
    mustHave: ['doNotIgnoreSummons', 'openCollectionGuide', 'keepCourtPapers'],
    mustVerdicts: ['courtDeadlines'],
    mustNotHave: ['fakeCourtPapers'],
  },
  {
    it: 'Never borrowed, yet sued over a loan in her name',
    says: '我从来没借过这笔钱，却收到法院的起诉状，说我欠某网贷三万，是不是有人冒用我身份',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: complaint and summons by court express mail',
      'received: 4 days ago',
      'plaintiff: an online lender, not WeBank',
      'I never borrowed; possibly identity misuse',
    ],
    mustHave: ['disputeInCourt', 'doNotIgnoreSummons', 'checkCreditReport', 'reportToPolice'],
    mustNotHave: ['settleThroughOfficialChannels', 'hardshipProof'],
  },
  {
    it: 'A collector sent a photo of a “summons” on WeChat saying he must appear tomorrow',
    says: '催收微信发了一张传票的照片，说我明天必须到庭，不去就直接判',
    lang: 'zh-Hans',
    flow: 'court-papers',
    facts: [
      'papers: only a photo sent by a collector on WeChat',
      'received: today',
      'nothing from the court by post or 12368 SMS',
      'I have a WeBank loan about 3 months overdue',
    ],
    mustHave: ['verifyCourtPapers', 'suitNeedsCourtPapers'],
    mustVerdicts: ['courtVerifyFirst'],
    mustRead: ['12368'],
  },
  {
    it: 'Court summons in traditional script, borrower now back in Taiwan',
    says: '收到法院傳票，說微眾銀行告我欠款，我人已經回台灣了，要怎麼處理',
    lang: 'zh-Hant',
    flow: 'court-papers',
    facts: [
      'papers: summons forwarded by a friend from my mainland address',
      'received: friend got it 6 days ago',
      'plaintiff: WeBank',
      'I am the borrower, now living in Taiwan',
    ],
    mustHave: ['verifyCourtPapers', 'doNotIgnoreSummons', 'freeLegalAdvice', 'keepCourtPapers'],
    mustVerdicts: ['courtDeadlines'],
  },
  {
    it: 'English speaker received an EMS court summons about his Weilidai debt',
    says: 'I received a court summons by EMS about my Weilidai debt. The hearing is in three weeks and I do not read Chinese well.',
    lang: 'en',
    flow: 'court-papers',
    facts: [
      'papers: summons and complaint by court express mail',
      'received: 2 days ago, signed by me',
      'plaintiff: WeBank',
      'I am the borrower',
    ],
    mustHave: ['verifyCourtPapers', 'doNotIgnoreSummons', 'keepCourtPapers', 'freeLegalAdvice'],
    mustVerdicts: ['courtDeadlines'],
  },
];
