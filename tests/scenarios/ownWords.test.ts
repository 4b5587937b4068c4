// The blind batches through the box for their own words, at machine level: each person types what they would, the
// words are read as the app reads them, they keep ticked only what is true for them (as the confirm list lets them),
// then answer the screens still asked. Prints, per batch, how many pass with the box and without it, how far the list
// can be trusted (precision) and how much of what they would answer it says (recall), and the screens saved.
import * as OpenCC from 'opencc-js/t2cn';
import { afterAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { situationCatalogue } from '../../scripts/situation-lexicon.ts';
import { orderedActions, selectActions } from '../../src/flow/actionList.ts';
import { resultAsText } from '../../src/flow/resultText.ts';
import type { Flow } from '../../src/flow/schema.ts';
import { defaultSegmenter, matchSituations } from '../../src/flow/situationMatch.ts';
import { understoodIn } from '../../src/flow/understood.ts';
import type { Understood } from '../../src/flow/understood.ts';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import { offersDescription } from '../../src/machine/selectors.ts';
import { PROJECT_ROOT, realBundle, realFlow } from '../support/fixtures.ts';
import { BLIND_2_SITUATIONS } from './blind-2.ts';
import type { BlindSituation } from './blind-2.ts';
import { BLIND_6_SITUATIONS } from './blind-6.ts';
import { BLIND_7_SITUATIONS } from './blind-7.ts';
import { BLIND_8_SITUATIONS } from './blind-8.ts';
import { BLIND_9_SITUATIONS } from './blind-9.ts';
import { BLIND_10_SITUATIONS } from './blind-10.ts';
import { BLIND_11_SITUATIONS } from './blind-11.ts';

const { catalogue } = realBundle();
const words = situationCatalogue(PROJECT_ROOT);
const segment = defaultSegmenter() ?? null;
const RESULT_WORDS = {
  groupLabels: catalogue.ui.groups,
  verdictLine: catalogue.ui.result.verdictLine,
  sourcesLine: catalogue.ui.result.sourcesLine,
  listSeparator: catalogue.ui.result.listSeparator,
  footer: '',
};

/**
 * Answers that say nothing a description could: "none of these", "not sure", "not checked", "something else", and
 * the choice on the 110 screen of what to see next.
 */
const CATCH_ALLS = new Set([
  'noneOfThese',
  'notSure',
  'notChecked',
  'otherSituation',
  'otherOrUnsure',
  'otherWay',
  'continueQuestions',
  'showActionsNow',
]);

type Pair = `${string}.${string}`;
const pairsOf = (answers: Readonly<Record<string, readonly string[]>>): Set<Pair> =>
  new Set(Object.entries(answers).flatMap(([q, options]) => options.map((o): Pair => `${q}.${o}`)));

/** The list the app would show for these words in this flow, as the step builds it. */
const listedFor = (flow: Flow, says: string) =>
  understoodIn(flow, words.situations, matchSituations(says, words.lexicon, segment));

/** True for this person: every answer the item would record is one they would give themselves. */
const trueFor = (theirs: ReadonlyMap<string, readonly string[]>, item: Understood) =>
  Object.entries(item.answers).every(([q, options]) => options.every((o) => theirs.get(q)?.includes(o)));

/** The walk as the person takes it: each screen shown answered from their answers; the box when the app offers it. */
function walk(situation: BlindSituation, withBox: boolean) {
  const flow = realFlow(situation.flow);
  const actor = createActor(buildTriageMachine(flow)).start();
  const theirs = new Map(situation.answers);
  let screens = 0;
  let offered = false;
  let stuck: string | undefined;
  for (let step = 0; step < 20 && !actor.getSnapshot().hasTag('outcome') && !stuck; step += 1) {
    const snapshot = actor.getSnapshot();
    if (withBox && offersDescription(flow, snapshot.value, snapshot.context)) {
      offered = true;
      const kept = listedFor(flow, situation.says).filter((item) => trueFor(theirs, item));
      actor.send(
        kept.length > 0
          ? { type: 'describe.confirm', implied: kept.map((item) => item.answers) }
          : { type: 'describe.skip' },
      );
      continue;
    }
    if (snapshot.hasTag('review')) {
      actor.send({ type: 'review.confirm' });
      continue;
    }
    const optionIds = theirs.get(snapshot.value);
    // A screen they have no answer for: the walk stops there and the situation counts as not passing.
    if (!optionIds) stuck = snapshot.value;
    else {
      actor.send({ type: 'answer', optionIds });
      screens += 1;
    }
  }
  const { answers } = actor.getSnapshot().context;
  return { answers, screens, offered, stuck, view: stuck ? undefined : selectActions(flow, catalogue, answers) };
}

/** Traditional to Simplified: a word required of a 繁體 or English reader is checked only where it is already 简体. */
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const checkedRead = (situation: BlindSituation) =>
  situation.lang === 'zh-Hans'
    ? (situation.mustRead ?? [])
    : (situation.mustRead ?? []).filter((w) => !/[A-Za-z]/.test(w) && toSimplified(w) === w);

/** Every way the result falls short of what the batch requires (the checks blind.test.ts makes). */
function shortfalls(situation: BlindSituation, walked: ReturnType<typeof walk>): string[] {
  const { view, stuck } = walked;
  if (stuck) return [`asked "${stuck}", which they have no answer for`];
  if (!view) return ['no result'];
  const actions = orderedActions(view).map((a) => a.id);
  const verdicts = view.verdicts.map((v) => v.id);
  const text = resultAsText(view, RESULT_WORDS);
  return [
    ...situation.mustHave.filter((id) => !actions.includes(id)).map((id) => `missing action ${id}`),
    ...(situation.mustNotHave ?? []).filter((id) => actions.includes(id)).map((id) => `unwanted action ${id}`),
    ...(situation.mustVerdicts ?? []).filter((id) => !verdicts.includes(id)).map((id) => `missing verdict ${id}`),
    ...checkedRead(situation)
      .filter((w) => !text.includes(w))
      .map((w) => `does not read "${w}"`),
    ...(situation.mustNotRead ?? []).filter((w) => text.includes(w)).map((w) => `reads "${w}"`),
    ...(situation.firstAction && actions[0] !== situation.firstAction ? [`first action is ${String(actions[0])}`] : []),
  ];
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function throughOwnWords(name: string, batch: readonly BlindSituation[]) {
  describe(`${name} through their own words`, () => {
    const tally = {
      passing: 0,
      passingBefore: 0,
      offered: 0,
      understood: 0,
      listed: 0,
      listedTrue: 0,
      proposed: 0,
      agreeing: 0,
      meaningful: 0,
      recalled: 0,
      recalledKept: 0,
      screens: 0,
      screensBefore: 0,
    };
    afterAll(() => {
      const t = tally;
      console.log(
        [
          `${name} own words: ${String(t.passing)} of ${String(batch.length)} pass with the box, ` +
            `${String(t.passingBefore)} without it; the box offered to ${String(t.offered)}, ` +
            `${String(t.understood)} of them with at least one true item to keep`,
          `  precision: ${String(t.agreeing)} of ${String(t.proposed)} implied answers agree with their own ` +
            `(${percent(t.agreeing, t.proposed)}); ${String(t.listedTrue)} of ${String(t.listed)} listed items ` +
            `wholly true (${percent(t.listedTrue, t.listed)})`,
          `  recall: ${String(t.recalled)} of ${String(t.meaningful)} meaningful answers implied by the list ` +
            `(${percent(t.recalled, t.meaningful)}); by the items they keep ${String(t.recalledKept)} ` +
            `(${percent(t.recalledKept, t.meaningful)})`,
          `  screens answered: ${String(t.screens)} with the box, ${String(t.screensBefore)} without`,
        ].join('\n'),
      );
    });

    for (const situation of batch)
      it(situation.it, () => {
        const flow = realFlow(situation.flow);
        const theirs = new Map(situation.answers);
        const withBox = walk(situation, true);
        const before = walk(situation, false);
        // Nothing is recorded that the person did not say: every answer is one of their own.
        for (const [questionId, optionIds] of Object.entries(withBox.answers))
          for (const id of optionIds) expect(theirs.get(questionId), `${questionId}.${id}`).toContain(id);
        // The box answers questions, never asks more: no screen is answered that the walk without it did not ask.
        expect(withBox.screens).toBeLessThanOrEqual(before.screens);

        if (withBox.offered) {
          tally.offered += 1;
          const listed = listedFor(flow, situation.says);
          const kept = listed.filter((item) => trueFor(theirs, item));
          if (kept.length > 0) tally.understood += 1;
          tally.listed += listed.length;
          tally.listedTrue += kept.length;
          const own = pairsOf(Object.fromEntries(situation.answers));
          const proposed = new Set<Pair>();
          const proposedByKept = new Set<Pair>();
          // Several items may name the same question: every (question, option) they name counts once.
          for (const item of listed) for (const pair of pairsOf(item.answers)) proposed.add(pair);
          for (const item of kept) for (const pair of pairsOf(item.answers)) proposedByKept.add(pair);
          tally.proposed += proposed.size;
          tally.agreeing += [...proposed].filter((pair) => own.has(pair)).length;
          const meaningful = [...own].filter((pair) => {
            const [questionId, optionId] = pair.split('.');
            return questionId !== flow.start && !CATCH_ALLS.has(optionId ?? '');
          });
          tally.meaningful += meaningful.length;
          tally.recalled += meaningful.filter((pair) => proposed.has(pair)).length;
          tally.recalledKept += meaningful.filter((pair) => proposedByKept.has(pair)).length;
        }
        tally.screens += withBox.screens;
        tally.screensBefore += before.screens;
        if (shortfalls(situation, withBox).length === 0) tally.passing += 1;
        if (shortfalls(situation, before).length === 0) tally.passingBefore += 1;
      });
  });
}

throughOwnWords('blind-2', BLIND_2_SITUATIONS);
throughOwnWords('blind-6', BLIND_6_SITUATIONS);
throughOwnWords('blind-7', BLIND_7_SITUATIONS);
throughOwnWords('blind-8', BLIND_8_SITUATIONS);
throughOwnWords('blind-9', BLIND_9_SITUATIONS);
throughOwnWords('blind-10', BLIND_10_SITUATIONS);
throughOwnWords('blind-11', BLIND_11_SITUATIONS);
