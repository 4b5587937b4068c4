// Distinct results of a flow for the content report: answer sets grouped by what the result page shows, and a count
// of every distinct result over all answer combinations. Pure, like the rest of src/flow.
import { orderedActions, rulesThatApply, selectActions } from '../flow/actionList.ts';
import type { ActionItem, ResultView, VerdictItem } from '../flow/actionList.ts';
import { holds, questionsRead } from '../flow/conditions.ts';
import { nextOnRoute, nodeById, routeFor } from '../flow/graph.ts';
import type { Answers, Catalogue, Condition, Flow, QuestionNode } from '../flow/schema.ts';

/**
 * Every answer a question screen offers that enumeration should try: each option alone, and for "many" questions
 * all the non-exclusive options together.
 */
export function answerChoices(question: QuestionNode): string[][] {
  const singles = question.options.map((o) => [o.id]);
  if (question.select === 'one') return singles;
  const together = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  return together.length > 1 ? [...singles, together] : singles;
}

/**
 * Every answer a question accepts: each option alone for "one"; for "many", each exclusive option alone and every
 * non-empty set of the others (2^n - 1 of them, so only for building signatures, never walked as they are).
 */
export function everyAnswerTo(question: QuestionNode): string[][] {
  if (question.select === 'one') return question.options.map((o) => [o.id]);
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => [o.id]);
  const others = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << others.length; mask += 1) sets.push(others.filter((_, i) => mask & (1 << i)));
  return [...exclusive, ...sets];
}

/** Every `anyOf` set any condition in the flow reads, by question: the only parts of an answer that matter. */
export function conditionSets(flow: Flow): Map<string, string[][]> {
  const conditions: Condition[] = flow.nodes.flatMap((n) =>
    n.kind === 'question'
      ? (n.branches ?? []).map((b) => b.when)
      : [...n.verdicts.map((v) => v.when), ...n.actions.map((a) => a.when)],
  );
  const sets = new Map<string, string[][]>();
  for (const condition of conditions)
    for (const { questionId, optionIds } of questionsRead(condition))
      sets.set(questionId, [...(sets.get(questionId) ?? []), optionIds]);
  if (flow.lenders?.question && flow.lenders.byOption) {
    const { question, byOption } = flow.lenders;
    for (const optionId of Object.keys(byOption)) sets.set(question, [...(sets.get(question) ?? []), [optionId]]);
  }
  return sets;
}

/**
 * The answer choices of a question that can lead to different results: choices that meet exactly the same
 * condition sets behave alike everywhere, so only the first of them is kept.
 */
function distinctChoices(
  question: QuestionNode,
  sets: readonly string[][],
  choices: readonly string[][] = answerChoices(question),
): string[][] {
  const bySignature = new Map<string, string[]>();
  for (const choice of choices) {
    const signature = conditionSignature(sets, choice);
    if (!bySignature.has(signature)) bySignature.set(signature, choice);
  }
  return [...bySignature.values()];
}

/** Which of the condition sets an answer meets: answers with the same signature meet exactly the same conditions. */
export function conditionSignature(sets: readonly (readonly string[])[], answer: readonly string[]): string {
  return sets.map((ids) => (ids.some((id) => answer.includes(id)) ? '1' : '0')).join('');
}

/**
 * One answer for each distinct condition signature of a question, out of every answer it accepts: the answers
 * left out each meet exactly the same conditions as the one kept, so no condition can tell them apart.
 */
export function everySignature(flow: Flow, question: QuestionNode): { answers: string[][]; accepted: number } {
  const accepted = everyAnswerTo(question);
  return {
    answers: distinctChoices(question, conditionSets(flow).get(question.id) ?? [], accepted),
    accepted: accepted.length,
  };
}

/** The quiet and the fullest answer of a "many" question: its exclusive options (or its first) and all the rest. */
function extremes(question: QuestionNode): string[][] {
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => [o.id]);
  const together = question.options.filter((o) => !o.exclusive).map((o) => o.id);
  return [...(exclusive.length > 0 ? exclusive : [together.slice(0, 1)]), together];
}

export interface WalkOptions {
  /**
   * A "many" question to walk with every distinct condition signature (see everySignature). The other "many"
   * questions then take only their quiet and fullest answers, so the walk stays in the hundreds of thousands.
   */
  everySignatureOf?: string;
  /** Options that the caller's own checks read, by question: answers that differ in them are not merged. */
  alsoRead?: readonly { questionId: string; optionIds: string[] }[];
}

/** What the result page shows, without the per-user "because you answered" lines. */
export type ShownVerdict = Omit<VerdictItem, 'because'>;
export type ShownAction = Omit<ActionItem, 'because'>;

export interface Outcome {
  /** 1-based, in the order first reached (simplest answers first). */
  number: number;
  outcomeNodeId: string;
  verdicts: ShownVerdict[];
  actions: ShownAction[];
  /** Every listed answer set that leads here, in the order the questions are asked. */
  answerSets: Answers[];
}

/** An item without its per-user "because you answered" lines, which differ between answer sets. */
function withoutBecause<T extends { because: unknown }>(item: T): Omit<T, 'because'> {
  const copy: Partial<T> = { ...item };
  delete copy.because;
  return copy as Omit<T, 'because'>;
}

function shown(view: ResultView): { verdicts: ShownVerdict[]; actions: ShownAction[] } {
  return {
    verdicts: view.verdicts.map(withoutBecause),
    actions: orderedActions(view).map(withoutBecause),
  };
}

/** Groups answer sets by what the result page shows: the verdicts and the full action list, text and sources. */
export function groupOutcomes(flow: Flow, catalogue: Catalogue, answerSets: readonly Answers[]): Outcome[] {
  const byKey = new Map<string, Outcome>();
  for (const answers of answerSets) {
    const view = selectActions(flow, catalogue, answers);
    if (!view) continue;
    const page = shown(view);
    const key = JSON.stringify(page);
    const found = byKey.get(key);
    if (found) found.answerSets.push(answers);
    else byKey.set(key, { number: byKey.size + 1, outcomeNodeId: view.outcomeId, ...page, answerSets: [answers] });
  }
  return [...byKey.values()];
}

/** The outcome an answer set leads to, by the same grouping. */
export function outcomeKey(flow: Flow, catalogue: Catalogue, answers: Answers): string | undefined {
  const view = selectActions(flow, catalogue, answers);
  return view ? JSON.stringify(shown(view)) : undefined;
}

/**
 * Calls `onAnswerSet` for every answer combination: each question on each route answered with each of its
 * distinct choices (every option alone, and all together for "many"; choices no condition can tell apart merged).
 */
export function walkEveryAnswerSet(
  flow: Flow,
  onAnswerSet: (outcomeNodeId: string, answers: Record<string, readonly string[]>) => void,
  options: WalkOptions = {},
): void {
  const sets = conditionSets(flow);
  for (const { questionId, optionIds } of options.alsoRead ?? [])
    sets.set(questionId, [...(sets.get(questionId) ?? []), optionIds]);
  const choicesCache = new Map<string, string[][]>();
  const visit = (nodeId: string, answers: Record<string, readonly string[]>) => {
    const node = nodeById(flow, nodeId);
    if (!node) return;
    if (node.kind === 'outcome') {
      onAnswerSet(nodeId, answers);
      return;
    }
    let choices = choicesCache.get(node.id);
    if (!choices) {
      const own = sets.get(node.id) ?? [];
      choices =
        options.everySignatureOf === undefined || node.select === 'one'
          ? distinctChoices(node, own)
          : node.id === options.everySignatureOf
            ? distinctChoices(node, own, everyAnswerTo(node))
            : distinctChoices(node, own, extremes(node));
      choicesCache.set(node.id, choices);
    }
    for (const choice of choices) {
      const next = { ...answers, [node.id]: choice };
      const after = nextOnRoute(flow, node.id, next);
      if (after !== undefined) visit(after, next);
    }
  };
  if (routeFor(flow, {}).nodeIds.length > 0) visit(flow.start, {});
}

/** Every answer combination (see walkEveryAnswerSet), or undefined when there are more than `max`. */
export function everyAnswerSet(flow: Flow, max: number, options: WalkOptions = {}): Answers[] | undefined {
  const all: Answers[] = [];
  const state = { over: false };
  walkEveryAnswerSet(
    flow,
    (_id, answers) => {
      if (all.length >= max) state.over = true;
      else all.push(answers);
    },
    options,
  );
  return state.over ? undefined : all;
}

export interface ResultCount {
  /** Answer combinations walked (see walkEveryAnswerSet). */
  answerSets: number;
  /** Distinct (outcome, verdicts, actions, lender profile) among them. */
  distinctResults: number;
}

/**
 * Counts every distinct result over all answer combinations, reading only which rules hold (no text is built), so
 * it stays fast where listing every combination would not be readable.
 */
export function countDistinctResults(flow: Flow, catalogue: Catalogue): ResultCount {
  const results = new Set<string>();
  let answerSets = 0;
  walkEveryAnswerSet(flow, (nodeId, answers) => {
    const node = nodeById(flow, nodeId);
    if (node?.kind !== 'outcome') return;
    answerSets += 1;
    const { verdicts, actions } = rulesThatApply(node, catalogue, answers);
    const spec = flow.lenders;
    const named =
      spec?.question === undefined ? [] : (answers[spec.question] ?? []).flatMap((id) => spec.byOption?.[id] ?? []);
    const lender = spec ? [...new Set(named.length > 0 ? named : [spec.otherwise])].join('+') : '';
    // A verdict shows one line per named kind of situation that holds, so those lines tell results apart too.
    const lines = verdicts.map((v) => {
      const named = (catalogue.verdicts[v.id]?.named ?? []).filter((line) => holds(line.when, answers));
      return named.length ? `${v.id}:${named.map((line) => line.id).join('+')}` : v.id;
    });
    results.add(`${nodeId}|${lines.join(',')}|${actions.map((a) => a.id).join(',')}|${lender}`);
  });
  return { answerSets, distinctResults: results.size };
}
