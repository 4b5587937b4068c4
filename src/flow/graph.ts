// The flow as a graph: successors, the route a set of answers takes, answer pruning and progress.
import { holds } from './conditions.ts';
import type { Answers, Flow, FlowNode, QuestionNode } from './schema.ts';

/** The node with this id; the first one when lint would report a duplicate. */
export function nodeById(flow: Flow, id: string): FlowNode | undefined {
  return flow.nodes.find((node) => node.id === id);
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
  const seen = new Set<string>();
  let id = flow.start;
  while (!seen.has(id)) {
    const node = nodeById(flow, id);
    if (!node) break;
    nodeIds.push(id);
    seen.add(id);
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

/** Possible predecessors of each node, over every branch. */
export function predecessors(flow: Flow): Map<string, Set<string>> {
  const preds = new Map<string, Set<string>>(flow.nodes.map((n) => [n.id, new Set<string>()]));
  for (const node of flow.nodes) for (const next of successors(node)) preds.get(next)?.add(node.id);
  return preds;
}

/** Node ids reachable from a node (the start by default), in breadth-first order. */
export function reachableFrom(flow: Flow, startId: string = flow.start): string[] {
  if (!nodeById(flow, startId)) return [];
  const order = [startId];
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++) {
    const node = nodeById(flow, order[i] ?? '');
    for (const next of node ? successors(node) : [])
      if (!seen.has(next) && nodeById(flow, next)) {
        seen.add(next);
        order.push(next);
      }
  }
  return order;
}

/**
 * Node ids in an order where every node comes before all its successors, or undefined when the flow loops.
 * Iterative (Kahn's algorithm), so flows of any depth are fine.
 */
export function topologicalOrder(flow: Flow): string[] | undefined {
  const indegree = new Map(flow.nodes.map((n) => [n.id, 0]));
  for (const node of flow.nodes)
    for (const next of successors(node)) if (indegree.has(next)) indegree.set(next, (indegree.get(next) ?? 0) + 1);
  const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  for (let i = 0; i < queue.length; i++) {
    const node = nodeById(flow, queue[i] ?? '');
    for (const next of node ? successors(node) : []) {
      const d = (indegree.get(next) ?? 0) - 1;
      indegree.set(next, d);
      if (d === 0) queue.push(next);
    }
  }
  return queue.length === indegree.size ? queue : undefined;
}

/**
 * For each node, the most questions still to answer on any path from it to an outcome (the node itself counted).
 * Computed once per flow; progress uses it so "最多几题" never undercounts. Nodes on a loop count as 1.
 */
export function questionsLeft(flow: Flow): Map<string, number> {
  const left = new Map<string, number>();
  const order = topologicalOrder(flow) ?? flow.nodes.map((n) => n.id);
  for (const id of [...order].reverse()) {
    const node = nodeById(flow, id);
    if (!node || node.kind === 'outcome') continue;
    left.set(id, 1 + Math.max(0, ...successors(node).map((next) => left.get(next) ?? 0)));
  }
  return left;
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
