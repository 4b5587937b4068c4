// Court papers and complaint channels as the law and the fact sheet support them, run through the real flows.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { readFlowFiles } from '../../scripts/flow-files.ts';
import { toTraditional } from '../../scripts/traditional.ts';
import { complaintFollowUp } from '../../src/contactLog/reminders.ts';
import { orderedActions, plainText, selectActions } from '../../src/flow/actionList.ts';
import { lendersFor } from '../../src/flow/lenders.ts';
import { everyAnswerSet } from '../../src/check/outcomes.ts';
import { resultAsText } from '../../src/flow/resultText.ts';
import type { Action, Answers, Citation, Flow, FlowBundle } from '../../src/flow/schema.ts';
import { translateBundle } from '../../src/check/translations.ts';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import { PROJECT_ROOT, realBundle, realFlow } from '../support/fixtures.ts';

const zh = realBundle();
const en = translateBundle(zh, readFlowFiles(PROJECT_ROOT), 'en');
const court = realFlow('court-papers');
const triage = realFlow('collection-triage');
const WORDS = {
  groupLabels: zh.catalogue.ui.groups,
  verdictLine: zh.catalogue.ui.result.verdictLine,
  sourcesLine: zh.catalogue.ui.result.sourcesLine,
  listSeparator: zh.catalogue.ui.result.listSeparator,
  footer: '',
};
const DEADLINE_CARDS = ['doNotIgnoreSummons', 'objectToPaymentOrder', 'appealWithin15Days', 'tellCourtPapersApart'];
const NOT_FAKE = /(查不到|没查到)不等于是假/;

function action(bundle: FlowBundle, id: string): Action {
  const found = bundle.catalogue.actions[id];
  if (!found) throw new Error(`no action ${id}`);
  return found;
}
const stepsOf = (bundle: FlowBundle, id: string) => action(bundle, id).steps.join('\n');
const articlesOf = (basis: Citation[]) => basis.map((c) => `${c.source} ${c.article ?? ''}`.trim());

/**
 * Answers the flow's real machine question by question, as the person would: each screen gets the answer given for
 * it, and a screen without one fails the test. Returns the screens visited and what the result page shows.
 */
function walk(flow: Flow, given: Answers) {
  const actor = createActor(buildTriageMachine(flow)).start();
  const visited: string[] = [];
  while (!actor.getSnapshot().hasTag('outcome')) {
    const at = actor.getSnapshot().value;
    const answer = given[at];
    if (!answer) throw new Error(`no answer for ${at} after ${visited.join(' > ')}`);
    visited.push(at);
    actor.send({ type: 'answer', optionIds: answer });
  }
  const view = selectActions(flow, zh.catalogue, actor.getSnapshot().context.answers);
  if (!view) throw new Error('no result');
  return {
    visited,
    verdicts: view.verdicts.map((v) => v.id),
    actions: orderedActions(view).map((a) => a.id),
    text: resultAsText(view, WORDS),
  };
}

describe('F1: papers that were delivered or checked are never called doubtful', () => {
  const delivered = ['courtMail', 'handedOver', 'courtNotice', 'otherWay'];

  it.each(delivered.flatMap((how) => ['notChecked', 'confirmedReal', 'caseNotFound'].map((check) => [how, check])))(
    'arrived as %s, kind unsure, %s → deadline verdict, “when did it arrive”, how to tell the papers apart',
    (how, check) => {
      const shown = walk(court, {
        howReceived: [how],
        documentKind: ['notSure'],
        caseVerified: [check],
        receivedWhen: ['from7To15Days'],
        debtView: ['disputeAmount'],
        alsoHappening: ['noneOfThese'],
      });
      expect(shown.visited).toEqual([
        'howReceived',
        'documentKind',
        'caseVerified',
        'receivedWhen',
        'alsoHappening',
        'debtView',
      ]);
      expect(shown.verdicts).toContain('courtDeadlines');
      expect(shown.verdicts).not.toContain('courtVerifyFirst');
      expect(shown.actions).toEqual(
        expect.arrayContaining(['tellCourtPapersApart', 'doNotIgnoreSummons', 'deadlineMayHavePassed']),
      );
      expect(shown.text).not.toContain('不能确定你真的被起诉了');
      expect(shown.text).toMatch(/“传票”.*开庭/);
      expect(shown.text).toMatch(/“起诉状副本”.*答辩/);
      expect(shown.text).toMatch(/“支付令”：从送达之日起 15 日内，要么清偿，要么向法院提出书面异议/);
    },
  );

  it('a collector’s message about a case the person confirmed is real also gets the deadlines', () => {
    const shown = walk(court, {
      howReceived: ['collectorMessage'],
      documentKind: ['notSure'],
      caseVerified: ['confirmedReal'],
      receivedWhen: ['within7Days'],
      debtView: ['agreeCannotPay'],
      alsoHappening: ['noneOfThese'],
    });
    expect(shown.verdicts).toContain('courtDeadlines');
    expect(shown.actions).toContain('tellCourtPapersApart');
  });

  it('over every answer set: delivered, checked or named papers always show a deadline card and never “verify first”', () => {
    const sets = everyAnswerSet(court, 5000);
    if (!sets) throw new Error('court-papers lists every answer set');
    let checked = 0;
    for (const answers of sets) {
      const papers =
        answers.howReceived?.some((id) => delivered.includes(id)) === true ||
        answers.caseVerified?.some((id) => id === 'confirmedReal' || id === 'caseNotFound') === true ||
        (answers.documentKind !== undefined && !answers.documentKind.includes('notSure'));
      if (!papers || answers.documentKind === undefined) continue;
      const view = selectActions(court, zh.catalogue, answers);
      if (!view) throw new Error('no result');
      const ids = orderedActions(view).map((a) => a.id);
      const kind = answers.documentKind[0];
      checked += 1;
      expect(
        view.verdicts.map((v) => v.id),
        JSON.stringify(answers),
      ).not.toContain('courtVerifyFirst');
      // A lawyer's letter is not a court paper: it is told so, and that a real suit comes as court papers not to hide
      // from. One that came as court mail, by a court's hand or a court's message is answered as papers of an unsure kind.
      const byCourt =
        answers.howReceived?.some((id) => ['courtMail', 'handedOver', 'courtNotice'].includes(id)) === true;
      // Whoever sent a lawyer's letter can be checked, in words for a lender the court guide does not ask about.
      if (kind === 'lawyerLetter') {
        expect(ids, JSON.stringify(answers)).toContain('checkLawyerLetter');
        const check = orderedActions(view).find((a) => a.id === 'checkLawyerLetter');
        const text = check?.steps.map(plainText).join('\n');
        expect(text).toContain(zh.catalogue.lenders.otherLender?.hotline.text ?? 'the generic profile');
        expect(text).not.toMatch(/95384|微众/);
      }
      if (kind === 'lawyerLetter' && !byCourt)
        expect(ids, JSON.stringify(answers)).toEqual(
          expect.arrayContaining(['lawyerLetterIsNotCourtOrder', 'suitNeedsCourtPapers', 'verifyCourtPapers']),
        );
      else if (kind !== 'enforcementNotice')
        expect(
          ids.some((id) => DEADLINE_CARDS.includes(id)),
          JSON.stringify(answers),
        ).toBe(true);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('“verify first” now speaks only of a collector’s or stranger’s words, and says papers in hand keep their deadline', () => {
    const summary = zh.catalogue.verdicts.courtVerifyFirst?.summary ?? '';
    expect(summary).not.toContain('只凭短信、电话里的说法，不能确定你真的被起诉了');
    expect(summary).toMatch(/催收方或陌生号码/);
    expect(summary).toMatch(/按文书上的期限去做，不要等核实完/);
  });
});

describe('F2: every suggested court look-up says “not found is not fake”, and the deadline still runs', () => {
  it('in every action and verdict that suggests a look-up', () => {
    // A sentence that sends the person to look the case up: the court's site or mini-program, or 12368 about a case.
    const lookUp = (text: string) =>
      /审判流程信息公开网|我的案件/.test(text) ||
      text.split('。').some((s) => s.includes('{tel:court}') && /查|核实/.test(s) && /起诉|立案|案|文书/.test(s));
    const texts = [
      ...Object.entries(zh.catalogue.actions).map(([id, a]) => [id, [a.title, ...a.steps].join('\n')] as const),
      ...Object.entries(zh.catalogue.verdicts).map(([id, v]) => [id, `${v.title}\n${v.summary}`] as const),
    ];
    const suggesting = texts.filter(([, text]) => lookUp(text));
    expect(suggesting.map(([id]) => id)).toEqual(expect.arrayContaining(['verifyCourtPapers', 'suitNeedsCourtPapers']));
    for (const [id, text] of suggesting) expect(text, id).toMatch(NOT_FAKE);
    expect(action(zh, 'verifyCourtPapers').steps[1]).toMatch(/查不到不等于是假的.*期限照样从送达那天算/);
    expect(articlesOf(action(zh, 'verifyCourtPapers').basis)).toContain('courtProcessDisclosureRules 第六条');
    expect(action(en, 'verifyCourtPapers').steps[1]).toMatch(/does not mean it is fake/);
  });
});

describe('F3, F4: the deadline runs from service and does not wait for checking', () => {
  it('F3: the deadline verdict treats the papers as real until shown false', () => {
    const verdict = zh.catalogue.verdicts.courtDeadlines;
    expect(verdict?.summary).not.toContain('先核实真假，再在期限内去做');
    expect(verdict?.summary).toMatch(/从送达那天算起，不会等你核实完/);
    expect(verdict?.summary).toMatch(/先按真的对待/);
    expect(verdict?.title).not.toContain('如果文书是真的');
    expect(articlesOf(verdict?.basis ?? [])).toContain(
      'civilProcedureLaw 第八十七条、第八十八条、第九十条、第九十一条',
    );
    expect(en.catalogue.verdicts.courtDeadlines?.summary).toMatch(/do not wait until you have checked/);
  });

  it('F4: the payment-order objection counts from service, which a family signature or a court text may start', () => {
    const steps = action(zh, 'objectToPaymentOrder').steps;
    expect(steps[1]).not.toContain('从收到之日起');
    expect(steps[1]).toMatch(/从支付令送达之日起 15 日内/);
    expect(steps[1]).toMatch(/家人代签/);
    expect(steps[1]).toMatch(/短信送到手机那天就可能开始算/);
    expect(steps[0]).not.toMatch(/^先按上面的办法核实/);
    expect(articlesOf(action(zh, 'objectToPaymentOrder').basis)).toContain(
      'civilProcedureLaw 第八十七条、第八十八条、第九十条、第九十一条',
    );
    const collection = walk(triage, {
      safetyNow: ['noneOfThese'],
      lender: ['webank'],
      contactKind: ['courtPapers'],
      courtPaperKind: ['paymentOrder'],
      loanStatus: ['overdue'],
      collectorVerified: ['confirmedReal'],
      redFlags: ['noneOfThese'],
      conduct: ['noneOfThese'],
      paymentSituation: ['cannotPayNow'],
      amountDisputed: ['amountWrong'],
    });
    expect(collection.text).toMatch(/从支付令送达之日起 15 日内/);
  });
});

describe('F5, F9: what a threat to sue and a lawyer’s letter are, with our inference marked as ours', () => {
  it('F5: a threat to sue may be followed by a real suit, served by the court, possibly by text', () => {
    const verdict = zh.catalogue.verdicts.pressureNotLegalStep;
    expect(verdict?.title).not.toContain('是施压，不是法院的决定');
    expect(verdict?.title).toMatch(/律师函、“户籍地核查”不是法院程序/);
    expect(verdict?.summary).toMatch(/也可能真的去起诉/);
    expect(verdict?.summary).toMatch(/法院发来的短信/);
    expect(verdict?.summary).toMatch(NOT_FAKE);
    expect(en.catalogue.verdicts.pressureNotLegalStep?.title).not.toMatch(/pressure, not a court decision/);
  });

  it('F9: basis lines quote the article; an inference is marked “据此推断”', () => {
    const INFERENCES = /律师函|凭据|放贷方是谁|核实/;
    const cited: Citation[] = [
      ...Object.values(zh.catalogue.actions).flatMap((a) => a.basis),
      ...Object.values(zh.catalogue.verdicts).flatMap((v) => v.basis ?? []),
      ...Object.values(zh.catalogue.lenders).flatMap((l) =>
        [l.name, l.officialName, l.hotline, l.officialEntry, l.partnerList, l.repayment].flatMap((d) => d.basis),
      ),
    ];
    const watched = cited.filter(
      (c) =>
        (c.source === 'lawyersLaw' && ['第二十八条第（六）项', '第五十五条'].includes(c.article ?? '')) ||
        (c.source === 'limitationRules' && c.article === '第十四条') ||
        (c.source === 'civilCode' && c.article === '第五百四十五条、第五百四十六条'),
    );
    expect(watched.length).toBeGreaterThanOrEqual(5);
    for (const c of watched) {
      const articleWords = c.says.replace(/（据此推断：[^）]*）/g, '');
      expect(articleWords, `${c.source} ${c.article ?? ''}`).not.toMatch(INFERENCES);
    }
    expect(zh.catalogue.verdicts.pressureNotLegalStep?.basis?.[0]?.says).toMatch(/（据此推断：律师函/);
    expect(action(zh, 'hardshipProof').basis[1]?.says).toMatch(/（据此推断：商量的结果日后要有凭据。）$/);
    expect(zh.catalogue.lenders.otherLender?.officialName.basis[0]?.says).toMatch(/（据此推断：放贷方是谁/);
  });
});

describe('F6: a private chat is a caution, not “likely not the lender”, except for WeBank alone', () => {
  const answers = (lender: string[]) => ({
    safetyNow: ['noneOfThese'],
    lender,
    contactKind: ['chatMessage'],
    loanStatus: ['overdue'],
    collectorVerified: ['notChecked'],
    redFlags: ['privateChat'],
    conduct: ['noneOfThese'],
    paymentSituation: ['canPayFull'],
    amountDisputed: ['amountCorrect'],
  });

  it.each([[['otherOrUnsure']], [['webank', 'otherOrUnsure']]])(
    'lender %j → a caution card, no “likely scam”',
    (lender) => {
      const shown = walk(triage, answers(lender));
      expect(shown.verdicts).not.toContain('likelyScam');
      expect(shown.text).not.toContain('很可能不是');
      expect(shown.actions).toEqual(expect.arrayContaining(['privateChatCaution', 'doNotTransfer']));
      expect(shown.text).toMatch(/这不一定是诈骗，但要小心/);
      expect(shown.text).toMatch(/外部催收机构没有经过银行同意，不能用私人手机联系你/);
    },
  );

  it('WeBank alone, whose own statement is sourced, still gets “likely not WeBank”', () => {
    const shown = walk(triage, answers(['webank']));
    expect(shown.verdicts).toContain('likelyScam');
    expect(shown.text).toContain('很可能不是微众银行的正常催收');
  });
});

describe('F7, F8: who may be pursued, and whom 12378 and its time limits cover', () => {
  it('F7: borrower and guarantor, not third parties unrelated to the debt', () => {
    const rule = zh.catalogue.contactLog.breachRules.thirdPartyContacted;
    expect(rule.explanation).not.toContain('只能向借款人本人催收');
    expect(rule.explanation).toMatch(/担保人/);
    expect(rule.explanation).toMatch(/不能向与这笔债无关的人催收/);
    expect(rule.basis[0]?.says).toMatch(/担保人等连带责任人/);
  });

  it('F8: for “another platform or unsure”, 12378 and the 15-day rule are said to cover banks, insurers and consumer-finance companies', () => {
    const shown = walk(triage, {
      safetyNow: ['noneOfThese'],
      lender: ['otherOrUnsure'],
      contactKind: ['call', 'visitActual'],
      loanStatus: ['overdue'],
      collectorVerified: ['notChecked'],
      redFlags: ['noneOfThese'],
      conduct: ['lateCalls'],
      paymentSituation: ['canPayFull'],
      amountDisputed: ['amountCorrect'],
    });
    expect(shown.actions).toEqual(
      expect.arrayContaining(['complainToNfra', 'complainToLender', 'askVisitorForPapers']),
    );
    expect(shown.text).not.toContain('银行不处理，就向监管投诉');
    expect(shown.text).not.toContain('事实清楚的投诉，银行一般应在 15 日内处理');
    expect(shown.text).toMatch(/受理银行、保险公司、消费金融公司等机构的投诉/);
    expect(shown.text).toMatch(
      /不一定受理这样的平台；可以到中国互联网金融协会举报平台（jubao\.nifa\.org\.cn）实名举报/,
    );
    expect(stepsOf(zh, 'askVisitorForPapers')).toMatch(
      /放贷方是银行、消费金融公司等机构的，不处理的再拨打 \{tel:nfra\}/,
    );
    const source = zh.catalogue.sources.nifaReportPlatform;
    expect(source?.reliability).toBe('secondary');
    expect(source?.checked).toBe('2026-11-27');
    const lender = lendersFor(triage, zh.catalogue, { lender: ['otherOrUnsure'] })[0]?.profile;
    const reminder = complaintFollowUp(
      zh.catalogue,
      'webank',
      '2026-11-20',
      Date.parse('2026-11-21T00:00:00Z'),
      lender,
    );
    expect(reminder?.description).toMatch(
      /放贷方是银行、保险公司或消费金融公司的，可以打 .*12378 投诉；别的平台，这条热线不一定受理/,
    );
  });
});

describe('F10, F11, F12: 12321 is reached by its website or official account', () => {
  it('F10: the basis says the phone line mainly answers questions', () => {
    const says = action(zh, 'reportSpam12321').basis[0]?.says ?? '';
    expect(says).not.toContain('可以打电话');
    expect(says).toMatch(/网站 www\.12321\.cn 和它的微信公众号/);
    expect(says).toMatch(/主要受理咨询，不是举报渠道/);
  });

  it('F11: 010-12321, not confirmed to still work, is not offered anywhere', () => {
    expect(Object.values(zh.catalogue.phones).map((p) => p.number)).not.toContain('01012321');
    expect(zh.catalogue.contactLog.complaintChannels.spamReport.phone).toBeUndefined();
    expect(stepsOf(zh, 'reportSpam12321')).not.toMatch(/拨打/);
    expect(JSON.stringify(zh)).not.toContain('{tel:spamReport}');
  });

  it('F12: SMS is not named as a reporting channel', () => {
    const channel = zh.catalogue.contactLog.complaintChannels.spamReport;
    for (const text of [channel.handles, ...channel.basis.map((c) => c.says)])
      expect(text).not.toMatch(/渠道[^。]*短信/);
    expect(channel.basis[0]?.says).toMatch(/渠道有网站和微信公众号。$/);
  });
});

describe('T1, T2: the generated 繁體 reads 困難 and 天後', () => {
  it('hardshipProof and the retention question', () => {
    const tw = toTraditional(zh);
    expect(tw.catalogue.actions.hardshipProof?.title).toContain('備好困難證明');
    expect(tw.catalogue.ui.privacy.reminderQuestion).toContain('{days} 天後自動刪除');
    expect(tw.catalogue.ui.privacy.reminderKeep).toContain('{days} 天後刪除');
  });
});

describe('missing advice', () => {
  it('1: refusing real court staff or court mail at the door does not stop the deadline', () => {
    const hint = court.nodes.find((n) => n.id === 'safetyFirst');
    if (hint?.kind !== 'question') throw new Error('no safetyFirst question');
    expect(hint.hint).toMatch(/不开门、拒收也不会让期限停下来/);
    for (const id of ['call110Now', 'verifyOfficialClaim']) {
      expect(stepsOf(zh, id), id).toMatch(/拒收(也)?不会让期限停下来/);
      expect(articlesOf(action(zh, id).basis), id).toEqual(
        expect.arrayContaining(['civilProcedureLaw 第八十九条', 'courtMailRules 第十一条']),
      );
    }
    const shown = walk(court, { howReceived: ['someoneAtDoor'], safetyFirst: ['showActionsNow'] });
    expect(shown.actions[0]).toBe('call110Now');
    expect(shown.text).toMatch(/不开门、拒收也不会让期限停下来/);
    // Every court-flow text that speaks of keeping the door shut says so.
    const courtActions = court.nodes.flatMap((n) => (n.kind === 'outcome' ? n.actions.map((a) => a.action) : []));
    for (const id of courtActions) {
      const text = stepsOf(zh, id);
      if (/开门/.test(text)) expect(text, id).toMatch(/不会让期限停下来/);
    }
  });

  it('2: “I never borrowed this” in court gets police, credit report, lender and answering the suit', () => {
    const shown = walk(court, {
      howReceived: ['courtMail'],
      documentKind: ['complaintCopy'],
      caseVerified: ['confirmedReal'],
      receivedWhen: ['within7Days'],
      debtView: ['notMine'],
      alsoHappening: ['noneOfThese'],
    });
    expect(shown.actions).toEqual(expect.arrayContaining(['notMyLoanInCourt', 'disputeInCourt']));
    const steps = stepsOf(zh, 'notMyLoanInCourt');
    for (const words of ['向公安机关报案', '信用报告', '提出异议', '说明不是你借的', '在期限内答辩'])
      expect(steps).toContain(words);
    expect(steps).not.toMatch(/\{lender:/);
    expect(action(en, 'notMyLoanInCourt').title).toMatch(/still answer the case/);
  });

  it('3: small claims — object to the procedure before the hearing', () => {
    expect(stepsOf(zh, 'doNotIgnoreSummons')).toMatch(/按小额诉讼审理.*要在开庭前向法院提出异议/);
    expect(articlesOf(action(zh, 'doNotIgnoreSummons').basis)).toContain(
      'civilProcedureInterpretation2022 第二百七十九条',
    );
  });

  it('4: “settled” for one of several lenders does not turn the other lenders’ demands into a scam', () => {
    const settled = (lender: string[]) =>
      walk(triage, {
        safetyNow: ['noneOfThese'],
        lender,
        contactKind: ['call'],
        loanStatus: ['settled'],
        collectorVerified: ['notChecked'],
        redFlags: ['noneOfThese'],
        conduct: ['noneOfThese'],
        paymentSituation: ['canPayFull'],
        amountDisputed: ['amountCorrect'],
      });
    const several = settled(['webank', 'otherOrUnsure']);
    expect(several.verdicts).not.toContain('alreadySettled');
    expect(several.verdicts).toContain('settledOneOfSeveral');
    expect(several.actions).not.toContain('settledDoNotPayAgain');
    expect(several.actions).toContain('settledOneOfSeveral');
    expect(several.text).not.toContain('还清以后还有人说你欠钱、要你转账的，按诈骗对待');
    expect(several.text).toMatch(/不能因为一家还清了，就把别家的催收都当成诈骗/);
    expect(several.text).toMatch(/别家来催收，不能因为这一家还清了就当作诈骗/);
    expect(settled(['webank']).verdicts).toContain('alreadySettled');
  });

  it('5: where the partner list’s place is not sourced, calling the lender’s hotline is the primary check', () => {
    const steps = Object.values(zh.catalogue.actions).flatMap((a) => a.steps);
    const naming = steps.filter((s) => s.includes('{lender:partnerList}'));
    expect(naming.length).toBeGreaterThan(0);
    for (const step of naming) {
      expect(step.indexOf('{lender:hotline}'), step).toBeGreaterThan(-1);
      expect(step.indexOf('{lender:hotline}'), step).toBeLessThan(step.indexOf('{lender:partnerList}'));
      expect(step).toMatch(/以客服的答复为准/);
    }
  });
});

describe('several lenders: each answer about the debt is about the lender contacting you now', () => {
  it('the debt questions say to answer for that one lender', () => {
    for (const id of ['loanStatus', 'paymentSituation', 'amountDisputed']) {
      const q = triage.nodes.find((n) => n.id === id);
      if (q?.kind !== 'question') throw new Error(`no ${id} question`);
      expect(q.hint, id).toMatch(/欠了几家的，按这次找你的那一家回答。$/);
    }
  });
});

describe('a second reading as a person holding real papers: no path calls them a scam or drops the deadline', () => {
  const COLLECTED = {
    safetyNow: ['noneOfThese'],
    lender: ['webank'],
    collectorVerified: ['notChecked'],
    redFlags: ['noneOfThese'],
    conduct: ['noneOfThese'],
    paymentSituation: ['cannotPayNow'],
    amountDisputed: ['amountCorrect'],
  };

  it.each(['papersDelivered', 'paymentOrder', 'notSure'])(
    'repaid, then court papers (%s) → the deadline comes first, the repayment is shown in court, never “按诈骗对待”',
    (kind) => {
      const shown = walk(triage, {
        ...COLLECTED,
        contactKind: ['courtPapers'],
        courtPaperKind: [kind],
        loanStatus: ['settled'],
      });
      expect(shown.verdicts[0]).toBe('courtDeadlines');
      expect(shown.verdicts).not.toContain('alreadySettled');
      expect(shown.actions).toEqual(expect.arrayContaining(['doNotIgnoreSummons', 'disputeInCourt']));
      expect(shown.actions).not.toContain('reportAttemptedScam');
      expect(shown.text).not.toContain('按诈骗对待');
    },
  );

  it.each(['papersDelivered', 'paymentOrder', 'notSure'])(
    'never borrowed, then court papers (%s) → identity-theft steps and answering the suit, not “likely a scam”',
    (kind) => {
      const shown = walk(triage, {
        ...COLLECTED,
        contactKind: ['courtPapers'],
        courtPaperKind: [kind],
        loanStatus: ['neverBorrowed'],
      });
      expect(shown.verdicts[0]).toBe('courtDeadlines');
      expect(shown.verdicts).not.toContain('likelyScam');
      expect(shown.actions).toContain('notMyLoanInCourt');
      expect(shown.actions).not.toContain('notYourDebt');
      expect(shown.text).toContain('也要应诉');
    },
  );

  it('without papers, someone who never borrowed is still warned of a likely scam', () => {
    const shown = walk(triage, { ...COLLECTED, contactKind: ['call'], loanStatus: ['neverBorrowed'] });
    expect(shown.verdicts).toContain('likelyScam');
  });

  it.each(['courtMail', 'handedOver', 'courtNotice'])(
    'court flow, someone at the door, “tell me now”, papers that came by %s → the deadline cards are there',
    (how) => {
      const shown = walk(court, { howReceived: [how, 'someoneAtDoor'], safetyFirst: ['showActionsNow'] });
      expect(shown.verdicts).toEqual(expect.arrayContaining(['danger', 'courtDeadlines']));
      expect(shown.actions[0]).toBe('call110Now');
      expect(shown.actions).toEqual(expect.arrayContaining(['doNotIgnoreSummons', 'tellCourtPapersApart']));
    },
  );

  it('court flow, papers refused at the door, kind unsure → asked when, told how to tell papers apart', () => {
    const shown = walk(court, {
      howReceived: ['someoneAtDoor'],
      safetyFirst: ['continueQuestions'],
      documentKind: ['notSure'],
      caseVerified: ['notChecked'],
      receivedWhen: ['notSure'],
      debtView: ['agreeCannotPay'],
      alsoHappening: ['noneOfThese'],
    });
    expect(shown.visited).toContain('receivedWhen');
    expect(shown.verdicts).toContain('courtDeadlines');
    expect(shown.actions).toEqual(expect.arrayContaining(['tellCourtPapersApart', 'deadlineMayHavePassed']));
  });

  it('every 12368 look-up in a card says “查不到不等于是假的”, and no card counts a deadline from “收到之日” where service is the rule', () => {
    for (const [id, a] of Object.entries(zh.catalogue.actions)) {
      const lookUp = a.steps.some((step) => /\{tel:court\}[^。；]*(核实|查询|问有没有)/.test(step));
      if (lookUp) expect(`${id}: ${a.steps.join(' ')}`).toMatch(NOT_FAKE);
      for (const step of a.steps)
        if (id !== 'doNotIgnoreSummons') expect(`${id}: ${step}`).not.toMatch(/收到之日起 ?15 ?日/);
    }
  });

  it('a card that says the door may stay shut also says refusing real court papers does not stop the deadline', () => {
    expect(stepsOf(zh, 'homeVisitRights')).toMatch(/拒收也不会让期限停下来/);
  });
});
