// Flow files are validated at the edge: good ones load, each broken fixture fails naming the file, path and problem.
import { describe, expect, it } from 'vitest';
import { loadFlowDir } from '../../scripts/flow-files.ts';
import { FlowFilesError, formatIssues, loadFlowBundle, loadFlowBundleOrThrow } from '../../src/check/load.ts';
import { brokenCaseNames, problemsFor } from '../support/brokenCases.ts';
import { miniBundle, miniFiles, PROJECT_ROOT, TODAY } from '../support/fixtures.ts';

const EXPECTED: Record<string, string[]> = {
  'action-without-source': ['flows/shared/actions.json › keepRecords.basis: every action needs at least one source'],
  'checked-in-the-future': ['flows/shared/sources.json › guideline.checked: date 2027-01-01 is in the future'],
  'condition-outside-vocabulary': [
    'flows/mini.json › nodes[0](contact).branches[0].when: must be one condition: {"question", "anyOf"}, {"all": [...]}, {"any": [...]}, {"not": ...} or {"always": true}',
  ],
  'condition-reads-later-question': [
    'flows/mini.json › nodes[0](contact).branches[0].when: question "conduct" is never asked before this point',
  ],
  cycle: [
    'flows/mini.json › nodes[2](conduct): the flow loops: contact → atDoor → conduct → contact; a flow must always move forward',
  ],
  'contact-log-bad-channel': [
    'flows/shared/contact-log.json › complaintChannels.nfra.phone: unknown phone "nfraa" (not in flows/shared/phones.json)',
    'flows/shared/contact-log.json › complaintChannels.nfra.suggestedBy: unknown action "complainn" (not in flows/shared/actions.json)',
  ],
  'contact-log-rule-missing': [
    'flows/shared/contact-log.json › labels.happened.insults: is missing',
    'flows/shared/contact-log.json › breachRules.lateContact.quietFrom: must be a time written hh:mm',
    'flows/shared/contact-log.json › breachRules.threats: is missing',
  ],
  'dangling-next': ['flows/mini.json › nodes[0](contact).next: unknown node "conductt"'],
  'exclusive-on-single-choice': [
    'flows/mini.json › nodes[0](contact).options[1].exclusive: only questions with "select": "many" can have an exclusive option',
  ],
  'invalid-json': ["flows/mini.json: not valid JSON: Expected ',' or ']' after array element in JSON at position 2988"],
  'missing-catalogue-file': ['flows/shared/verdicts.json: file is missing'],
  'resume-on-several-answers': [
    'flows/mini.json › nodes[3](result).resume.question: "conduct" takes several answers; going on from the result sets one',
  ],
  'fallback-only-verdict': [
    'flows/mini.json › nodes[3](result).verdicts: the result\'s only verdict is its fallback "calm"; add a verdict for what the answers show',
    'flows/shared/verdicts.json › danger: verdict "danger" is never used; remove it or use it',
    'flows/shared/verdicts.json › unlawful: verdict "unlawful" is never used; remove it or use it',
  ],
  'generic-lender-with-phone': [
    'flows/shared/lenders.json › anyLender: lender profile "anyLender" is never used; remove it or use it',
    'flows/shared/lenders.json › anyLender.hotline.text: a generic profile holds no phone number: say where to find the lender’s own number (contract, official app)',
  ],
  'lender-detail-missing': ['flows/shared/lenders.json › acme.hotline: is missing'],
  'lender-detail-without-source': [
    'flows/shared/lenders.json › acme.repayment.basis: every lender detail needs a source',
  ],
  'lender-question-incomplete': [
    'flows/mini.json › lenders.byOption: option "visit" of "contact" has no lender profile',
    'flows/mini.json › lenders.otherwise: "acme" must be a generic profile: an unknown lender gets no phone number',
  ],
  'lender-question-without-profiles': [
    'flows/mini.json › lenders: a lender question needs a profile for each option ("byOption"), and "byOption" needs a question',
  ],
  'general-steps-lead': [
    'flows/mini.json › nodes[3](result).actions[2].rank: general steps "keepRecords", "saveScreenshots", "askAdvice" are ranked ahead of "complain", so a result could lead with 3 general steps while it applies; give "complain" a lower rank or them a higher one',
  ],
  'lender-unknown-phone': [
    'flows/shared/lenders.json › acme: lender profile "acme" is never used; remove it or use it',
    'flows/shared/lenders.json › acme.hotline.text: unknown phone "acmeHotline" in {tel:acmeHotline} (not in flows/shared/phones.json)',
  ],
  'misspelled-field': [
    'flows/mini.json › nodes[0](contact).options[0](call).label: is missing',
    'flows/mini.json › nodes[0](contact).options[0](call): unknown field "lable" (check the spelling)',
  ],
  'no-unconditional-action': [
    'flows/mini.json › nodes[3](result).actions: no action has "when": {"always": true}, so some answers could end in an empty list; make at least one unconditional',
  ],
  'phone-number-in-question': [
    'flows/mini.json › nodes[0](contact).hint: phone number 95384 written as digits; write {tel:phoneId} so it carries its source',
  ],
  'raw-phone-number': [
    'flows/shared/actions.json › callPolice.steps[1]: phone number 110 written as digits; write {tel:phoneId} so it carries its source',
  ],
  'reserved-node-id': [
    'flows/mini.json › nodes[2](review).id: "review" is reserved for the app\'s own answers page; choose another id',
    'flows/mini.json › nodes[3](result).actions[2].when: unknown question "conduct"',
    'flows/mini.json › nodes[3](result).verdicts[1].when: unknown question "conduct"',
  ],
  'translation-drops-phone-link': [
    'flows/i18n/en/actions.json › callPolice.title: English (en) translation for actions "callPolice" must keep the same {…} links and slots as the Chinese: {tel:police}',
  ],
  'translation-missing': [
    'flows/i18n/en/mini.json › nodes.contact.prompt: missing English (en) translation for flow "mini", node "contact": “对方怎么联系你？”',
  ],
  'translation-stale': [
    'flows/i18n/en/mini.json › nodes.contact.prompt: English (en) translation for flow "mini", node "contact" was made from older Chinese; now: “对方怎么联系你？”',
  ],
  'unknown-action': [
    'flows/mini.json › nodes[3](result).actions[3].action: unknown action "callLawyer" (not in flows/shared/actions.json)',
  ],
  'unknown-flow-link': [
    'flows/shared/actions.json › complain.opensFlow: unknown flow "court-paper" (no flows/<id>.json has this id)',
  ],
  'unknown-lender-detail': [
    'flows/mini.json › nodes[3](result).actions[2].action: action "complain" uses {lender:…} but this flow has no "lenders"; add it or use another action',
    'flows/shared/actions.json › complain.steps[0]: unknown lender detail "hotlien" in {lender:hotlien} (one of name, officialName, hotline, officialEntry, partnerList, repayment)',
  ],
  'unknown-option-in-condition': [
    'flows/mini.json › nodes[0](contact).branches[0].when: question "contact" has no option "visitt"',
  ],
  'unknown-source': [
    'flows/shared/actions.json › complain.basis[0].source: unknown source "guidline" (not in flows/shared/sources.json)',
  ],
  'unreachable-node': ['flows/mini.json › nodes[3](orphan): node "orphan" cannot be reached from start "contact"'],
  'unused-action': ['flows/shared/actions.json › repayNow: action "repayNow" is never used; remove it or use it'],
  'unverified-source': [
    'flows/shared/sources.json › guideline.reliability: must be "verified-primary" or "secondary" (unverified facts are never stated)',
  ],
  'wechat-pay-number': [
    'flows/shared/actions.json › keepRecords.steps[1]: unknown phone "webankWrong" in {tel:webankWrong} (not in flows/shared/phones.json)',
    'flows/shared/actions.json › keepRecords.steps[1]: 95017 is WeChat Pay’s (Tenpay) hotline, not WeBank’s; it must not appear',
  ],
  'wrong-node-kind': ['flows/mini.json › nodes[1](atDoor).kind: must have "kind": "question" or "outcome"'],
};

describe('loading flows/', () => {
  it('loads the real flows and the shared catalogue without a single problem', () => {
    const bundle = loadFlowDir(PROJECT_ROOT);
    expect(Object.keys(bundle.flows)).toEqual(['collection-triage', 'court-papers']);
  });

  it('loads the valid test fixture', () => {
    expect(miniBundle().flows.mini?.version).toBe(3);
  });

  it('has an expected message for every broken fixture, and a fixture for every expected message', () => {
    expect(brokenCaseNames()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: fails naming the file, the JSON path and the problem', (name, expected) => {
    expect(problemsFor(name)).toEqual(expected);
  });

  it('reports every problem at once', () => {
    const mini = miniFiles();
    const text = (path: string) => mini.find((f) => f.path === path)?.text ?? '';
    // A second flow that fails its schema twice, and in what parsed: the first flow's next node, a source's date,
    // a translation made from older Chinese and one that drops a phone link.
    const planted: Record<string, string> = {
      'flows/second.json': text('flows/mini.json')
        .replace('"id": "mini"', '"id": "second"')
        .replace('"label": "电话"', '"lable": "电话"')
        .replace('"title": "小测试流程"', '"title": ""'),
      'flows/mini.json': text('flows/mini.json').replace('"next": "conduct",', '"next": "nowhere",'),
      'flows/shared/sources.json': text('flows/shared/sources.json').replace(
        '"secondary", "checked": "2026-11-23"',
        '"secondary", "checked": "2027-01-01"',
      ),
      'flows/i18n/en/mini.json': text('flows/i18n/en/mini.json').replace(
        '"zh": "对方怎么联系你？"',
        '"zh": "对方是怎么联系你的？"',
      ),
      'flows/i18n/en/actions.json': text('flows/i18n/en/actions.json').replace(
        '"text": "EN 拨打 {tel:police}"',
        '"text": "EN 拨打 110"',
      ),
    };
    for (const [path, changed] of Object.entries(planted)) expect(changed, path).not.toBe(text(path) || undefined);
    const files = [
      ...mini.filter((f) => !(f.path in planted)),
      ...Object.entries(planted).map(([path, t]) => ({ path, text: t })),
    ];

    expect(() => loadFlowBundleOrThrow(files, TODAY)).toThrow(FlowFilesError);
    const result = loadFlowBundle(files, TODAY);
    expect(result.ok).toBe(false);
    expect(
      result.ok
        ? []
        : formatIssues(result.issues)
            .split('\n')
            .map((l) => l.trim()),
    ).toEqual([
      // schema
      'flows/second.json › title: must not be empty',
      'flows/second.json › nodes[0](contact).options[0](call).label: is missing',
      'flows/second.json › nodes[0](contact).options[0](call): unknown field "lable" (check the spelling)',
      // lint, of the flow and the catalogue that parsed
      'flows/mini.json › nodes[0](contact).next: unknown node "nowhere"',
      'flows/shared/sources.json › guideline.checked: date 2027-01-01 is in the future',
      // translations of what was linted
      'flows/i18n/en/mini.json › nodes.contact.prompt: English (en) translation for flow "mini", node "contact" was made from older Chinese; now: “对方怎么联系你？”',
      'flows/i18n/en/actions.json › callPolice.title: English (en) translation for actions "callPolice" must keep the same {…} links and slots as the Chinese: {tel:police}',
    ]);
  });
});
