// Builds the result page from a flow and answers: the verdicts that apply and the grouped, sourced action list.
import { holds, reasonsFor } from './conditions.ts';
import type { AnswerRef } from './conditions.ts';
import { nodeById, pruneAnswers, routeFor } from './graph.ts';
import { fillLender, lenderFor, lendersFor, usesLenderToken } from './lenders.ts';
import type { LenderChoice } from './lenders.ts';
import { splitText } from './text.ts';
import type { TextPart } from './text.ts';
import { ACTION_GROUPS } from './vocabulary.ts';

export { plainText, splitText } from './text.ts';
export type { TextPart } from './text.ts';
import type {
  Action,
  ActionGroup,
  ActionTrait,
  Answers,
  Catalogue,
  Citation,
  Condition,
  Flow,
  LenderProfile,
  OutcomeNode,
  Phone,
  Source,
  VerdictTone,
} from './schema.ts';

/** A citation with its source resolved, ready to show. */
export interface ResolvedCitation {
  sourceId: string;
  source: Source;
  article?: string;
  says: string;
}

export interface ActionItem {
  id: string;
  /** Unique within a result: the action id (an action for several lenders is one card). */
  key: string;
  group: ActionGroup;
  title: TextPart[];
  steps: TextPart[][];
  /** The user's own answers that made this action apply; empty when it applies to everyone. */
  because: { question: string; answer: string }[];
  /** Legal and factual basis, then the source of every phone number the action mentions. */
  citations: ResolvedCitation[];
  phones: { phoneId: string; phone: Phone }[];
  traits: readonly ActionTrait[];
  /** How directly the answers call for it, 1 first (the outcome rule's `rank`, {@link DEFAULT_ACTION_RANK} unset). */
  rank: number;
  /** Another flow this action offers to open. */
  opensFlow?: string;
}

export interface VerdictItem {
  id: string;
  /** Unique within a result: the verdict id, with the kind of conduct when the line names one (`named`). */
  key: string;
  rank: number;
  tone: VerdictTone;
  title: string;
  /** May hold phone links ("先拨打 {tel:police}"). */
  summary: TextPart[];
  because: { question: string; answer: string }[];
  citations: ResolvedCitation[];
}

export interface ActionGroupView {
  group: ActionGroup;
  items: ActionItem[];
}

export interface ResultView {
  outcomeId: string;
  title: string;
  verdicts: VerdictItem[];
  groups: ActionGroupView[];
  /** Keys of the actions that lead the result ("do these first"), in that order: see {@link chooseFirstSteps}. */
  firstSteps: string[];
}

/** How many actions lead the result, before the list by group. */
export const FIRST_STEP_COUNT = 3;

/** The rank of an outcome's action rule that sets none: what a specific answer calls for. */
export const DEFAULT_ACTION_RANK = 3;

/** A step that fits almost anyone (trait "general"): it leads only when nothing more specific applies. */
export const isGeneral = (item: Pick<ActionItem, 'traits'>) => item.traits.includes('general');

/**
 * What a step does for the person, most urgent first (docs/decisions/019): keep safe and keep money from leaving,
 * check who is asking and what the papers are, pay only through the official channel, keep evidence, protect
 * information, complain, sort out the debt, know the rules. A step's own kind counts, not where the list shows it.
 */
const FIRST_STEP_ORDER: readonly (ActionGroup | 'officialChannel')[] = [
  'immediate',
  'verify',
  'officialChannel',
  'evidence',
  'protectInfo',
  'complain',
  'resolveDebt',
  'rights',
  'goodToKnow',
];

/**
 * The first steps: the lowest rank the flow gave (how directly the answers call for a step); within a rank, a step
 * the answers called for before a general one, then the most urgent kind, then list order. Only the first action
 * about paying counts as "the official channel" (the others are about sorting out the debt), and an action given
 * once per lender takes one place.
 */
export function chooseFirstSteps(
  items: readonly ActionItem[],
  ownGroup: (item: ActionItem) => ActionGroup,
  count = FIRST_STEP_COUNT,
): ActionItem[] {
  const seen = new Set<string>();
  const distinct = items.filter((item) => !seen.has(item.id) && seen.add(item.id));
  const officialChannel = distinct.find((item) => item.traits.includes('repay'));
  const kind = (item: ActionItem) =>
    FIRST_STEP_ORDER.indexOf(item === officialChannel ? 'officialChannel' : ownGroup(item));
  return distinct
    .map((item, index) => ({ item, index, kind: kind(item) }))
    .sort(
      (a, b) =>
        a.item.rank - b.item.rank ||
        Number(isGeneral(a.item)) - Number(isGeneral(b.item)) ||
        a.kind - b.kind ||
        Number(a.item.because.length === 0) - Number(b.item.because.length === 0) ||
        a.index - b.index,
    )
    .slice(0, count)
    .map((x) => x.item);
}

/** Publishers whose verified texts are laws, regulations and judicial interpretations rather than notices. */
const LAWMAKERS = /全国人民代表大会|国务院|最高人民法院/;

/**
 * What kind of source a reader is shown, in plain words: the law's own text, an official notice, or a reprint or
 * news report (reliability "secondary"). How each was read stays in the content report.
 */
export function sourceKind(source: Source): 'law' | 'official' | 'reported' {
  if (source.reliability !== 'verified-primary') return 'reported';
  return LAWMAKERS.test(source.publisher ?? '') ? 'law' : 'official';
}

/** The publisher's name without the note in brackets on how its text was read (an audit detail). */
export function publisherName(source: Source): string | undefined {
  const name = source.publisher?.replace(/（[^）]*）/g, '').trim();
  return name ? name : undefined;
}

/** One source the result cites, listed once however many verdicts and steps cite it. */
export interface ResultSource {
  sourceId: string;
  source: Source;
  /** Each article cited and what it says, once each, in the order the page first cites them. */
  cited: { article?: string; says: string }[];
}

/**
 * Every source the result cites, once each, in the order the page first cites them (verdicts, then the actions as
 * shown): the list the result's steps point to, so the same law or hotline note is not repeated under each step.
 */
export function sourcesOf(view: ResultView): ResultSource[] {
  const bySource = new Map<string, ResultSource>();
  const seen = new Set<string>();
  for (const c of [...view.verdicts, ...orderedActions(view)].flatMap((item) => item.citations)) {
    let entry = bySource.get(c.sourceId);
    if (!entry) {
      entry = { sourceId: c.sourceId, source: c.source, cited: [] };
      bySource.set(c.sourceId, entry);
    }
    const key = `${c.sourceId}|${c.article ?? ''}|${c.says}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entry.cited.push({ ...(c.article === undefined ? {} : { article: c.article }), says: c.says });
  }
  return [...bySource.values()];
}

/** Citations with their sources resolved, dropping none: lint guarantees every source exists. */
export function resolveCitations(citations: readonly Citation[], catalogue: Catalogue): ResolvedCitation[] {
  return citations.flatMap((c) => {
    const resolved = resolveCitation(c, catalogue);
    return resolved ? [resolved] : [];
  });
}

function resolveCitation(citation: Citation, catalogue: Catalogue): ResolvedCitation | undefined {
  const source = catalogue.sources[citation.source];
  if (!source) return undefined;
  return {
    sourceId: citation.source,
    source,
    ...(citation.article === undefined ? {} : { article: citation.article }),
    says: citation.says,
  };
}

/**
 * The person's own answers that made a rule hold, as the result quotes them: a "none of these" (exclusive) answer
 * explains nothing on its own and is left out; an answer whose label means nothing alone is quoted by its `reason`.
 */
function describeReasons(flow: Flow, refs: AnswerRef[]): { question: string; answer: string }[] {
  return refs.flatMap(({ questionId, optionId }) => {
    const node = nodeById(flow, questionId);
    if (node?.kind !== 'question') return [];
    const option = node.options.find((o) => o.id === optionId);
    if (!option || option.exclusive) return [];
    return [{ question: node.reviewLabel, answer: option.reason ?? option.label }];
  });
}

/**
 * An action with its lender details filled in, its phone links split out and every citation resolved: its own
 * basis, then the sources of the lender details and phone numbers it mentions.
 */
export function buildActionItem(
  flow: Flow,
  catalogue: Catalogue,
  id: string,
  action: Action,
  because: AnswerRef[],
  lender?: LenderProfile,
  options: { group?: ActionGroup; rank?: number } = {},
): ActionItem {
  const lenderBasis: Citation[] = [];
  const fill = (text: string) => {
    const filled = fillLender(text, lender);
    lenderBasis.push(...filled.basis);
    return splitText(filled.text, catalogue);
  };
  const title = fill(action.title);
  const steps = action.steps.map(fill);
  const phones = new Map<string, Phone>();
  for (const part of [...title, ...steps.flat()]) if ('phoneId' in part) phones.set(part.phoneId, part.phone);
  const citations = [...action.basis, ...lenderBasis, ...[...phones.values()].map((p) => p.citation)]
    .map((c) => resolveCitation(c, catalogue))
    .filter((c): c is ResolvedCitation => c !== undefined);
  return {
    id,
    key: id,
    group: options.group ?? action.group,
    title,
    steps,
    because: describeReasons(flow, because),
    citations: dedupeCitations(citations),
    phones: [...phones].map(([phoneId, phone]) => ({ phoneId, phone })),
    traits: action.traits ?? [],
    rank: options.rank ?? DEFAULT_ACTION_RANK,
    ...(action.opensFlow === undefined ? {} : { opensFlow: action.opensFlow }),
  };
}

/**
 * One card for an action someone owes several lenders: a step that names a lender is given once for each, led by
 * its name ("微众银行：…"); a step that does not is given once. The title reads for any lender.
 */
function mergeLenders(
  flow: Flow,
  catalogue: Catalogue,
  id: string,
  action: Action,
  because: AnswerRef[],
  lenders: readonly LenderChoice[],
  options: { group: ActionGroup; rank: number },
): ActionItem {
  const generic = flow.lenders ? catalogue.lenders[flow.lenders.otherwise] : undefined;
  const base = buildActionItem(flow, catalogue, id, action, because, generic, options);
  const each = lenders.map((choice) => ({
    label: choice.label,
    item: buildActionItem(flow, catalogue, id, action, because, choice.profile, options),
  }));
  const steps = action.steps.flatMap((step, i) =>
    usesLenderToken(step)
      ? each.map(({ label, item }) => [
          { text: catalogue.ui.result.lenderStep.replace('{lender}', label ?? '') },
          ...(item.steps[i] ?? []),
        ])
      : [base.steps[i] ?? []],
  );
  const phones = new Map<string, Phone>();
  for (const { item } of each) for (const p of item.phones) phones.set(p.phoneId, p.phone);
  for (const p of base.phones) phones.set(p.phoneId, p.phone);
  return {
    ...base,
    steps,
    citations: dedupeCitations([...base.citations, ...each.flatMap(({ item }) => item.citations)]),
    phones: [...phones].map(([phoneId, phone]) => ({ phoneId, phone })),
  };
}

function dedupeCitations(citations: ResolvedCitation[]): ResolvedCitation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.sourceId}|${c.article ?? ''}|${c.says}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The result for a set of answers. Only answers on the current route count, so an answer left behind on a branch
 * the user no longer takes can never add an action. Returns undefined while the route is incomplete.
 */
export function selectActions(flow: Flow, catalogue: Catalogue, rawAnswers: Answers): ResultView | undefined {
  const route = routeFor(flow, rawAnswers);
  const outcome = route.complete ? nodeById(flow, route.nodeIds.at(-1) ?? '') : undefined;
  if (outcome?.kind !== 'outcome') return undefined;
  return resultFor(flow, catalogue, outcome, pruneAnswers(flow, rawAnswers));
}

/** A verdict or action rule of an outcome that holds for a set of answers. */
export interface RuleThatApplies {
  id: string;
  when: Condition;
}

/** An action rule that holds, with the group it is shown in here (a rule may move its action, e.g. to "goodToKnow"). */
export interface ActionRuleThatApplies extends RuleThatApplies {
  group: ActionGroup;
  rank: number;
}

export interface RulesThatApply {
  /** Verdicts that hold, most serious first; the outcome's fallback verdict when none does. */
  verdicts: RuleThatApplies[];
  /** Actions that hold, in the order shown: by group, most urgent group first, then as the outcome lists them. */
  actions: ActionRuleThatApplies[];
}

/** An outcome's rules in the order a result shows them, with what does not depend on the answers worked out. */
interface OrderedRules {
  /** Most serious first (a stable sort: equal ranks keep the outcome's order); `known`: the catalogue has it. */
  verdicts: { rule: RuleThatApplies; known: boolean }[];
  fallback: RuleThatApplies[];
  /** Most urgent group first, then as the outcome lists them; only actions the catalogue has. */
  actions: ActionRuleThatApplies[];
}

/** The ordering of each outcome's rules, per catalogue, made once: the exhaustive checks ask for over a million. */
const orderedRules = new WeakMap<OutcomeNode, WeakMap<Catalogue, OrderedRules>>();

function rulesInOrder(outcome: OutcomeNode, catalogue: Catalogue): OrderedRules {
  let byCatalogue = orderedRules.get(outcome);
  if (!byCatalogue) {
    byCatalogue = new WeakMap<Catalogue, OrderedRules>();
    orderedRules.set(outcome, byCatalogue);
  }
  let ordered = byCatalogue.get(catalogue);
  if (ordered) return ordered;
  const rank = (id: string) => catalogue.verdicts[id]?.rank ?? Infinity;
  const groupOrder = (a: ActionRuleThatApplies) => ACTION_GROUPS.indexOf(a.group);
  const fallback = { id: outcome.fallbackVerdict, when: { always: true } as const };
  ordered = {
    verdicts: outcome.verdicts
      .map((rule) => ({
        rule: { id: rule.verdict, when: rule.when },
        known: catalogue.verdicts[rule.verdict] !== undefined,
      }))
      // Unranked verdicts last; equal ranks (Infinity too) compare equal, so the sort keeps the outcome's order.
      .sort((a, b) => (rank(a.rule.id) === rank(b.rule.id) ? 0 : rank(a.rule.id) - rank(b.rule.id))),
    fallback: catalogue.verdicts[fallback.id] === undefined ? [] : [fallback],
    actions: outcome.actions
      .flatMap((rule) => {
        const action = catalogue.actions[rule.action];
        if (!action) return [];
        return [
          {
            id: rule.action,
            when: rule.when,
            group: rule.group ?? action.group,
            rank: rule.rank ?? DEFAULT_ACTION_RANK,
          },
        ];
      })
      .sort((a, b) => groupOrder(a) - groupOrder(b)),
  };
  byCatalogue.set(catalogue, ordered);
  return ordered;
}

/** Which verdicts and actions of an outcome apply to these answers, before any text is made: what the result is. */
export function rulesThatApply(outcome: OutcomeNode, catalogue: Catalogue, answers: Answers): RulesThatApply {
  const ordered = rulesInOrder(outcome, catalogue);
  let anyVerdict = false;
  const verdicts: RuleThatApplies[] = [];
  for (const { rule, known } of ordered.verdicts)
    if (holds(rule.when, answers)) {
      anyVerdict = true;
      if (known) verdicts.push({ ...rule });
    }
  return {
    verdicts: anyVerdict ? verdicts : ordered.fallback.map((rule) => ({ ...rule })),
    actions: ordered.actions.filter((rule) => holds(rule.when, answers)).map((rule) => ({ ...rule })),
  };
}

function resultFor(flow: Flow, catalogue: Catalogue, outcome: OutcomeNode, answers: Answers): ResultView {
  const lender = lenderFor(flow, catalogue, answers);
  const rules = rulesThatApply(outcome, catalogue, answers);
  const verdictItems = rules.verdicts.flatMap(({ id, when }) => {
    const v = catalogue.verdicts[id];
    if (!v) return [];
    // Each kind of conduct the person named is a line of its own; the general title only when none is named.
    const named = (v.named ?? []).filter((line) => holds(line.when, answers));
    const lines = named.length
      ? named.map((line) => ({
          key: `${id}:${line.id}`,
          title: line.title,
          summary: line.summary ?? v.summary,
          because: reasonsFor(line.when, answers),
        }))
      : [{ key: id, title: v.title, summary: v.summary, because: reasonsFor(when, answers) }];
    return lines.map((line) => {
      const title = fillLender(line.title, lender);
      const filledSummary = fillLender(line.summary, lender);
      const summary = splitText(filledSummary.text, catalogue);
      const phoneCitations = summary.flatMap((part) => ('phoneId' in part ? [part.phone.citation] : []));
      const citations = [...(v.basis ?? []), ...title.basis, ...filledSummary.basis, ...phoneCitations]
        .map((c) => resolveCitation(c, catalogue))
        .filter((c): c is ResolvedCitation => c !== undefined);
      return {
        id,
        key: line.key,
        rank: v.rank,
        tone: v.tone,
        title: title.text,
        summary,
        because: describeReasons(flow, line.because),
        citations: dedupeCitations(citations),
      };
    });
  });
  // Someone who owes several lenders gets a lender-specific action once for each, with that lender's channels.
  const named = lendersFor(flow, catalogue, answers);
  const items = rules.actions.flatMap(({ id, when, group, rank }) => {
    const action = catalogue.actions[id];
    if (!action) return [];
    const because = reasonsFor(when, answers);
    if (named.length > 1 && [action.title, ...action.steps].some(usesLenderToken))
      return [mergeLenders(flow, catalogue, id, action, because, named, { group, rank })];
    return [buildActionItem(flow, catalogue, id, action, because, lender, { group, rank })];
  });
  const groups = ACTION_GROUPS.map((group) => ({ group, items: items.filter((i) => i.group === group) })).filter(
    (g) => g.items.length > 0,
  );
  const listed = groups.flatMap((g) => g.items);
  const firstSteps = chooseFirstSteps(listed, (item) => catalogue.actions[item.id]?.group ?? item.group);
  return {
    outcomeId: outcome.id,
    title: outcome.title,
    verdicts: verdictItems,
    groups,
    firstSteps: firstSteps.map((i) => i.key),
  };
}

/** The first steps, in order. */
export function firstStepsOf(view: ResultView): ActionItem[] {
  const byKey = new Map(view.groups.flatMap((g) => g.items).map((item) => [item.key, item]));
  return view.firstSteps.flatMap((key) => byKey.get(key) ?? []);
}

/** Every action the way the page shows it: the first steps, then the rest by group. What "the first action" means. */
export function orderedActions(view: ResultView): ActionItem[] {
  const lead = new Set(view.firstSteps);
  return [...firstStepsOf(view), ...view.groups.flatMap((g) => g.items.filter((item) => !lead.has(item.key)))];
}
