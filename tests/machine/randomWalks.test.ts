// Thousands of random walks with Back, changed answers, restarts and reloads: no exception, no dead end, and no
// answer from an abandoned branch ever reaches the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { selectActions } from '../../src/flow/actionList.ts';
import { pruneAnswers, questionById, routeFor } from '../../src/flow/graph.ts';
import type { Catalogue, Flow } from '../../src/flow/schema.ts';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import type { TriageMachine } from '../../src/machine/buildTriageMachine.ts';
import { decodeProgress } from '../../src/storage/progress.ts';
import { encodeProgress } from '../../src/storage/encode.ts';
import { answerChoices } from '../support/answers.ts';
import { miniBundle, realBundle } from '../support/fixtures.ts';
import { resumeAt } from '../support/appActor.ts';

type Move = { kind: 'answer' | 'back' | 'restart' | 'reload' | 'edit' | 'confirm' | 'mistap'; pick: number };

const moveArb: fc.Arbitrary<Move> = fc.record({
  kind: fc.constantFrom<Move['kind']>(
    'answer',
    'answer',
    'answer',
    'answer',
    'back',
    'edit',
    'confirm',
    'confirm',
    'restart',
    'reload',
    'mistap',
  ),
  pick: fc.nat(),
});

const NOW = Date.UTC(2026, 10, 23);

function walk(flow: Flow, catalogue: Catalogue, moves: Move[]) {
  const machine = buildTriageMachine(flow);
  let actor = createActor(machine).start();
  const checked: Checked[] = [];
  for (const move of moves) {
    const before = actor.getSnapshot();
    const value = before.value;
    const question = questionById(flow, value);
    const route = routeFor(flow, before.context.answers).nodeIds;
    switch (move.kind) {
      case 'answer': {
        if (!question) break;
        const choices = answerChoices(question);
        actor.send({ type: 'answer', optionIds: choices[move.pick % choices.length] ?? [] });
        break;
      }
      case 'mistap':
        actor.send({ type: 'answer', optionIds: move.pick % 2 === 0 ? [] : ['not-an-option'] });
        break;
      case 'back':
        actor.send({ type: 'nav.back' });
        break;
      case 'restart':
        actor.send({ type: 'nav.restart' });
        break;
      case 'edit': {
        const questions = route.filter((id) => questionById(flow, id));
        actor.send({ type: 'review.edit', questionId: questions[move.pick % Math.max(1, questions.length)] ?? '' });
        break;
      }
      case 'confirm':
        actor.send({ type: 'review.confirm' });
        break;
      case 'reload': {
        const { value: v, context } = actor.getSnapshot();
        const text = encodeProgress(flow, { stateValue: v, context, done: [], savedAt: NOW, retentionDays: 7 });
        const restored = decodeProgress(flow, text, NOW);
        expect(restored.kind, 'every state the machine reaches can be saved and restored').toBe('restored');
        if (restored.kind === 'restored') actor = createActor(machine, { input: resumeAt(restored.progress) }).start();
        break;
      }
    }

    checked.push(check(flow, catalogue, actor));
  }
  // Whatever the random moves left, the walk then answers on to its result, which is checked too: every walk ends
  // on a result page, not only the walks that happened to get there.
  for (let step = 0; step < 40 && !actor.getSnapshot().hasTag('outcome'); step += 1) {
    const { value } = actor.getSnapshot();
    const question = questionById(flow, value);
    if (question) actor.send({ type: 'answer', optionIds: answerChoices(question)[0] ?? [] });
    else actor.send({ type: 'review.confirm' });
  }
  const last = check(flow, catalogue, actor);
  expect(last.kind, 'the walk ends on a result page').toBe('result');
  checked.push(last);
  return checked;
}

interface Checked {
  kind: 'result' | 'review' | 'question';
  /** On a result: its action items, and the "because you answered" lines traced to an answer on the route. */
  actions: number;
  reasons: number;
}

/** The promises of the page the walk is on; returns what it checked there. */
function check(flow: Flow, catalogue: Catalogue, actor: ReturnType<typeof createActor<TriageMachine>>): Checked {
  const snapshot = actor.getSnapshot();
  const answers = snapshot.context.answers;
  const now = routeFor(flow, answers);
  expect(snapshot.status).toBe('active');
  expect(pruneAnswers(flow, answers), 'no answer from an abandoned branch is kept').toEqual(answers);
  if (snapshot.hasTag('outcome')) {
    expect(now.complete && now.nodeIds.at(-1) === snapshot.value).toBe(true);
    const view = selectActions(flow, catalogue, answers);
    expect(view?.groups.length).toBeGreaterThan(0);
    const onRoute = new Set(
      now.nodeIds.flatMap(
        (id) =>
          // An option may carry its own words for a reason ("不确定" alone says nothing); either names the answer.
          questionById(flow, id)?.options.flatMap((o) =>
            [o.label, o.reason].flatMap((words) =>
              words ? [`${questionById(flow, id)?.reviewLabel ?? ''}|${words}`] : [],
            ),
          ) ?? [],
      ),
    );
    const items = view?.groups.flatMap((g) => g.items) ?? [];
    let reasons = 0;
    for (const item of items)
      for (const b of item.because) {
        expect(onRoute.has(`${b.question}|${b.answer}`), 'every reason is an answer on the route').toBe(true);
        reasons += 1;
      }
    return { kind: 'result', actions: items.length, reasons };
  }
  if (snapshot.value === 'review') {
    expect(snapshot.can({ type: 'review.confirm' }), 'the answers page always leads on').toBe(true);
    return { kind: 'review', actions: 0, reasons: 0 };
  }
  const q = questionById(flow, snapshot.value);
  expect(q, `state ${snapshot.value} is a question`).toBeDefined();
  expect(now.nodeIds).toContain(snapshot.value);
  const first = q ? answerChoices(q)[0] : undefined;
  expect(first && snapshot.can({ type: 'answer', optionIds: first }), 'no dead end').toBe(true);
  return { kind: 'question', actions: 0, reasons: 0 };
}

const flows: [string, Flow, Catalogue][] = [
  ['mini', miniBundle().flows.mini, miniBundle().catalogue] as const,
  ...Object.values(realBundle().flows).map((f) => [f.id, f, realBundle().catalogue] as const),
].flatMap(([id, flow, catalogue]) => (flow ? [[id, flow, catalogue] as [string, Flow, Catalogue]] : []));

describe.each(flows)('random walks through %s', (id, flow, catalogue) => {
  it('1,000 walks of 10 to 60 moves, each ending on a checked result: 0 exceptions, 0 dead ends, 0 abandoned answers', () => {
    const total = { walks: 0, moves: 0, results: 0, walksEndingOnResult: 0, actions: 0, reasons: 0, questions: 0 };
    fc.assert(
      fc.property(fc.array(moveArb, { minLength: 10, maxLength: 60 }), (m) => {
        const checked = walk(flow, catalogue, m);
        const results = checked.filter((c) => c.kind === 'result');
        total.walks += 1;
        total.moves += m.length;
        total.results += results.length;
        total.walksEndingOnResult += checked.at(-1)?.kind === 'result' ? 1 : 0;
        total.questions += checked.filter((c) => c.kind === 'question').length;
        for (const r of results) {
          expect(r.actions, 'a result lists actions').toBeGreaterThan(0);
          total.actions += r.actions;
          total.reasons += r.reasons;
        }
      }),
      { numRuns: 1000 },
    );
    console.log(
      `${id}: ${String(total.walks)} random walks, ${String(total.moves)} moves; ${String(total.questions)} question ` +
        `pages and ${String(total.results)} result pages checked (${String(total.actions)} actions, ` +
        `${String(total.reasons)} "because" lines traced to an answer on the route)`,
    );
    expect(total.walks).toBe(1000);
    expect(total.walksEndingOnResult, 'every walk ends on a checked result').toBe(1000);
    expect(total.questions).toBeGreaterThan(total.walks);
    expect(total.reasons, 'results explain themselves with answers on the route').toBeGreaterThan(0);
  }, 120_000);
});
