// The flow as a graph: successors, which questions are still worth asking, the route a set of answers takes,
// answer pruning and progress.
import { holds, questionsRead } from './conditions.ts';
import type { Answers, Condition, Flow, FlowNode, QuestionNode } from './schema.ts';

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
 * What decides whether a question is worth asking, worked out once per flow: the questions always asked, and for
 * each other question the conditions (result rules and other questions' branches) that read it.
 */
interface Askability {
  always: Set<string>;
  readers: Map<string, Condition[]>;
}

const askabilities = new WeakMap<Flow, Askability>();

function askability(flow: Flow): Askability {
  let found = askabilities.get(flow);
  if (found) return found;
  const always = new Set<string>([flow.start]);
  if (flow.lenders?.question) always.add(flow.lenders.question);
  const readers = new Map<string, Condition[]>();
  const read = (condition: Condition, ownerId?: string) => {
    for (const questionId of new Set(questionsRead(condition).map((r) => r.questionId))) {
      // A question routed by its own answer, or read on its own by some rule, always counts.
      if (questionId === ownerId || 'question' in condition || ('not' in condition && 'question' in condition.not))
        always.add(questionId);
      else readers.set(questionId, [...(readers.get(questionId) ?? []), condition]);
    }
  };
  for (const node of flow.nodes)
    if (node.kind === 'question') {
      // Guidance (the 110 card) is on the screen itself: that screen is never skipped.
      if (node.guidance?.length) always.add(node.id);
      for (const branch of node.branches ?? []) read(branch.when, node.id);
    } else for (const rule of [...node.verdicts, ...node.actions]) read(rule.when);
  found = { always, readers };
  askabilities.set(flow, found);
  return found;
}

/**
 * A condition with the decided questions put in: its value (undefined while still open) and, when open, whether
 * `questionId` is one of the questions it still waits for. Allocates nothing: routes are worked out on every step.
 */
function openOn(
  condition: Condition,
  decided: Answers,
  questionId: string,
): { value: boolean | undefined; waitsFor: boolean } {
  if ('always' in condition) return { value: true, waitsFor: false };
  if ('question' in condition) {
    const chosen = decided[condition.question];
    if (chosen) return { value: condition.anyOf.some((id) => chosen.includes(id)), waitsFor: false };
    return { value: undefined, waitsFor: condition.question === questionId };
  }
  if ('not' in condition) {
    const inner = openOn(condition.not, decided, questionId);
    return inner.value === undefined ? inner : { value: !inner.value, waitsFor: false };
  }
  const isAll = 'all' in condition;
  let open = false;
  let waitsFor = false;
  for (const part of isAll ? condition.all : condition.any) {
    const r = openOn(part, decided, questionId);
    // one false part decides an "all", one true part an "any"
    if (r.value === !isAll) return { value: !isAll, waitsFor: false };
    if (r.value === undefined) {
      open = true;
      waitsFor ||= r.waitsFor;
    }
  }
  return open ? { value: undefined, waitsFor } : { value: isAll, waitsFor: false };
}

/**
 * Is this question worth asking, given the questions decided before it on the route (answered, or skipped and so
 * empty)? Only when some condition that reads it is still open once those are put in: otherwise no answer to it
 * can change the route or the result, and the route passes it by. Everything not yet decided is treated as open,
 * so a question is never skipped when it might matter.
 */
export function isWorthAsking(flow: Flow, question: QuestionNode, decided: Answers): boolean {
  const { always, readers } = askability(flow);
  if (always.has(question.id)) return true;
  return (readers.get(question.id) ?? []).some((c) => openOn(c, decided, question.id).waitsFor);
}

/** Questions that can never be skipped (see isWorthAsking): for code that needs to know the route's shape. */
export function alwaysAsked(flow: Flow): ReadonlySet<string> {
  return askability(flow).always;
}

export interface Route {
  /** Node ids from the start, in order: answered questions, then the first unanswered question or an outcome. */
  nodeIds: string[];
  /** True when the route reaches an outcome: every question on it has a valid answer. */
  complete: boolean;
  /** Questions passed by because no answer to them could change anything (see isWorthAsking). */
  skipped: string[];
}

/**
 * Follows the answers from the start, passing by questions not worth asking. Only answers on this route count
 * anywhere: this is how answers left on a branch the user no longer takes are dropped. Lint guarantees the flow is
 * acyclic, so this terminates; the guard against revisiting is for flows that have not been linted.
 */
export function routeFor(flow: Flow, answers: Answers): Route {
  const nodeIds: string[] = [];
  const skipped: string[] = [];
  const decided: Record<string, readonly string[]> = {};
  const seen = new Set<string>();
  let id = flow.start;
  while (!seen.has(id)) {
    const node = nodeById(flow, id);
    if (!node) break;
    seen.add(id);
    if (node.kind === 'outcome') {
      nodeIds.push(id);
      return { nodeIds, complete: true, skipped };
    }
    if (!isWorthAsking(flow, node, decided)) {
      skipped.push(id);
      decided[id] = [];
      id = nextNodeId(node, decided);
      continue;
    }
    nodeIds.push(id);
    const answer = answers[id];
    if (!answer || !isValidAnswer(node, answer)) break;
    decided[id] = answer;
    id = nextNodeId(node, decided);
  }
  return { nodeIds, complete: false, skipped };
}

/** The node the route goes to after this question once it is answered, or undefined when it is not on the route. */
export function nextOnRoute(flow: Flow, questionId: string, answers: Answers): string | undefined {
  const route = routeFor(flow, answers).nodeIds;
  const index = route.indexOf(questionId);
  return index === -1 ? undefined : route[index + 1];
}

/**
 * For each question, every node the route may go to right after it: its successors, and where a successor may be
 * passed by, that one's in turn. The machine's forward and Back moves are generated from this.
 */
export function routeSuccessors(flow: Flow): Map<string, Set<string>> {
  const always = alwaysAsked(flow);
  const memo = new Map<string, Set<string>>();
  // A node reached from a question: itself, and when it can be skipped, whatever follows it as well.
  const landing = (id: string): Set<string> => {
    const node = nodeById(flow, id);
    if (!node || node.kind === 'outcome' || always.has(id)) return new Set([id]);
    return new Set([id, ...after(node)]);
  };
  const after = (node: FlowNode): Set<string> => {
    let found = memo.get(node.id);
    if (found) return found;
    found = new Set();
    memo.set(node.id, found); // a loop (rejected by lint) ends here instead of recursing forever
    for (const next of successors(node)) for (const id of landing(next)) found.add(id);
    return found;
  };
  const order = topologicalOrder(flow) ?? flow.nodes.map((n) => n.id);
  for (const id of [...order].reverse()) {
    const node = nodeById(flow, id);
    if (node?.kind === 'question') after(node);
  }
  return memo;
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
