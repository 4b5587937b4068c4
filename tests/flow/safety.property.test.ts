// Safety promises: the shared ones for every flow in flows/, over every answer combination the engine enumerates and
// as properties over random answer sets (fast-check), then the promises particular to each flow. Every conditional
// property counts the runs its condition held in and fails if there were none, and every option id named here
// must exist in its flow.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  buildActionItem,
  orderedActions,
  plainText,
  rulesThatApply,
  selectActions,
} from '../../src/flow/actionList.ts';
import type { ActionItem } from '../../src/flow/actionList.ts';
import { nodeById, pruneAnswers, questionById } from '../../src/flow/graph.ts';
import { lenderFor } from '../../src/flow/lenders.ts';
import { walkEveryAnswerSet } from '../../src/check/outcomes.ts';
import { ACTION_GROUPS } from '../../src/flow/vocabulary.ts';
import type { Answers, Condition, Flow, LenderProfile, QuestionNode } from '../../src/flow/schema.ts';
import { answersArbitrary } from '../support/answers.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';

// Thousands of results are built per property; on a loaded 2-core machine that takes more than the default 5 s.
vi.setConfig({ testTimeout: 180_000 });

const { catalogue } = realBundle();
const RUNS = 3000;
// Thousands of results per property: on a shared, busy machine that takes longer than the default 5 s.
vi.setConfig({ testTimeout: 120_000 });
// The exhaustive walks check hundreds of thousands of answer sets each: about 30 s on a quiet two-core machine, and
// over 120 s when several checkouts share it.
const EXHAUSTIVE_TIMEOUT = 600_000;

/** A question and some of its options: the answer "means" something when it contains any of them. */
type Choice = readonly [questionId: string, ...optionIds: string[]];

/** Does the answer contain one of the options? Throws on an id the flow does not have, so a misspelling fails. */
function choiceIn(flow: Flow) {
  return (answers: Answers, questionId: string, ...optionIds: string[]): boolean => {
    const question = questionById(flow, questionId);
    if (!question) throw new Error(`flow "${flow.id}" has no question "${questionId}"`);
    for (const id of optionIds)
      if (!question.options.some((o) => o.id === id))
        throw new Error(`question "${questionId}" of flow "${flow.id}" has no option "${id}"`);
    return optionIds.some((id) => answers[questionId]?.includes(id) ?? false);
  };
}

/** Runs a property over random answer sets and returns how many runs its condition held in (it returns true). */
function runsWhere(flow: Flow, property: (answers: Answers) => boolean, numRuns = RUNS): number {
  let held = 0;
  fc.assert(
    fc.property(answersArbitrary(flow), (answers) => {
      if (property(answers)) held += 1;
    }),
    { numRuns },
  );
  return held;
}

function expectExercised(held: number) {
  expect(held, 'the property’s condition held in some runs').toBeGreaterThan(0);
}

function resultFor(flow: Flow, answers: Answers) {
  const view = selectActions(flow, catalogue, answers);
  if (!view) throw new Error('every full answer set reaches a result');
  const counted = pruneAnswers(flow, answers);
  return { view, actions: orderedActions(view), counted };
}

const phoneNumbers = (action: ActionItem | undefined) => action?.phones.map((p) => p.phone.number) ?? [];
const stepsOf = (action: ActionItem | undefined) => action?.steps.map(plainText).join('\n') ?? '';

/**
 * What each flow's answers mean for the shared promises. Every flow in flows/ must be listed here, so a new flow
 * cannot skip them: `danger` (someone at the door or threatening: 110 first), `courtPapers` (court papers
 * mentioned: verify through 12368, unless `caseVerified` says they already did; `true` when the whole flow is about
 * them), `notTheirDebt` (never an action
 * asking to repay), `scam` (signs that whoever asks for money is not the lender: the scam verdict, and its warning
 * action before any action about repaying).
 */
const MEANING: Record<
  string,
  {
    danger: Choice[];
    courtPapers: Choice[] | true;
    /** Answers saying the person already verified the case with the court themselves: no "verify first" then. */
    caseVerified: Choice[];
    notTheirDebt: Choice[];
    /**
     * Answers that signal a scam; `unlessPapers` signals it only when no court papers that may be real were named
     * (papers from a court are to be answered, whoever the person thinks they owe).
     */
    scam: { when: Choice[]; unlessPapers?: { when: Choice[]; papers: Choice[] }; verdict: string; warning: string };
  }
> = {
  'collection-triage': {
    danger: [
      ['safetyNow', 'atDoorNow', 'violenceThreatened', 'heldAgainstWill'],
      ['conduct', 'threats', 'refusedToLeave'],
      ['thirdPartyConduct', 'threats'],
    ],
    courtPapers: [['contactKind', 'courtPapers']],
    caseVerified: [],
    notTheirDebt: [['loanStatus', 'neverBorrowed', 'notTheBorrower']],
    scam: {
      when: [
        [
          'redFlags',
          'personalAccount',
          'extraFees',
          'linkOrApp',
          'firmUnknown',
          'cancelAccountOrCredit',
          'shareCodesOrId',
        ],
        ['collectorVerified', 'didNotMatch'],
      ],
      unlessPapers: {
        when: [['loanStatus', 'neverBorrowed']],
        papers: [['courtPaperKind', 'papersDelivered', 'paymentOrder', 'notSure']],
      },
      verdict: 'likelyScam',
      warning: 'doNotTransfer',
    },
  },
  'court-papers': {
    danger: [['howReceived', 'someoneAtDoor']],
    courtPapers: true,
    caseVerified: [['caseVerified', 'confirmedReal']],
    notTheirDebt: [['debtView', 'notMine']],
    scam: { when: [['caseVerified', 'caseNotFound']], verdict: 'courtCaseNotFound', warning: 'fakeCourtPapers' },
  },
};

function meaningOf(flow: Flow) {
  const meaning = MEANING[flow.id];
  if (!meaning) throw new Error(`flow "${flow.id}" is not in MEANING`);
  const chose = choiceIn(flow);
  // Each choice's ids are checked once here; the walks then call these hundreds of thousands of times.
  for (const [q, ...ids] of meaningChoices(flow)) chose({}, q, ...ids);
  const any = (choices: readonly Choice[], a: Answers) =>
    choices.some(([q, ...ids]) => ids.some((id) => a[q]?.includes(id) ?? false));
  return {
    danger: (a: Answers) => any(meaning.danger, a),
    courtPapers: (a: Answers) =>
      (meaning.courtPapers === true || any(meaning.courtPapers, a)) && !any(meaning.caseVerified, a),
    notTheirDebt: (a: Answers) => any(meaning.notTheirDebt, a),
    scam: (a: Answers) =>
      any(meaning.scam.when, a) ||
      (meaning.scam.unlessPapers !== undefined &&
        any(meaning.scam.unlessPapers.when, a) &&
        !any(meaning.scam.unlessPapers.papers, a)),
    scamVerdict: meaning.scam.verdict,
    scamWarning: meaning.scam.warning,
  };
}

const flows = Object.values(realBundle().flows).map((flow) => [flow.id, flow] as const);

it('every flow in flows/ says what its answers mean for the shared safety promises', () => {
  expect(Object.keys(MEANING).sort()).toEqual(flows.map(([id]) => id).sort());
});

it('every question and option the MEANING table names exists in its flow', () => {
  for (const [flowId, flow] of flows) {
    const meaning = MEANING[flowId];
    if (!meaning) continue;
    const choices = [
      ...meaning.danger,
      ...(meaning.courtPapers === true ? [] : meaning.courtPapers),
      ...meaning.caseVerified,
      ...meaning.notTheirDebt,
      ...meaning.scam.when,
      ...(meaning.scam.unlessPapers?.when ?? []),
      ...(meaning.scam.unlessPapers?.papers ?? []),
    ];
    for (const [questionId, ...optionIds] of choices) {
      const question = questionById(flow, questionId);
      expect(
        question?.options.map((o) => o.id),
        `${flowId}: question ${questionId}`,
      ).toEqual(expect.arrayContaining(optionIds));
    }
    for (const id of [meaning.scam.warning]) expect(catalogue.actions, `${flowId}: action ${id}`).toHaveProperty(id);
    expect(catalogue.verdicts, `${flowId}: verdict`).toHaveProperty(meaning.scam.verdict);
  }
});

/**
 * Checks the shared promises on every answer set a walk reaches and returns how often each condition held.
 * What each action says depends only on the lender profile, so each is built once per profile; which actions
 * apply, and in what order, is worked out for every combination by the engine's own rulesThatApply.
 */
function checkEveryResult(
  flow: Flow,
  walk: (onAnswerSet: (nodeId: string, answers: Answers) => void) => void,
  label: string,
) {
  const meaning = meaningOf(flow);
  const built = new Map<LenderProfile | undefined, Map<string, ActionItem>>();
  const itemFor = (id: string, lender: LenderProfile | undefined): ActionItem => {
    const items = built.get(lender) ?? new Map<string, ActionItem>();
    built.set(lender, items);
    let item = items.get(id);
    if (!item) {
      const action = catalogue.actions[id];
      if (!action) throw new Error(`unknown action ${id}`);
      item = buildActionItem(flow, catalogue, id, action, [], lender);
      items.set(id, item);
    }
    return item;
  };
  const held = { combinations: 0, danger: 0, scam: 0, notTheirDebt: 0, courtPapers: 0 };
  const failures: string[] = [];
  const fail = (answers: Answers, what: string) => {
    if (failures.length < 5) failures.push(`${what} for ${JSON.stringify(answers)}`);
  };
  const started = performance.now();
  walk((nodeId, answers) => {
    held.combinations += 1;
    const outcome = nodeById(flow, nodeId);
    if (outcome?.kind !== 'outcome') {
      fail(answers, `ends at ${nodeId}, not an outcome`);
      return;
    }
    const rules = rulesThatApply(outcome, catalogue, answers);
    const lender = lenderFor(flow, catalogue, answers);
    const ids = rules.actions.map((a) => a.id);
    const items = ids.map((id) => itemFor(id, lender));

    if (rules.verdicts.length === 0) fail(answers, 'no verdict');
    if (items.length === 0) fail(answers, 'no action');
    for (const item of items) {
      if (item.citations.length === 0) fail(answers, `action ${item.id} has no source`);
      for (const { phoneId, phone } of item.phones)
        if (!(phone.citation.source in catalogue.sources)) fail(answers, `phone ${phoneId} has no source`);
    }
    const groups = rules.actions.map((a) => ACTION_GROUPS.indexOf(a.group));
    if (groups.some((g, i) => i > 0 && g < (groups[i - 1] ?? 0))) fail(answers, 'groups out of order');

    if (meaning.danger(answers)) {
      held.danger += 1;
      if (ids[0] !== 'call110Now' || !phoneNumbers(items[0]).includes('110')) fail(answers, '110 is not first');
    }
    const firstRepay = items.findIndex((i) => i.traits.includes('repay'));
    if (meaning.scam(answers)) {
      held.scam += 1;
      const warning = ids.indexOf(meaning.scamWarning);
      if (!rules.verdicts.some((v) => v.id === meaning.scamVerdict)) fail(answers, 'no scam verdict');
      if (warning === -1 || (firstRepay !== -1 && firstRepay < warning)) fail(answers, 'repaying before the warning');
    }
    if (meaning.notTheirDebt(answers)) {
      held.notTheirDebt += 1;
      if (firstRepay !== -1) fail(answers, 'an action asks to repay');
    }
    if (meaning.courtPapers(answers)) {
      held.courtPapers += 1;
      const verify = ids.indexOf('verifyCourtPapers');
      if (!phoneNumbers(items[verify]).includes('12368')) fail(answers, 'court papers not verified through 12368');
    }
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${flow.id}${label}: ${String(held.combinations)} answer combinations checked in ${seconds.toFixed(1)} s ` +
      `(danger ${String(held.danger)}, scam ${String(held.scam)}, not their debt ${String(held.notTheirDebt)}, ` +
      `court papers ${String(held.courtPapers)})`,
  );
  expect(failures).toEqual([]);
  for (const [what, count] of Object.entries(held)) expect(count, what).toBeGreaterThan(0);
}

describe.each(flows)('safety invariants of %s over every answer combination', (_flowId, flow) => {
  it(
    'danger: 110 first; scam: its verdict, and its warning before any repaying; every result sourced',
    () => {
      checkEveryResult(
        flow,
        (visit) => {
          walkEveryAnswerSet(flow, visit, { alsoRead: alsoRead(flow) });
        },
        '',
      );
    },
    EXHAUSTIVE_TIMEOUT,
  );
});

/** The choices the MEANING table reads: the walks must not merge answers that differ in them. */
function meaningChoices(flow: Flow): Choice[] {
  const meaning = MEANING[flow.id];
  if (!meaning) return [];
  const courtPapers = meaning.courtPapers === true ? [] : meaning.courtPapers;
  return [
    ...meaning.danger,
    ...courtPapers,
    ...meaning.notTheirDebt,
    ...meaning.scam.when,
    ...(meaning.scam.unlessPapers?.when ?? []),
    ...(meaning.scam.unlessPapers?.papers ?? []),
  ];
}
const alsoRead = (flow: Flow) => meaningChoices(flow).map(([questionId, ...optionIds]) => ({ questionId, optionIds }));

type Atom = { question: string; anyOf: string[] };
const atomsOf = (c: Condition): Atom[] =>
  'always' in c
    ? []
    : 'not' in c
      ? atomsOf(c.not)
      : 'all' in c
        ? c.all.flatMap(atomsOf)
        : 'any' in c
          ? c.any.flatMap(atomsOf)
          : [c];
const holdsIf = (c: Condition, atom: (a: Atom) => boolean): boolean =>
  'always' in c
    ? true
    : 'not' in c
      ? !holdsIf(c.not, atom)
      : 'all' in c
        ? c.all.every((x) => holdsIf(x, atom))
        : 'any' in c
          ? c.any.some((x) => holdsIf(x, atom))
          : atom(c);

/**
 * Everything that reads an answer: every branch, verdict and action condition, the lender question's options, and
 * the MEANING table's choices. Written out here rather than taken from the engine, so the proof below is independent.
 */
function everythingThatReads(flow: Flow): Condition[] {
  return [
    ...flow.nodes.flatMap((n) =>
      n.kind === 'question'
        ? (n.branches ?? []).map((b) => b.when)
        : [...n.verdicts.map((v) => v.when), ...n.actions.map((a) => a.when)],
    ),
    ...Object.keys(flow.lenders?.byOption ?? {}).map((id) => ({ question: flow.lenders?.question ?? '', anyOf: [id] })),
    ...meaningChoices(flow).map(([question, ...anyOf]) => ({ question, anyOf })),
  ];
}

/**
 * What every condition can make of one answer to a question, whatever the other questions are answered: for each
 * condition that reads the question, its truth for every truth of the parts that read other questions. Two answers
 * with the same table can never be told apart by any condition.
 */
function truthTable(conditions: readonly Condition[], questionId: string, answer: readonly string[]): string {
  return conditions
    .filter((c) => atomsOf(c).some((a) => a.question === questionId))
    .map((c) => {
      const others = atomsOf(c).filter((a) => a.question !== questionId);
      let table = '';
      for (let bits = 0; bits < 1 << others.length; bits += 1)
        table += holdsIf(c, (a) =>
          a.question === questionId
            ? a.anyOf.some((id) => answer.includes(id))
            : Boolean(bits & (1 << others.indexOf(a))),
        )
          ? '1'
          : '0';
      return table;
    })
    .join('|');
}

/** Every answer a "many" question accepts, counted here rather than by the engine: each exclusive option alone, or any
 * non-empty set of the others. */
function everyAcceptedAnswer(question: QuestionNode): string[][] {
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => [o.id]);
  const others = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  const subsets = others.reduce<string[][]>((acc, id) => [...acc, ...acc.map((set) => [...set, id])], [[]]);
  return [...exclusive, ...subsets.filter((set) => set.length > 0)];
}

const manySelect = flows.flatMap(([flowId, flow]) =>
  flow.nodes.flatMap((n) => (n.kind === 'question' && n.select === 'many' ? [[flowId, n.id, flow] as const] : [])),
);

describe.each(manySelect)('every distinct condition signature of %s › %s', (_flowId, questionId, flow) => {
  it(
    'the answers the walk skips meet exactly the conditions of one it walks, and the promises hold on each',
    () => {
      const question = questionById(flow, questionId);
      if (!question) throw new Error(questionId);
      const conditions = everythingThatReads(flow);
      const accepted = everyAcceptedAnswer(question);
      const tables = new Set(accepted.map((answer) => truthTable(conditions, questionId, answer)));
      const walked = new Set<string>();
      const tableOf = new Map<readonly string[], string>();
      checkEveryResult(
        flow,
        (visit) => {
          walkEveryAnswerSet(
            flow,
            (nodeId, answers) => {
              const answer = answers[questionId];
              if (answer && !tableOf.has(answer)) {
                tableOf.set(answer, truthTable(conditions, questionId, answer));
                walked.add(tableOf.get(answer) ?? '');
              }
              visit(nodeId, answers);
            },
            { everySignatureOf: questionId, alsoRead: alsoRead(flow) },
          );
        },
        ` › ${questionId}`,
      );
      console.log(
        `${flow.id} › ${questionId}: ${String(walked.size)} of ${String(tables.size)} distinct condition signatures ` +
          `walked (${String(accepted.length)} possible answers)`,
      );
      expect(walked).toEqual(tables);
    },
    EXHAUSTIVE_TIMEOUT,
  );
});

describe.each(flows)('safety invariants of %s over random answer sets', (_flowId, flow) => {
  const meaning = meaningOf(flow);

  it('someone at the door or threatening violence: calling 110 is the very first action', () => {
    const held = runsWhere(flow, (answers) => {
      const { actions, counted } = resultFor(flow, answers);
      if (!meaning.danger(counted)) return false;
      expect(actions[0]?.id).toBe('call110Now');
      expect(phoneNumbers(actions[0])).toContain('110');
      return true;
    });
    expectExercised(held);
  });

  it('court papers mentioned: verify through 12368', () => {
    const held = runsWhere(flow, (answers) => {
      const { actions, counted } = resultFor(flow, answers);
      if (!meaning.courtPapers(counted)) return false;
      expect(phoneNumbers(actions.find((a) => a.id === 'verifyCourtPapers'))).toContain('12368');
      return true;
    });
    expectExercised(held);
  });

  it('not their debt: never an action that asks to repay', () => {
    const held = runsWhere(flow, (answers) => {
      const { actions, counted } = resultFor(flow, answers);
      if (!meaning.notTheirDebt(counted)) return false;
      expect(actions.filter((a) => a.traits.includes('repay')).map((a) => a.id)).toEqual([]);
      return true;
    });
    expectExercised(held);
  });

  it('signs of a scam: the scam verdict, and its warning before any action about repaying', () => {
    const held = runsWhere(flow, (answers) => {
      const { view, actions, counted } = resultFor(flow, answers);
      if (!meaning.scam(counted)) return false;
      expect(view.verdicts.map((v) => v.id)).toContain(meaning.scamVerdict);
      const warning = actions.findIndex((a) => a.id === meaning.scamWarning);
      const firstRepay = actions.findIndex((a) => a.traits.includes('repay'));
      expect(warning).toBeGreaterThanOrEqual(0);
      if (firstRepay !== -1) expect(firstRepay).toBeGreaterThan(warning);
      return true;
    });
    expectExercised(held);
  });

  it('every result has a verdict, most serious first, a calm one only alone, groups in order, every action sourced', () => {
    const held = runsWhere(flow, (answers) => {
      const { view, actions } = resultFor(flow, answers);
      const ranks = view.verdicts.map((v) => v.rank);
      expect(ranks.length).toBeGreaterThan(0);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      if (view.verdicts.some((v) => v.tone === 'calm')) expect(view.verdicts).toHaveLength(1);
      expect(view.groups.map((g) => g.group)).toEqual(
        ACTION_GROUPS.filter((g) => view.groups.some((v) => v.group === g)),
      );
      expect(actions.length).toBeGreaterThan(0);
      for (const a of actions) expect(a.citations.length).toBeGreaterThan(0);
      return true;
    });
    expect(held).toBe(RUNS);
  });

  it('always offers free legal advice through 12348', () => {
    const held = runsWhere(
      flow,
      (answers) => {
        const { actions } = resultFor(flow, answers);
        expect(phoneNumbers(actions.find((a) => a.id === 'freeLegalAdvice'))).toContain('12348');
        return true;
      },
      1000,
    );
    expect(held).toBe(1000);
  });

  it('no result ever shows 95017, and an answer off the route never adds an action', () => {
    const held = runsWhere(
      flow,
      (answers) => {
        const { view, counted } = resultFor(flow, answers);
        const text =
          JSON.stringify(view) +
          orderedActions(view)
            .map((a) => a.steps.map(plainText).join(''))
            .join('');
        expect(text).not.toContain('95017');
        expect(text, 'every token is filled').not.toMatch(/\{(tel|lender):/);
        expect(selectActions(flow, catalogue, counted)).toEqual(view);
        return true;
      },
      1000,
    );
    expect(held).toBe(1000);
  });
});

describe('safety invariants particular to collection-triage', () => {
  const flow = realFlow('collection-triage');
  const chose = choiceIn(flow);
  const webankHotline = catalogue.phones.webank?.number ?? 'missing';

  it('lender not named as WeBank (or not asked): no WeBank number anywhere, and every lender detail is sourced', () => {
    const held = runsWhere(flow, (answers) => {
      const { view, actions, counted } = resultFor(flow, answers);
      if (chose(counted, 'lender', 'webank')) return false;
      expect(JSON.stringify(view)).not.toContain(webankHotline);
      expect(JSON.stringify(view)).not.toContain('微众银行客服');
      const verify = actions.find((a) => a.id === 'verifyWithLender');
      if (verify) {
        expect(stepsOf(verify)).toContain('借款合同或官方 App 里写的官方客服电话');
        expect(verify.phones).toEqual([]);
        expect(verify.citations.map((c) => c.sourceId)).toContain('policeScamWarnings');
      }
      return true;
    });
    expectExercised(held);
  });

  it('lender named as WeBank: verifying and complaining go to its hotline, with the hotline’s source', () => {
    const held = runsWhere(flow, (answers) => {
      const { actions, counted } = resultFor(flow, answers);
      if (!chose(counted, 'lender', 'webank')) return false;
      for (const id of ['verifyWithLender', 'complainToLender', 'negotiateWithLender']) {
        const action = actions.find((a) => a.id === id);
        if (!action) continue;
        expect(phoneNumbers(action)).toContain(webankHotline);
        expect(action.citations.map((c) => c.sourceId)).toContain('webankHotlineReport');
      }
      return true;
    });
    expectExercised(held);
  });

  it('asked to pay into a personal account or pay fees: scam verdict and a "do not transfer" action', () => {
    const held = runsWhere(flow, (answers) => {
      const { view, actions, counted } = resultFor(flow, answers);
      if (!chose(counted, 'redFlags', 'personalAccount', 'extraFees')) return false;
      expect(view.verdicts.map((v) => v.id)).toContain('likelyScam');
      expect(actions.map((a) => a.id)).toContain('doNotTransfer');
      return true;
    });
    expectExercised(held);
  });

  it('court papers mentioned: a real summons is not to be ignored, and the court-papers guide is one tap away', () => {
    const held = runsWhere(flow, (answers) => {
      const { actions, counted } = resultFor(flow, answers);
      if (!chose(counted, 'contactKind', 'courtPapers')) return false;
      expect(actions.map((a) => a.id)).toContain('doNotIgnoreSummons');
      expect(actions.find((a) => a.opensFlow === 'court-papers')).toBeDefined();
      return true;
    });
    expectExercised(held);
  });
});

describe('safety invariants particular to court-papers', () => {
  const flow = realFlow('court-papers');
  const chose = choiceIn(flow);
  const notFake = (a: Answers) => !chose(a, 'caseVerified', 'caseNotFound');
  /** Actions that carry a court deadline or what follows from missing one. */
  const DEADLINE_CARDS = [
    'doNotIgnoreSummons',
    'objectToPaymentOrder',
    'appealWithin15Days',
    'deadlineMayHavePassed',
    'disputeInCourt',
    'enforcementStageFacts',
  ];

  it('a payment order: an action to object in writing within 15 days', () => {
    const held = runsWhere(flow, (answers) => {
      const { actions, counted } = resultFor(flow, answers);
      if (!chose(counted, 'documentKind', 'paymentOrder')) return false;
      const object = actions.find((a) => a.id === 'objectToPaymentOrder');
      expect(stepsOf(object)).toMatch(/15 日内.*书面异议/);
      expect(object?.citations.some((c) => c.article?.includes('第二百二十五条'))).toBe(true);
      return true;
    });
    expectExercised(held);
  });

  it('a judgment: usually 15 days to appeal (第一百七十一条), none when it says 终审 (小额诉讼, 第一百六十五条)', () => {
    const held = runsWhere(flow, (answers) => {
      const { actions, counted } = resultFor(flow, answers);
      if (!chose(counted, 'documentKind', 'judgment')) return false;
      const appeal = actions.find((a) => a.id === 'appealWithin15Days');
      expect(stepsOf(appeal)).toMatch(/一般是判决书送达之日起 15 日内，以判决书写明的为准/);
      expect(stepsOf(appeal)).toMatch(/写明“一审终审”的（小额诉讼），不能上诉/);
      expect(appeal?.citations.map((c) => c.article)).toEqual(
        expect.arrayContaining(['第一百七十一条', '第一百六十五条']),
      );
      return true;
    });
    expectExercised(held);
  });

  it('papers received 7 or more days ago, or the date not remembered: the “deadline may have passed” card; under 7 days: not', () => {
    // Small-claims evidence periods are usually at most 7 days and a ruling's appeal period is 10, so 15 is not safe.
    let late = 0;
    let recent = 0;
    fc.assert(
      fc.property(answersArbitrary(flow), (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        const shown = actions.some((a) => a.id === 'deadlineMayHavePassed');
        if (chose(counted, 'receivedWhen', 'from7To15Days', 'over15Days', 'notSure')) {
          expect(shown).toBe(true);
          late += 1;
        } else if (chose(counted, 'receivedWhen', 'within7Days')) {
          expect(shown).toBe(false);
          recent += 1;
        }
      }),
      { numRuns: RUNS },
    );
    expect(late).toBeGreaterThan(0);
    expect(recent).toBeGreaterThan(0);
  });

  it('a summons or complaint copy that may be real: answer within 15 days and appear, or risk a default judgment', () => {
    const held = runsWhere(flow, (answers) => {
      const { actions, counted } = resultFor(flow, answers);
      if (!chose(counted, 'documentKind', 'summons', 'complaintCopy') || !notFake(counted)) return false;
      const summons = actions.find((a) => a.id === 'doNotIgnoreSummons');
      expect(summons?.citations.map((c) => c.article)).toEqual(
        expect.arrayContaining(['第一百二十八条', '第一百四十七条']),
      );
      return true;
    });
    expectExercised(held);
  });

  it('a judgment or enforcement notice: the result says when 失信 applies and that freezing needs a court order', () => {
    const held = runsWhere(flow, (answers) => {
      const { actions, counted } = resultFor(flow, answers);
      if (!chose(counted, 'documentKind', 'judgment', 'enforcementNotice') || !notFake(counted)) return false;
      const ids = actions.map((a) => a.id);
      expect(ids).toContain('enforcementStageFacts');
      expect(ids).toContain('courtFreezeRules');
      return true;
    });
    expectExercised(held);
  });

  it('the court has not found the case yet: not called fake, every deadline card kept, nothing to pay first', () => {
    let withDeadlines = 0;
    const held = runsWhere(flow, (answers) => {
      const { view, actions, counted } = resultFor(flow, answers);
      if (notFake(counted)) return false;
      expect(view.verdicts[0]?.id === 'danger' || view.verdicts[0]?.id === 'courtCaseNotFound').toBe(true);
      const ids = actions.map((a) => a.id);
      expect(ids).toContain('fakeCourtPapers');
      // The same answers with the case confirmed real: every deadline card shown there is shown here too.
      const real = resultFor(flow, { ...counted, caseVerified: ['confirmedReal'] });
      const deadlineCards = real.actions.map((a) => a.id).filter((id) => DEADLINE_CARDS.includes(id));
      expect(ids).toEqual(expect.arrayContaining(deadlineCards));
      if (real.view.verdicts.some((v) => v.id === 'courtDeadlines'))
        expect(view.verdicts.map((v) => v.id)).toContain('courtDeadlines');
      if (deadlineCards.length > 0) withDeadlines += 1;
      expect(actions.findIndex((a) => a.traits.includes('repay'))).not.toBe(0);
      return true;
    });
    expectExercised(held);
    expect(withDeadlines).toBeGreaterThan(0);
  });

  it('every result says to verify through the court itself, never through a number in the message', () => {
    const held = runsWhere(
      flow,
      (answers) => {
        const { actions, counted } = resultFor(flow, answers);
        const verify = actions.find((a) => a.id === 'verifyCourtPapers');
        if (chose(counted, 'caseVerified', 'confirmedReal')) {
          // They checked the case with the court already: no "verify first" for them.
          expect(verify).toBeUndefined();
          return true;
        }
        expect(stepsOf(verify)).toContain('不要打短信里给的号码');
        expect(stepsOf(verify)).toContain('人民法院在线服务');
        return true;
      },
      1000,
    );
    expect(held).toBe(1000);
  });
});
