// Statements that were once wrong or unsupported in law, pinned in their corrected form (简体 and English).
import { describe, expect, it } from 'vitest';
import { readFlowFiles } from '../../scripts/flow-files.ts';
import { orderedActions, selectActions } from '../../src/flow/actionList.ts';
import { everyAnswerSet } from '../../src/check/outcomes.ts';
import { translatableTexts } from '../../src/check/texts.ts';
import type { Action, Answers, FlowBundle } from '../../src/flow/schema.ts';
import { translateBundle } from '../../src/check/translations.ts';
import { PROJECT_ROOT, realBundle, realFlow } from '../support/fixtures.ts';

const zh = realBundle();
const en = translateBundle(zh, readFlowFiles(PROJECT_ROOT), 'en');
/** The day the fact sheet's corrections were recorded; every source behind a corrected statement is checked since. */
const CORRECTED_ON = '2026-11-27';

function action(bundle: FlowBundle, id: string): Action {
  const found = bundle.catalogue.actions[id];
  if (!found) throw new Error(`no action ${id}`);
  return found;
}
const stepsOf = (bundle: FlowBundle, id: string) => action(bundle, id).steps.join('\n');
function expectRechecked(...sourceIds: string[]) {
  for (const id of sourceIds) expect(zh.catalogue.sources[id]?.checked, id).toBe(CORRECTED_ON);
}

describe('失信 and 限高 do not need the ability to pay', () => {
  it('enforcement stage: report assets and obey a spending restriction even without money, citing 第二百五十二条', () => {
    const steps = stepsOf(zh, 'enforcementStageFacts');
    expect(steps).not.toMatch(/只用于.*有履行能力/);
    expect(steps).toContain('如实申报财产');
    expect(steps).toContain('限制消费令');
    expect(steps).toMatch(/执行通知书的期限.*限制高消费/);
    const articles = action(zh, 'enforcementStageFacts').basis.map((c) => `${c.source} ${c.article ?? ''}`);
    expect(articles).toEqual(
      expect.arrayContaining([
        'dishonestListRules 第一条',
        'consumptionRestrictionRules 第一条',
        'civilProcedureLaw 第二百五十二条',
      ]),
    );
    expect(zh.catalogue.sources.dishonestListRules?.title).toContain('法释〔2017〕7号');
    expectRechecked('dishonestListRules', 'consumptionRestrictionRules', 'civilProcedureLaw');
    expect(stepsOf(en, 'enforcementStageFacts')).toMatch(/report your assets truthfully/);
    expect(stepsOf(en, 'enforcementStageFacts')).not.toMatch(/only for people .* able to pay/);
  });

  it('“not a crime”: no longer ties 失信 and 限高 to being able to pay', () => {
    const steps = stepsOf(zh, 'notACrime');
    expect(steps).not.toContain('有能力还却拒不执行，会有失信、限高');
    expect(steps).toMatch(/即使没钱，也可能被列入失信名单/);
    expect(stepsOf(en, 'notACrime')).toMatch(/even if you have no money/);
  });

  it('a fine or detention is tied only to refusing or falsifying the asset report, and the order has one name', () => {
    for (const id of ['notACrime', 'enforcementStageFacts']) {
      const sentences = stepsOf(zh, id).split(/[。；\n]/);
      const fines = sentences.filter((t) => t.includes('罚款'));
      expect(fines.length, id).toBeGreaterThan(0);
      for (const t of fines) expect(t, id).toMatch(/^拒绝申报或虚假申报财产，可能被罚款、拘留$/);
      for (const t of sentences.filter((x) => x.includes('限制消费令'))) expect(t, id).not.toMatch(/罚款|拘留/);
      expect(stepsOf(en, id), id).not.toMatch(/(restriction order|the order)[^.]*fine or detention/);
    }
    expect(translatableTexts(zh).filter((t) => /限高令|限消令/.test(t.text))).toEqual([]);
    expect(stepsOf(zh, 'enforcementStageFacts')).not.toContain('一定会被限高');
    expect(stepsOf(zh, 'enforcementStageFacts')).toContain('被列入失信名单的，法院应当对其限高');
  });

  it('a real payment during enforcement goes to the court on a written notice, never to a person', () => {
    expect(stepsOf(zh, 'enforcementStageFacts')).toMatch(
      /执行阶段真要向法院交钱的，会有法院的书面通知或文书，收款的是法院，不是个人/,
    );
    expect(action(zh, 'enforcementStageFacts').basis.map((c) => c.source)).toContain('courtFeeStatementChangde');
    expect(stepsOf(en, 'enforcementStageFacts')).toMatch(/the payee is the court, never a person/);
  });
});

describe('a case not found yet is not called fake, and its deadlines stay', () => {
  const flow = realFlow('court-papers');
  const sets = everyAnswerSet(flow, 5000);
  const DEADLINE_CARDS = ['doNotIgnoreSummons', 'objectToPaymentOrder', 'appealWithin15Days', 'disputeInCourt'];
  const result = (answers: Answers) => {
    const view = selectActions(flow, zh.catalogue, answers);
    if (!view) throw new Error('no result');
    return { verdicts: view.verdicts.map((v) => v.id), actions: orderedActions(view).map((a) => a.id) };
  };

  it('over every answer set: “not found” shows the same deadline cards and deadline verdict as “confirmed real”', () => {
    if (!sets) throw new Error('court-papers lists every answer set');
    const notFound = sets.filter((a) => a.caseVerified?.includes('caseNotFound'));
    expect(notFound.length).toBeGreaterThan(0);
    let withCards = 0;
    for (const answers of notFound) {
      const shown = result(answers);
      const real = result({ ...answers, caseVerified: ['confirmedReal'] });
      const cards = real.actions.filter((id) => DEADLINE_CARDS.includes(id));
      expect(shown.actions).toEqual(expect.arrayContaining(cards));
      expect(shown.verdicts.includes('courtDeadlines')).toBe(real.verdicts.includes('courtDeadlines'));
      if (cards.length > 0) withCards += 1;
    }
    expect(withCards).toBeGreaterThan(0);
  });

  it('a complaint copy not found yet still asks when it arrived', () => {
    const q = flow.nodes.find((n) => n.id === 'caseVerified');
    if (q?.kind !== 'question') throw new Error('no caseVerified question');
    expect(q.branches?.map((b) => b.next)).toEqual(['receivedWhen']);
    expect(q.options.find((o) => o.id === 'caseNotFound')?.label).toBe('查过，但暂时没查到这个案件');
  });

  it('says why a real case may not be found, and to ask the court named on the paper with the case number', () => {
    const verdict = zh.catalogue.verdicts.courtCaseNotFound;
    expect(verdict?.title).not.toContain('很可能是假冒');
    expect(verdict?.title).toContain('还不能说明是假的');
    const steps = stepsOf(zh, 'fakeCourtPapers');
    for (const reason of ['案号输错', '还没录入', '查询码', '外地法院']) expect(steps).toContain(reason);
    expect(steps).toMatch(/文书上写的那家法院.*案号/);
    expect(steps).toMatch(/确认是假的之前，按真的对待/);
    expect(action(zh, 'fakeCourtPapers').title).not.toContain('按假冒处理');
    expect(action(zh, 'fakeCourtPapers').basis.map((c) => c.source)).toContain('courtProcessDisclosureRules');
    expectRechecked('courtProcessDisclosureRules', 'courtCaseLookupArticles', 'courtVerifyNotices');
    expect(en.catalogue.verdicts.courtCaseNotFound?.title).toMatch(/does not show it is fake/);
    expect(stepsOf(en, 'fakeCourtPapers')).toMatch(/treat it as real/);
  });
});

describe('deadlines: small claims, the court’s own dates, and service not sight', () => {
  it('appeal: usually 15 days as the judgment says; none when it says 终审', () => {
    const steps = stepsOf(zh, 'appealWithin15Days');
    expect(steps).not.toMatch(/15 日内可以上诉/);
    expect(steps).toContain('一般是判决书送达之日起 15 日内，以判决书写明的为准');
    expect(steps).toMatch(/写明“一审终审”的（小额诉讼），不能上诉.*向原审法院申请再审/);
    expect(steps).not.toMatch(/写明“终审”的/);
    expect(stepsOf(en, 'appealWithin15Days')).toMatch(/there is no appeal/);
  });

  it('answer period: as the court’s papers say, shorter in small claims', () => {
    for (const id of ['doNotIgnoreSummons', 'disputeInCourt']) {
      const steps = stepsOf(zh, id);
      expect(steps, id).not.toMatch(/在 15 日内提交答辩状/);
      expect(steps, id).toMatch(/法院文书上写的/);
      expect(steps, id).toContain('小额诉讼');
      expect(action(zh, id).basis.map((c) => c.article)).toContain('第二百六十六条、第二百七十五条');
    }
    expect(stepsOf(zh, 'deadlineMayHavePassed')).not.toMatch(/期限都是从收到（送达）之日起 15 日/);
    expectRechecked('civilProcedureInterpretation2022');
  });

  it('15 days is not treated as safe: from 7 days on, or not remembered, the “deadline may have passed” card shows', () => {
    const flow = realFlow('court-papers');
    const q = flow.nodes.find((n) => n.id === 'receivedWhen');
    if (q?.kind !== 'question') throw new Error('no receivedWhen question');
    expect(q.options.map((o) => o.label)).toEqual(['不到 7 天', '7 到 15 天', '已经超过 15 天', '记不清']);
    const sets = everyAnswerSet(flow, 5000);
    if (!sets) throw new Error('court-papers lists every answer set');
    const shownFor = new Set<string>();
    const hiddenFor = new Set<string>();
    // Each answer set that reaches the question, with every option in turn (the walk merges options no rule tells apart).
    for (const answers of sets.filter((a) => a.receivedWhen !== undefined)) {
      for (const { id } of q.options) {
        const view = selectActions(flow, zh.catalogue, { ...answers, receivedWhen: [id] });
        const shown = view ? orderedActions(view).some((a) => a.id === 'deadlineMayHavePassed') : false;
        (shown ? shownFor : hiddenFor).add(id);
      }
    }
    expect([...shownFor].sort()).toEqual(['from7To15Days', 'notSure', 'over15Days']);
    expect([...hiddenFor]).toEqual(['within7Days']);
    expect(action(zh, 'deadlineMayHavePassed').title).toBe('收到 7 天以上或记不清：马上问清楚期限');
    expect(action(en, 'deadlineMayHavePassed').title).toMatch(/7 or more days ago/);
  });

  it('periods run from service (a family member’s signature, a message arriving), not from when it was seen', () => {
    const hint = realFlow('court-papers').nodes.find((n) => n.id === 'receivedWhen');
    if (hint?.kind !== 'question') throw new Error('no receivedWhen question');
    expect(hint.hint).not.toBe('期限从你收到的那天算起。');
    expect(hint.hint).toMatch(/送达.*家人代签.*短信送到手机.*不一定是你看到/);
    for (const id of ['deadlineMayHavePassed', 'keepCourtPapers', 'appealWithin15Days']) {
      expect(stepsOf(zh, id), id).toMatch(/家人代签/);
      expect(action(zh, id).basis.map((c) => c.article)).toContain('第八十七条、第八十八条、第九十条、第九十一条');
    }
  });
});

describe('already paid a scammer: 110 first; 96110 is for warnings and advice', () => {
  it('no step puts 96110 beside 110 for money already sent', () => {
    const texts = Object.values(zh.catalogue.actions).flatMap((a) => a.steps);
    expect(texts.filter((t) => t.includes('{tel:antiFraud}') && /已经.*转/.test(t))).toEqual([]);
    for (const id of ['doNotTransfer', 'fakeCourtPapers'])
      expect(stepsOf(zh, id), id).toContain('已经把钱转给对方的，先拨打 {tel:police} 报警');
    expect(stepsOf(zh, 'doNotTransfer')).toContain('拿不准是不是诈骗的，可以拨打 {tel:antiFraud} 咨询');
  });

  it('the 96110 entry says what it is, on the better source', () => {
    const phone = zh.catalogue.phones.antiFraud;
    expect(phone?.citation.says).toMatch(/不是报警电话/);
    expect(zh.catalogue.sources.antiFraudHotline96110?.publisher).toContain('公安部刑侦局');
    expect(zh.catalogue.sources.antiFraudHotline96110?.url).toMatch(/^https:\/\/m\.cqcb\.com\//);
    expectRechecked('antiFraudHotline96110', 'policeFraudCall110');
    expect(en.catalogue.phones.antiFraud?.citation.says).toMatch(/not an emergency police number/);
  });
});

describe('the 法院专递 mark and the service articles', () => {
  it('the mark is usual, proves nothing, and its absence still needs checking', () => {
    const steps = stepsOf(zh, 'verifyCourtPapers');
    expect(steps).not.toContain('真的法院邮件，信封上有“法院专递”的标志。');
    expect(steps).toMatch(/一般印有“法院专递”。有这个标志，不一定是真的；没有，也要核实/);
    expect(stepsOf(en, 'verifyCourtPapers')).toMatch(/does not prove the papers are real/);
  });

  it('direct service is 第八十八条 (第八十七条 is the proof of service)', () => {
    const articles = action(zh, 'verifyCourtPapers').basis.map((c) => c.article);
    expect(articles).toContain('第八十八条、第九十条、第九十一条');
    expect(articles).not.toContain('第八十七条、第九十条、第九十一条');
  });
});

describe('“no transfer to a private account to withdraw a suit” rests on what the sources say', () => {
  it('is never cited to the Lanxi notice, and is cited to the court and police statements instead', () => {
    for (const id of ['openCollectionGuide', 'settleThroughOfficialChannels', 'verifyCourtPapers']) {
      const basis = action(zh, id).basis;
      expect(basis.filter((c) => c.source === 'courtServiceReport' && /私人账户|撤诉/.test(c.says))).toEqual([]);
      expect(
        basis.map((c) => c.source),
        id,
      ).toEqual(expect.arrayContaining(['courtFeeStatementChangde', 'policeFraudCall110']));
    }
    expect(zh.catalogue.sources.courtFeeStatementChangde?.reliability).toBe('verified-primary');
    expectRechecked('courtFeeStatementChangde', 'courtServiceReport');
  });
});

describe('12363 is not offered for credit questions; the official ways to get one’s own report are', () => {
  it('no 12363 phone, source or text anywhere, in either language', () => {
    expect(zh.catalogue.phones.pbocConsumer).toBeUndefined();
    expect(zh.catalogue.sources.pbocConsumerHotline12363).toBeUndefined();
    for (const bundle of [zh, en])
      expect(translatableTexts(bundle).filter((t) => t.text.includes('12363'))).toEqual([]);
  });

  it('names the official channels for one’s own credit report, and the objection and complaint route', () => {
    const steps = stepsOf(zh, 'creditReportFacts');
    expect(steps).toMatch(/征信中心的网站（www\.pbccrc\.org\.cn）.*手机银行、网上银行.*自助查询机、柜台/);
    expect(steps).toMatch(/20 日内书面答复.*派出机构投诉/);
    expect(action(zh, 'creditReportFacts').basis.map((c) => c.source)).toContain('creditReportChannelReports');
    expectRechecked('creditReportChannelReports', 'creditReportingRegulation');
    expect(stepsOf(en, 'creditReportFacts')).toContain('www.pbccrc.org.cn');
  });

  it('free reports are “at least twice a year”, never a flat “twice”, since what more lookups cost is not sourced', () => {
    // The regulation's own words stay in the basis lines; what the product tells people is in the steps.
    const steps = translatableTexts(zh).filter((t) => t.key.includes('.steps.'));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.filter((t) => t.text.includes('两次免费') && !t.text.includes('至少'))).toEqual([]);
    for (const id of ['notYourDebt', 'disputeInCourt', 'creditReportFacts'])
      expect(stepsOf(zh, id), id).toMatch(/至少.*两次/);
    expect(stepsOf(en, 'notYourDebt')).toMatch(/at least twice a year/);
  });
});

describe('freezing: a court ruling for debt recovery; police and procuratorates in criminal cases', () => {
  it('says “to recover a debt”, never that only a court can freeze an account', () => {
    const a = action(zh, 'noFreezeWithoutCourt');
    expect(a.title).toBe('为追讨欠款冻结你的账户，要有法院裁定');
    expect(a.steps[0]).toBe('为追讨欠款冻结你微信、银行卡里的钱，必须由法院作出裁定。');
    expect(a.steps.join('\n')).toMatch(/公安机关、检察院等在侦查犯罪时，也能冻结账户/);
    expect(a.steps.join('\n')).toMatch(/先问开户行是哪个机关、凭什么文书冻结的，再直接向这个机关核实/);
    expect(a.basis.map((c) => `${c.source} ${c.article ?? ''}`)).toContain('criminalProcedureLaw 第一百四十四条');
    expect(translatableTexts(zh).filter((t) => /^冻结微信、银行卡里的钱，必须由法院/.test(t.text))).toEqual([]);
    expect(action(en, 'noFreezeWithoutCourt').title).toMatch(/to recover a debt/);
  });
});

describe('borrowing from family is not what the guideline forbids', () => {
  it('the guideline binds collectors pushing new loans or illegal channels', () => {
    const steps = stepsOf(zh, 'dontBorrowToRepay');
    expect(steps).not.toContain('找别的渠道筹钱来还，行业指引是禁止的');
    expect(steps).toMatch(/催收方诱导或逼你.*行业指引是禁止的/);
    expect(steps).toMatch(/向家人朋友借钱来还，不违反规定/);
    const label = realFlow('collection-triage')
      .nodes.flatMap((n) => (n.kind === 'question' ? n.options : []))
      .find((o) => o.id === 'pressuredToBorrow')?.label;
    expect(label).not.toContain('找别的渠道筹钱');
    expect(label).toContain('“垫资”“套现”');
    expect(stepsOf(en, 'dontBorrowToRepay')).toMatch(/family or friends yourself breaks no rule/);
  });
});

describe('the WeBank hotline’s hours are not stated (the fact sheet cannot source them)', () => {
  it('says no service hours in either language', () => {
    for (const bundle of [zh, en]) {
      const says = bundle.catalogue.lenders.webank?.hotline.basis.map((c) => c.says).join('\n') ?? '';
      expect(says).not.toMatch(/7×24|24 小时|24 hours|7 days a week|7:00/);
    }
    for (const bundle of [zh, en])
      expect(translatableTexts(bundle).filter((t) => /7×24|24 hours a day|7:00–24:00/.test(t.text))).toEqual([]);
  });
});

describe('provenance as the fact sheet states it', () => {
  const LAW_TEXTS = [
    'civilCode',
    'pipl',
    'criminalLaw',
    'criminalProcedureLaw',
    'civilProcedureLaw',
    'civilProcedureInterpretation2022',
    'creditReportingRegulation',
    'legalAidLaw',
    'consumerProtectionLaw',
    'limitationRules',
    'courtMailRules',
    'courtProcessDisclosureRules',
  ];

  it('law texts read in a transcription say so, and none claims the official database as where it was read', () => {
    for (const id of LAW_TEXTS) {
      const source = zh.catalogue.sources[id];
      expect(source?.url, id).toBe('https://github.com/LawRefBook/Laws/tree/2f4c5c2');
      expect(source?.publisher, id).toMatch(/转录件.*尚未在国家法律法规数据库/);
    }
    expect(Object.values(zh.catalogue.sources).filter((s) => s.url === 'https://flk.npc.gov.cn/')).toEqual([]);
    expectRechecked(...LAW_TEXTS, 'publicSecurityPenaltiesLaw2025');
  });

  it('WeBank’s legal name and hotline keep an honest “secondary” label; 96110 has the police source', () => {
    const { sources } = zh.catalogue;
    expect(sources.webankIdentityReport?.reliability).toBe('secondary');
    expect(sources.webankIdentityReport?.publisher).toMatch(/不是微众银行或监管部门的文件/);
    expect(sources.webankHotlineReport?.reliability).toBe('secondary');
    expect(sources.webankHotlineReport?.publisher).toMatch(/微众银行自己的页面没有找到/);
    expect(sources.antiFraudHotline96110?.publisher).not.toBe('dataiw.cn 提及');
    expectRechecked('webankIdentityReport', 'webankHotlineReport', 'antiFraudHotline96110');
  });

  it('each url points at what was read: the 2025 public-security law transcription, and the domain list file itself', () => {
    const { sources } = zh.catalogue;
    expect(sources.publicSecurityPenaltiesLaw2025?.url).toBe('https://github.com/X-STORAGE/Laws/tree/24f2939');
    expect(sources.publicSecurityPenaltiesLaw2025?.publisher).toMatch(
      /转录件 X-STORAGE\/Laws.*研究笔记引用的最高人民检察院网站转载/,
    );
    expect(sources.webankIdentityReport?.url).toBe(
      'https://github.com/v2fly/domain-list-community/blob/master/data/category-bank-cn',
    );
  });
});

describe('the guideline on private phones is about the bank’s consent, not the borrower’s', () => {
  it('says whose consent, wherever it is quoted', () => {
    const quotes = [
      ...action(zh, 'verifyWithLender').basis,
      ...(zh.catalogue.lenders.otherLender?.hotline.basis ?? []),
    ].filter((c) => c.says.includes('私人手机'));
    expect(quotes.length).toBe(2);
    for (const c of quotes) expect(c.says).toBe('外部催收机构未经银行（会员单位）同意，不得用私人手机联系债务人。');
    expect(
      action(en, 'verifyWithLender')
        .basis.map((c) => c.says)
        .join('\n'),
    ).toMatch(/unless the bank that hired it/);
  });
});

describe('a visit is not a breach in itself', () => {
  const log = zh.catalogue.contactLog;

  it('the tick-box names entering, refusing to leave or disturbing others, not any visit', () => {
    expect(log.labels.happened.cameToHomeOrWork).not.toBe('到了我家或我单位');
    expect(log.labels.happened.cameToHomeOrWork).toMatch(/^进了我家\/单位，或者赶不走/);
    expect(log.breachRules.enteredHomeOrWork.title).not.toBe('可能违规：到你家或单位催收');
    expect(log.breachRules.enteredHomeOrWork.title).toMatch(/没经同意进了你家或单位，或者赶不走/);
    expect(log.breachRules.enteredHomeOrWork.explanation).toMatch(
      /^对方硬闯、赶不走或威胁你的，马上打 \{tel:police\}。/,
    );
    expect(log.breachRules.enteredHomeOrWork.explanation).toContain('本身不一定违规；你可以不开门、不让进');
    expect(en.catalogue.contactLog.breachRules.enteredHomeOrWork.explanation).toMatch(/is not necessarily a breach/);
    expect(en.catalogue.contactLog.breachRules.enteredHomeOrWork.basis[0]?.says).not.toMatch(/allowed/);
    expect(log.complaintChannels.police.subject).not.toContain('上门或冒充');
    expect(en.catalogue.contactLog.labels.happened.cameToHomeOrWork).toMatch(/would not leave/);
  });
});

describe('contact-log flags and reminders', () => {
  const log = zh.catalogue.contactLog;

  it('a demand to pay a personal account: if already paid, 110 first', () => {
    expect(log.breachRules.extraFees.explanation).toContain('已经转了的，先打 {tel:police}。');
    expect(en.catalogue.contactLog.breachRules.extraFees.explanation).toMatch(
      /already paid, call \{tel:police\} first/,
    );
  });

  it('the payment-order reminder asks for the day of service, not the day it was seen', () => {
    expect(log.deadlines.paymentOrder.explanation).not.toContain('你填的收到日期');
    expect(log.deadlines.paymentOrder.explanation).toMatch(/日期要填送达那天：家人代签的日期、短信送到手机的日期都算/);
    expect(log.reminderText.paymentOrderDescription).toContain('送达日期');
    expect(zh.catalogue.ui.drafts.receivedOn).toBe('支付令送达的日期');
    expect(en.catalogue.contactLog.deadlines.paymentOrder.explanation).toMatch(/Enter the day of service/);
  });
});

describe('the call limits are per collecting institution', () => {
  it('the rules say so in both languages', () => {
    const { tooManyCalls, tooManyAttempts } = zh.catalogue.contactLog.breachRules;
    for (const rule of [tooManyCalls, tooManyAttempts]) {
      expect(rule.title).toContain('同一家机构');
      expect(rule.explanation).toContain('按你记下的机构分开算');
    }
    expect(en.catalogue.contactLog.breachRules.tooManyCalls.title).toMatch(/from the same institution/);
  });
});
