// The flow as a graph: successors, the route a set of answers takes, answer pruning and progress.
import { holds } from './conditions.ts';
import type { Answers, Flow, FlowNode, QuestionNode } from './schema.ts';

export function nodeById(flow: Flow, id: string): FlowNode | undefined {
  return flow.nodes.find((n) => n.id === id);
}

export function questionById(flow: Flow, id: string): QuestionNode | undefined {
  const node = nodeById(flow, id);
  return node?.kind === 'question' ? node : undefined;
}

/** Every node a question can lead to, branches first, default last, without repeats. */
export function successors(node: FlowNode): string[] {
  if (node.kind === 'outcome') return [];
  return [...new Set([...(node.branches ?? []).map((b) => b.next), node.next])];
}

/** Where a question leads once it has been answered, given all answers so far. */
export function nextNodeId(question: QuestionNode, answers: Answers): string {
  return question.branches?.find((b) => holds(b.when, answers))?.next ?? question.next;
}

/**
 * Is this a complete, allowed answer to the question? One option for "one"; one or more for "many", and an
 * exclusive option ("都没有") never together with another.
 */
export function isValidAnswer(question: QuestionNode, optionIds: readonly string[]): boolean {
  if (optionIds.length === 0 || new Set(optionIds).size !== optionIds.length) return false;
  if (!optionIds.every((id) => question.options.some((o) => o.id === id))) return false;
  if (question.select === 'one') return optionIds.length === 1;
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
  return optionIds.length === 1 || !optionIds.some((id) => exclusive.includes(id));
}

/** Applies one tap to a "many" selection: an exclusive option ("都没有") clears the others and the reverse. */
export function toggleOption(
  question: QuestionNode,
  selected: readonly string[],
  optionId: string,
  on: boolean,
): string[] {
  if (!on) return selected.filter((id) => id !== optionId);
  const exclusive = question.options.find((o) => o.id === optionId)?.exclusive === true;
  if (exclusive) return [optionId];
  const exclusiveIds = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  return [...selected.filter((id) => !exclusiveIds.has(id)), optionId];
}

export interface Route {
  /** Node ids from the start, in order: answered questions, then the first unanswered question or an outcome. */
  nodeIds: string[];
  /** True when the route reaches an outcome: every question on it has a valid answer. */
  complete: boolean;
}

/**
 * Follows the answers from the start. Only answers on this route count anywhere: this is how answers left on a
 * branch the user no longer takes are dropped. Lint guarantees the flow is acyclic, so this terminates; the guard
 * against revisiting is for flows that have not been linted.
 */
export function routeFor(flow: Flow, answers: Answers): Route {
  const nodeIds: string[] = [];
  let id = flow.start;
  while (!nodeIds.includes(id)) {
    const node = nodeById(flow, id);
    if (!node) break;
    nodeIds.push(id);
    if (node.kind === 'outcome') return { nodeIds, complete: true };
    const answer = answers[id];
    if (!answer || !isValidAnswer(node, answer)) break;
    id = nextNodeId(node, answers);
  }
  return { nodeIds, complete: false };
}

/**
 * Drops answers to questions the user can no longer reach: everything off the current route, except what still
 * lies ahead of its first unanswered question (kept so that going back and forth does not make people retype).
 * Once the route is complete only its own answers remain.
 */
export function pruneAnswers(flow: Flow, answers: Answers): Record<string, readonly string[]> {
  const route = routeFor(flow, answers);
  const frontier = route.nodeIds.at(-1);
  const keep = new Set(route.nodeIds);
  if (!route.complete && frontier !== undefined) for (const id of reachableFrom(flow, frontier)) keep.add(id);
  const kept: Record<string, readonly string[]> = {};
  for (const [id, answer] of Object.entries(answers)) if (keep.has(id)) kept[id] = answer;
  return kept;
}

/** The outcome this route ends in, if it is complete. */
export function outcomeOf(flow: Flow, answers: Answers): string | undefined {
  const route = routeFor(flow, answers);
  return route.complete ? route.nodeIds.at(-1) : undefined;
}

/** Possible predecessors of each node, over every branch. */
export function predecessors(flow: Flow): Map<string, Set<string>> {
  const preds = new Map<string, Set<string>>(flow.nodes.map((n) => [n.id, new Set<string>()]));
  for (const node of flow.nodes) for (const next of successors(node)) preds.get(next)?.add(node.id);
  return preds;
}

/** Node ids reachable from the start, in breadth-first order. */
export function reachableFrom(flow: Flow, startId: string = flow.start): string[] {
  const seen = [startId];
  for (let i = 0; i < seen.length; i++) {
    const node = nodeById(flow, seen[i] ?? '');
    for (const next of node ? successors(node) : []) if (!seen.includes(next) && nodeById(flow, next)) seen.push(next);
  }
  return seen.filter((id) => nodeById(flow, id));
}

/**
 * For each node, the most questions still to answer on any path from it to an outcome (the node itself counted).
 * Computed once per flow; progress uses it so "还剩几步" never undercounts. Assumes an acyclic flow.
 */
export function questionsLeft(flow: Flow): Map<string, number> {
  const memo = new Map<string, number>();
  const visit = (id: string, onStack: Set<string>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = nodeById(flow, id);
    if (!node || node.kind === 'outcome' || onStack.has(id)) return 0;
    onStack.add(id);
    const rest = Math.max(0, ...successors(node).map((next) => visit(next, onStack)));
    onStack.delete(id);
    memo.set(id, 1 + rest);
    return 1 + rest;
  };
  for (const node of flow.nodes) visit(node.id, new Set());
  return memo;
}

export interface Progress {
  /** 1-based number of the current question on the route. */
  step: number;
  /** step plus the most questions that may still follow: an honest upper estimate of the total. */
  total: number;
}

export function progressAt(flow: Flow, answers: Answers, nodeId: string, left: Map<string, number>): Progress {
  const route = routeFor(flow, answers).nodeIds;
  const index = route.indexOf(nodeId);
  const step = (index === -1 ? route.length : index) + 1;
  return { step, total: step - 1 + (left.get(nodeId) ?? 0) };
}
