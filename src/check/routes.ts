// Answer sets to check and review, enumerated from the generated machine with xstate/graph: one per distinct
// route, then every single-answer variant of each. The all-paths test and the content report share this.
import { getShortestPaths } from 'xstate/graph';
import { questionsRead } from '../flow/conditions.ts';
import { isWorthAsking, questionById, routeFor } from '../flow/graph.ts';
import { answerChoices } from './outcomes.ts';
import type { Answers, Flow } from '../flow/schema.ts';
import { buildTriageMachine } from '../machine/buildTriageMachine.ts';
import type { TriageEvent } from '../machine/events.ts';
import { REVIEW_STATE } from '../machine/events.ts';

/** Forward moves only: the answers a screen offers, and Confirm on the answers page. */
function forwardEvents(flow: Flow, stateValue: string): TriageEvent[] {
  if (stateValue === REVIEW_STATE) return [{ type: 'review.confirm' }];
  const question = questionById(flow, stateValue);
  if (!question) return [];
  // "None of these" first: the shortest paths then describe the quiet case, and each single-answer variant adds one
  // thing to it, so results that need several quiet answers at once (the ordinary reminder) are listed too.
  const exclusive = (ids: string[]) => ids.every((id) => question.options.find((o) => o.id === id)?.exclusive);
  const choices = answerChoices(question);
  return [...choices.filter(exclusive), ...choices.filter((c) => !exclusive(c))].map((optionIds) => ({
    type: 'answer',
    optionIds,
  }));
}

/** Question → the options some branch condition reads: the only parts of an answer that can change a route. */
function routingOptions(flow: Flow): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const node of flow.nodes)
    if (node.kind === 'question')
      for (const branch of node.branches ?? [])
        for (const { questionId, optionIds } of questionsRead(branch.when))
          for (const id of optionIds) map.set(questionId, (map.get(questionId) ?? new Set()).add(id));
  return map;
}

/** Shortest paths from the start to every reachable (result, routing answers) pair of the flow's machine. */
export function enumerateRoutes(flow: Flow) {
  const machine = buildTriageMachine(flow);
  const routing = routingOptions(flow);
  const signature = (answers: Answers) =>
    JSON.stringify(
      Object.entries(answers)
        .map(([q, ids]) => [q, ids.filter((id) => routing.get(q)?.has(id))] as const)
        .filter(([, ids]) => ids.length > 0)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  // Which questions were passed by, and which ahead are no longer worth asking, shape the route (isWorthAsking): part
  // of the state, so every route is enumerated.
  const ahead = (answers: Answers) => {
    const route = routeFor(flow, answers);
    const decided: Record<string, readonly string[]> = {};
    for (const id of route.skipped) decided[id] = [];
    for (const id of route.nodeIds) if (answers[id]) decided[id] = answers[id];
    const passedBy = flow.nodes
      .filter((n) => n.kind === 'question' && !(n.id in decided) && !isWorthAsking(flow, n, decided))
      .map((n) => n.id)
      .join(',');
    return `${route.skipped.join(',')}>${passedBy}`;
  };
  return getShortestPaths(machine, {
    events: (snapshot) => forwardEvents(flow, snapshot.value),
    // Answer sets that agree on every option a branch reads behave alike from here on, so they are one state:
    // the graph stays as small as the flow's routes while no route is missed.
    serializeState: (snapshot) =>
      `${snapshot.value}|${signature(snapshot.context.answers)}|${ahead(snapshot.context.answers)}|${String(snapshot.context.editing)}`,
    toState: (snapshot) => snapshot.hasTag('outcome'),
  });
}

/** For each path's answers, every other choice for one question on its route that keeps the route complete. */
export function singleAnswerVariants(flow: Flow, answers: Answers): Answers[] {
  const variants: Answers[] = [];
  for (const questionId of routeFor(flow, answers).nodeIds) {
    const question = questionById(flow, questionId);
    if (!question) continue;
    for (const optionIds of answerChoices(question)) {
      const varied = { ...answers, [questionId]: optionIds };
      if (routeFor(flow, varied).complete) variants.push(varied);
    }
  }
  return variants;
}

export interface AllPathsAnswerSets {
  /** Answer sets in enumeration order, without repeats: each path's answers, then their variants. */
  answerSets: Answers[];
  /** Paths from the start to a result that xstate/graph enumerated. */
  paths: number;
  /** Distinct routes (node sequences) those paths take. */
  routes: number;
}

/** The answer sets the all-paths test checks and the content report lists. */
export function allPathsAnswerSets(flow: Flow): AllPathsAnswerSets {
  const paths = enumerateRoutes(flow);
  const seen = new Set<string>();
  const answerSets: Answers[] = [];
  const add = (answers: Answers) => {
    const pruned = Object.fromEntries(
      routeFor(flow, answers)
        .nodeIds.filter((id) => answers[id] !== undefined)
        .map((id) => [id, answers[id] ?? []]),
    );
    const key = JSON.stringify(pruned);
    if (seen.has(key)) return;
    seen.add(key);
    answerSets.push(pruned);
  };
  for (const path of paths) add(path.state.context.answers);
  for (const path of paths) for (const variant of singleAnswerVariants(flow, path.state.context.answers)) add(variant);
  const routes = new Set(paths.map((p) => routeFor(flow, p.state.context.answers).nodeIds.join('>')));
  return { answerSets, paths: paths.length, routes: routes.size };
}
