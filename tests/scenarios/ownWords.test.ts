// The second blind batch through the box for their own words, at machine level: each person types what they would,
// keeps ticked only the understood situations that are true for them (as the confirm list lets them), then answers
// the screens still asked. Prints how many pass on first contact and how many screens the words saved.
import { afterAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { situationCatalogue } from '../../scripts/situation-lexicon.ts';
import { orderedActions, selectActions } from '../../src/flow/actionList.ts';
import { defaultSegmenter, matchSituations } from '../../src/flow/situationMatch.ts';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import { PROJECT_ROOT, realBundle, realFlow } from '../support/fixtures.ts';
import { BLIND_2_SITUATIONS } from './blind-2.ts';
import type { BlindSituation } from './blind-2.ts';

const { catalogue } = realBundle();
const words = situationCatalogue(PROJECT_ROOT);
const meaning = new Map(words.situations.map((s) => [s.id, s]));
const segment = defaultSegmenter() ?? null;

/** True for this person: every answer the situation implies is one they would give themselves. */
function trueFor(situation: BlindSituation, situationId: string): boolean {
  const implies = meaning.get(situationId)?.implies;
  if (implies?.flow !== situation.flow) return false;
  const theirs = new Map(situation.answers);
  return Object.entries(implies.answers).every(([questionId, optionIds]) =>
    optionIds.every((id) => theirs.get(questionId)?.includes(id)),
  );
}

/** The walk: first question, the box (confirmed situations only), then every screen still asked. */
function walk(situation: BlindSituation) {
  const flow = realFlow(situation.flow);
  const actor = createActor(buildTriageMachine(flow)).start();
  const theirs = new Map(situation.answers);
  const listed = matchSituations(situation.says, words.lexicon, segment).map((m) => m.id);
  const kept = listed.filter((id) => trueFor(situation, id));
  let screens = 0;
  const answerHere = () => {
    const asked = actor.getSnapshot().value;
    const optionIds = theirs.get(asked);
    expect(optionIds, `${situation.it}: no answer for the screen "${asked}"`).toBeDefined();
    actor.send({ type: 'answer', optionIds: optionIds ?? [] });
    screens += 1;
  };
  answerHere();
  const implied = kept.map((id) => meaning.get(id)?.implies.answers ?? {});
  actor.send(implied.length > 0 ? { type: 'describe.confirm', implied } : { type: 'describe.skip' });
  for (let step = 0; step < 20 && !actor.getSnapshot().hasTag('outcome'); step += 1) {
    if (actor.getSnapshot().hasTag('review')) actor.send({ type: 'review.confirm' });
    else answerHere();
  }
  const { answers } = actor.getSnapshot().context;
  const view = selectActions(flow, catalogue, answers);
  return { listed, kept, screens, answers, view };
}

/** Every way the result falls short of what the batch requires (the checks blind.test.ts makes, without wording). */
function shortfalls(situation: BlindSituation, view: ReturnType<typeof walk>['view']): string[] {
  if (!view) return ['no result'];
  const actions = orderedActions(view).map((a) => a.id);
  const verdicts = view.verdicts.map((v) => v.id);
  return [
    ...situation.mustHave.filter((id) => !actions.includes(id)).map((id) => `missing action ${id}`),
    ...(situation.mustNotHave ?? []).filter((id) => actions.includes(id)).map((id) => `unwanted action ${id}`),
    ...(situation.mustVerdicts ?? []).filter((id) => !verdicts.includes(id)).map((id) => `missing verdict ${id}`),
    ...(situation.firstAction && actions[0] !== situation.firstAction ? [`first action is ${String(actions[0])}`] : []),
  ];
}

describe('blind-2 through their own words', () => {
  let passing = 0;
  let passingBefore = 0;
  let understood = 0;
  let screensAsked = 0;
  let screensBefore = 0;
  afterAll(() => {
    console.log(
      `blind-2 own words: ${String(passing)} of ${String(BLIND_2_SITUATIONS.length)} pass (actions, verdicts, first ` +
        `action), ${String(passingBefore)} without the box; ${String(understood)} had at least one true situation to confirm; screens answered ` +
        `${String(screensAsked)} against ${String(screensBefore)} without the box`,
    );
  });

  for (const situation of BLIND_2_SITUATIONS)
    it(situation.it, () => {
      const { kept, screens, answers, view } = walk(situation);
      // Nothing is recorded that the person did not say: every answer is one of their own.
      const theirs = new Map(situation.answers);
      for (const [questionId, optionIds] of Object.entries(answers))
        for (const id of optionIds) expect(theirs.get(questionId), `${questionId}.${id}`).toContain(id);
      if (kept.length > 0) understood += 1;
      screensAsked += screens;
      // Without the box: the same walk, every screen asked.
      const actor = createActor(buildTriageMachine(realFlow(situation.flow))).start();
      for (let step = 0; step < 20 && !actor.getSnapshot().hasTag('outcome'); step += 1) {
        actor.send({ type: 'answer', optionIds: theirs.get(actor.getSnapshot().value) ?? [] });
        screensBefore += 1;
      }
      const before = selectActions(realFlow(situation.flow), catalogue, actor.getSnapshot().context.answers);
      if (shortfalls(situation, before).length === 0) passingBefore += 1;
      if (shortfalls(situation, view).length === 0) passing += 1;
    });
});
