// Logic checks across flow files and the shared catalogue, reporting every problem at once with file and JSON path.
import { DEFAULT_ACTION_RANK, FIRST_STEP_COUNT } from '../flow/actionList.ts';
import { questionsRead } from '../flow/conditions.ts';
import { nodeById, predecessors, reachableFrom, successors, topologicalOrder } from '../flow/graph.ts';
import { isLenderField, lenderFieldsIn } from '../flow/lenders.ts';
import { LENDER_FIELDS, RESERVED_NODE_IDS } from '../flow/vocabulary.ts';
import type { Catalogue, Condition, Flow } from '../flow/schema.ts';

export interface FlowIssue {
  /** Project-relative file, e.g. "flows/collection-triage.json". */
  file: string;
  /** JSON path inside the file, e.g. "nodes[3].options[1].next". Empty for the whole file. */
  path: string;
  message: string;
}

export const CATALOGUE_FILES = {
  sources: 'flows/shared/sources.json',
  phones: 'flows/shared/phones.json',
  actions: 'flows/shared/actions.json',
  verdicts: 'flows/shared/verdicts.json',
  contactLog: 'flows/shared/contact-log.json',
  ui: 'flows/shared/ui.json',
  lenders: 'flows/shared/lenders.json',
} as const;

/** Numbers that must never appear: 95017 is WeChat Pay's (财付通) hotline, often misquoted as WeBank's. */
const FORBIDDEN_NUMBERS: Record<string, string> = {
  '95017': '95017 is WeChat Pay’s (Tenpay) hotline, not WeBank’s; it must not appear',
};

const TEL_TOKEN = /\{tel:([^}]*)\}/g;
const HAS_TEL_TOKEN = /\{tel:/;
const HAS_LENDER_TOKEN = /\{lender:/;

/** Digit runs that look like a Chinese phone number: emergency, 5-digit service lines, 400/800, mobiles. */
const PHONE_LIKE = /^(11[09]|12[02]|1[0-9]{4}|9[0-9]{4}|[48]00[0-9]{7}|1[3-9][0-9]{9})$/;

export interface LintInput {
  catalogue: Catalogue;
  /** Flow files by project-relative path. */
  flows: { file: string; flow: Flow }[];
  /** Today, yyyy-mm-dd: "checked" dates after it are errors. */
  today: string;
  /**
   * False when some flow files did not parse: what they use would look unused and the flows they are would look
   * unknown, so those two checks wait until every flow parses.
   */
  everyFlow?: boolean;
}

export function lintFlows({ catalogue, flows, today, everyFlow = true }: LintInput): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const used = {
    sources: new Set<string>(),
    phones: new Set<string>(),
    actions: new Set<string>(),
    verdicts: new Set<string>(),
    lenders: new Set<string>(),
  };
  const flowIds = new Map<string, string>();
  for (const { file, flow } of flows) {
    const clash = flowIds.get(flow.id);
    if (clash) issues.push({ file, path: 'id', message: `flow id "${flow.id}" is also used by ${clash}` });
    flowIds.set(flow.id, file);
    issues.push(...lintFlow(file, flow, catalogue, used), ...lintFlowText(file, flow, catalogue));
  }
  issues.push(...lintCatalogue(catalogue, used, today, everyFlow));
  for (const [id, action] of Object.entries(catalogue.actions))
    if (everyFlow && action.opensFlow !== undefined && !flowIds.has(action.opensFlow))
      issues.push({
        file: CATALOGUE_FILES.actions,
        path: `${id}.opensFlow`,
        message: `unknown flow "${action.opensFlow}" (no flows/<id>.json has this id)`,
      });
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.path.localeCompare(b.path, 'en', { numeric: true }));
}

interface Usage {
  sources: Set<string>;
  phones: Set<string>;
  actions: Set<string>;
  verdicts: Set<string>;
  lenders: Set<string>;
}

/** Does this action's or verdict's text depend on the lender? */
function usesLender(texts: readonly string[]): boolean {
  return texts.some((t) => HAS_LENDER_TOKEN.test(t));
}

function lintFlow(file: string, flow: Flow, catalogue: Catalogue, used: Usage): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const at = (path: string, message: string) => issues.push({ file, path, message });
  const nodePath = (i: number) => `nodes[${String(i)}](${flow.nodes[i]?.id ?? ''})`;
  const indexOf = new Map<string, number>();

  flow.nodes.forEach((node, i) => {
    const first = indexOf.get(node.id);
    if (first !== undefined) at(`${nodePath(i)}.id`, `duplicate node id "${node.id}" (first at ${nodePath(first)})`);
    else indexOf.set(node.id, i);
    if ((RESERVED_NODE_IDS as readonly string[]).includes(node.id))
      at(`${nodePath(i)}.id`, `"${node.id}" is reserved for the app's own answers page; choose another id`);
  });
  if (!indexOf.has(flow.start)) at('start', `unknown node "${flow.start}"`);

  const cycle = findCycle(flow);
  const preds = predecessors(flow);
  /** Node → the questions its conditions read: checked after the loop, one backward search per reading node. */
  const reads = new Map<string, { path: string; questionId: string }[]>();

  const checkCondition = (path: string, condition: Condition, nodeId: string, allowSelf: boolean) => {
    for (const { questionId, optionIds } of questionsRead(condition)) {
      const question = nodeById(flow, questionId);
      if (!question || question.kind !== 'question') {
        at(path, `unknown question "${questionId}"`);
        continue;
      }
      for (const optionId of optionIds)
        if (!question.options.some((o) => o.id === optionId))
          at(path, `question "${questionId}" has no option "${optionId}"`);
      // A branch reading the question it belongs to needs no search: that answer was just given.
      if (!(allowSelf && nodeId === questionId)) {
        const places = reads.get(nodeId) ?? [];
        places.push({ path, questionId });
        reads.set(nodeId, places);
      }
    }
  };
  const checkTarget = (path: string, target: string) => {
    if (!indexOf.has(target)) at(path, `unknown node "${target}"`);
  };
  const checkAction = (path: string, actionId: string) => {
    used.actions.add(actionId);
    const action = catalogue.actions[actionId];
    if (!action) at(path, `unknown action "${actionId}" (not in ${CATALOGUE_FILES.actions})`);
    else if (action.opensFlow === flow.id)
      at(path, `action "${actionId}" opens the flow it is shown in; use it only in other flows`);
    else if (!flow.lenders && usesLender([action.title, ...action.steps]))
      at(path, `action "${actionId}" uses {lender:…} but this flow has no "lenders"; add it or use another action`);
  };
  const checkVerdict = (path: string, verdictId: string) => {
    used.verdicts.add(verdictId);
    const verdict = catalogue.verdicts[verdictId];
    if (!verdict) at(path, `unknown verdict "${verdictId}" (not in ${CATALOGUE_FILES.verdicts})`);
    else if (!flow.lenders && usesLender([verdict.title, verdict.summary]))
      at(path, `verdict "${verdictId}" uses {lender:…} but this flow has no "lenders"; add it or use another verdict`);
    // A named line reads questions of whichever flows show the verdict: an option it names must exist where its
    // question does, or a misspelt option would silently never name anything.
    for (const line of verdict?.named ?? [])
      for (const { questionId, optionIds } of questionsRead(line.when)) {
        const question = nodeById(flow, questionId);
        if (question?.kind !== 'question') continue;
        for (const optionId of optionIds)
          if (!question.options.some((o) => o.id === optionId))
            at(path, `verdict "${verdictId}" line "${line.id}": question "${questionId}" has no option "${optionId}"`);
      }
  };
  if (flow.lenders) {
    const spec = flow.lenders;
    const byOption = spec.byOption ?? {};
    if ((spec.question === undefined) !== (spec.byOption === undefined))
      at('lenders', 'a lender question needs a profile for each option ("byOption"), and "byOption" needs a question');
    // A flow that does not ask speaks of the lender through the generic profile alone.
    if (spec.question !== undefined && spec.byOption !== undefined) {
      const question = nodeById(flow, spec.question);
      if (question?.kind !== 'question') at('lenders.question', `unknown question "${spec.question}"`);
      else {
        for (const option of question.options)
          if (!(option.id in byOption))
            at('lenders.byOption', `option "${option.id}" of "${spec.question}" has no lender profile`);
        for (const optionId of Object.keys(byOption))
          if (!question.options.some((o) => o.id === optionId))
            at(`lenders.byOption.${optionId}`, `question "${spec.question}" has no option "${optionId}"`);
      }
    }
    for (const [optionId, profileId] of Object.entries(byOption)) {
      used.lenders.add(profileId);
      if (!(profileId in catalogue.lenders))
        at(`lenders.byOption.${optionId}`, `unknown lender profile "${profileId}" (not in ${CATALOGUE_FILES.lenders})`);
    }
    used.lenders.add(spec.otherwise);
    const fallback = catalogue.lenders[spec.otherwise];
    if (!fallback)
      at('lenders.otherwise', `unknown lender profile "${spec.otherwise}" (not in ${CATALOGUE_FILES.lenders})`);
    else if (fallback.kind !== 'generic')
      at('lenders.otherwise', `"${spec.otherwise}" must be a generic profile: an unknown lender gets no phone number`);
  }

  flow.nodes.forEach((node, i) => {
    const p = nodePath(i);
    if (node.kind === 'question') {
      const seen = new Set<string>();
      node.options.forEach((option, k) => {
        if (seen.has(option.id)) at(`${p}.options[${String(k)}].id`, `duplicate option id "${option.id}"`);
        seen.add(option.id);
        if (option.exclusive && node.select === 'one')
          at(
            `${p}.options[${String(k)}].exclusive`,
            'only questions with "select": "many" can have an exclusive option',
          );
      });
      checkTarget(`${p}.next`, node.next);
      node.branches?.forEach((branch, k) => {
        checkTarget(`${p}.branches[${String(k)}].next`, branch.next);
        checkCondition(`${p}.branches[${String(k)}].when`, branch.when, node.id, true);
      });
      node.guidance?.forEach((actionId, k) => {
        checkAction(`${p}.guidance[${String(k)}]`, actionId);
      });
    } else {
      node.verdicts.forEach((rule, k) => {
        checkVerdict(`${p}.verdicts[${String(k)}].verdict`, rule.verdict);
        checkCondition(`${p}.verdicts[${String(k)}].when`, rule.when, node.id, false);
      });
      checkVerdict(`${p}.fallbackVerdict`, node.fallbackVerdict);
      if (node.resume) {
        const { question: questionId, option } = node.resume;
        const question = nodeById(flow, questionId);
        if (question?.kind !== 'question') at(`${p}.resume.question`, `unknown question "${questionId}"`);
        else if (question.select !== 'one')
          at(`${p}.resume.question`, `"${questionId}" takes several answers; going on from the result sets one`);
        else if (!question.options.some((o) => o.id === option))
          at(`${p}.resume.option`, `question "${questionId}" has no option "${option}"`);
        else if (!(preds.get(node.id)?.has(questionId) ?? false))
          at(
            `${p}.resume.question`,
            `"${questionId}" does not lead to this result, so it cannot have ended here early`,
          );
      }
      // The fallback says only that nothing more specific was found; a result must be able to say something else,
      // and a verdict that needs evidence (the calm "ordinary reminder") cannot also be what is shown without any.
      if (node.verdicts.every((rule) => rule.verdict === node.fallbackVerdict))
        at(
          `${p}.verdicts`,
          `the result's only verdict is its fallback "${node.fallbackVerdict}"; add a verdict for what the answers show`,
        );
      else
        node.verdicts.forEach((rule, k) => {
          if (rule.verdict === node.fallbackVerdict)
            at(
              `${p}.verdicts[${String(k)}].verdict`,
              `"${rule.verdict}" is also the fallback, so it is shown without the answers its rule asks for; use another fallback`,
            );
        });
      const seen = new Set<string>();
      node.actions.forEach((rule, k) => {
        checkAction(`${p}.actions[${String(k)}].action`, rule.action);
        if (seen.has(rule.action)) at(`${p}.actions[${String(k)}].action`, `action "${rule.action}" is listed twice`);
        seen.add(rule.action);
        checkCondition(`${p}.actions[${String(k)}].when`, rule.when, node.id, false);
      });
      lintRanks(node.actions, catalogue).forEach(({ index, message }) => {
        at(`${p}.actions[${String(index)}].rank`, message);
      });
      if (!node.actions.some((rule) => 'always' in rule.when))
        at(
          `${p}.actions`,
          'no action has "when": {"always": true}, so some answers could end in an empty list; make at least one unconditional',
        );
    }
  });

  // A condition may only read a question asked on some way to its node. In a looping flow "before" means
  // nothing; the loop itself is the problem reported.
  if (!cycle)
    for (const [nodeId, places] of reads) {
      const before = ancestorsOf(nodeId, preds);
      for (const { path, questionId } of places)
        if (!before.has(questionId)) at(path, `question "${questionId}" is never asked before this point`);
    }

  if (indexOf.has(flow.start)) {
    const reachable = new Set(reachableFrom(flow));
    flow.nodes.forEach((node, i) => {
      if (!reachable.has(node.id)) at(nodePath(i), `node "${node.id}" cannot be reached from start "${flow.start}"`);
    });
    if (cycle) {
      const from = cycle.at(-2) ?? '';
      at(nodePath(indexOf.get(from) ?? 0), `the flow loops: ${cycle.join(' → ')}; a flow must always move forward`);
    }
  }
  return issues;
}

/** Every node from which nodeId can be reached (itself excluded): one backward breadth-first search. */
/**
 * A result must lead with what the answers call for: when enough general steps (trait "general") are ranked ahead
 * of a specific one that all of them could apply together, some answers would show only general steps first while
 * that specific step sits further down. Judged on the ranks alone, as if any of those rules could hold at once.
 */
function lintRanks(
  rules: readonly { action: string; rank?: number | undefined }[],
  catalogue: Catalogue,
): { index: number; message: string }[] {
  const general = (action: string) => catalogue.actions[action]?.traits?.includes('general') ?? false;
  const rankOf = (rule: { rank?: number | undefined }) => rule.rank ?? DEFAULT_ACTION_RANK;
  return rules.flatMap((rule, index) => {
    if (general(rule.action)) return [];
    const ahead = rules.filter((other) => general(other.action) && rankOf(other) < rankOf(rule));
    if (ahead.length < FIRST_STEP_COUNT) return [];
    return [
      {
        index,
        message: `general steps ${ahead.map((a) => `"${a.action}"`).join(', ')} are ranked ahead of "${rule.action}", so a result could lead with ${String(FIRST_STEP_COUNT)} general steps while it applies; give "${rule.action}" a lower rank or them a higher one`,
      },
    ];
  });
}

function ancestorsOf(nodeId: string, preds: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>();
  const queue = [nodeId];
  for (let i = 0; i < queue.length; i++)
    for (const p of preds.get(queue[i] ?? '') ?? [])
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
  seen.delete(nodeId);
  return seen;
}

/** A loop in the flow as node ids (first repeated at the end), or undefined. Iterative, for flows of any depth. */
function findCycle(flow: Flow): string[] | undefined {
  if (topologicalOrder(flow)) return undefined;
  const state = new Map<string, 'open' | 'done'>();
  for (const root of flow.nodes) {
    if (state.has(root.id)) continue;
    const stack: { id: string; next: string[]; i: number }[] = [{ id: root.id, next: successors(root), i: 0 }];
    state.set(root.id, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const nextId = frame.next[frame.i++];
      if (nextId === undefined) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const next = nodeById(flow, nextId);
      if (!next) continue;
      if (state.get(nextId) === 'open') {
        const ids = stack.map((f) => f.id);
        return [...ids.slice(ids.indexOf(nextId)), nextId];
      }
      if (!state.has(nextId)) {
        state.set(nextId, 'open');
        stack.push({ id: nextId, next: successors(next), i: 0 });
      }
    }
  }
  return undefined;
}

function lintCatalogue(catalogue: Catalogue, used: Usage, today: string, everyFlow: boolean): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const checkText = (file: string, path: string, text: string) => {
    for (const field of lenderFieldsIn(text))
      if (file === CATALOGUE_FILES.lenders)
        issues.push({ file, path, message: 'a lender detail cannot hold another {lender:…} token' });
      else if (!isLenderField(field))
        issues.push({
          file,
          path,
          message: `unknown lender detail "${field}" in {lender:${field}} (one of ${LENDER_FIELDS.join(', ')})`,
        });
    for (const match of text.matchAll(TEL_TOKEN)) {
      const phoneId = match[1] ?? '';
      used.phones.add(phoneId);
      if (!(phoneId in catalogue.phones))
        issues.push({
          file,
          path,
          message: `unknown phone "${phoneId}" in {tel:${phoneId}} (not in ${CATALOGUE_FILES.phones})`,
        });
    }
    issues.push(...rawNumberIssues(file, path, text.replace(TEL_TOKEN, ''), catalogue));
  };
  const checkCitation = (file: string, path: string, sourceId: string) => {
    used.sources.add(sourceId);
    if (!(sourceId in catalogue.sources))
      issues.push({
        file,
        path: `${path}.source`,
        message: `unknown source "${sourceId}" (not in ${CATALOGUE_FILES.sources})`,
      });
  };

  for (const [id, phone] of Object.entries(catalogue.phones)) {
    const file = CATALOGUE_FILES.phones;
    const forbidden = FORBIDDEN_NUMBERS[phone.number];
    if (forbidden) issues.push({ file, path: `${id}.number`, message: forbidden });
    checkCitation(file, `${id}.citation`, phone.citation.source);
    checkText(file, `${id}.citation.says`, phone.citation.says);
  }
  for (const [id, action] of Object.entries(catalogue.actions)) {
    const file = CATALOGUE_FILES.actions;
    checkText(file, `${id}.title`, action.title);
    action.steps.forEach((step, i) => {
      checkText(file, `${id}.steps[${String(i)}]`, step);
    });
    action.basis.forEach((c, i) => {
      checkCitation(file, `${id}.basis[${String(i)}]`, c.source);
      checkText(file, `${id}.basis[${String(i)}].says`, c.says);
    });
  }
  for (const [id, verdict] of Object.entries(catalogue.verdicts)) {
    const file = CATALOGUE_FILES.verdicts;
    checkText(file, `${id}.title`, verdict.title);
    checkText(file, `${id}.summary`, verdict.summary);
    verdict.basis?.forEach((c, i) => {
      checkCitation(file, `${id}.basis[${String(i)}]`, c.source);
      checkText(file, `${id}.basis[${String(i)}].says`, c.says);
    });
  }
  const log = catalogue.contactLog;
  const logFile = CATALOGUE_FILES.contactLog;
  const checkBasis = (path: string, basis: readonly { source: string; says: string }[]) => {
    basis.forEach((c, i) => {
      checkCitation(logFile, `${path}.basis[${String(i)}]`, c.source);
      checkText(logFile, `${path}.basis[${String(i)}].says`, c.says);
    });
  };
  for (const [group, labels] of Object.entries(log.labels))
    for (const [id, label] of Object.entries(labels)) checkText(logFile, `labels.${group}.${id}`, label);
  for (const [id, rule] of Object.entries(log.breachRules)) {
    checkText(logFile, `breachRules.${id}.title`, rule.title);
    checkText(logFile, `breachRules.${id}.explanation`, rule.explanation);
    checkBasis(`breachRules.${id}`, rule.basis);
  }
  for (const [id, channel] of Object.entries(log.complaintChannels)) {
    const path = `complaintChannels.${id}`;
    checkText(logFile, `${path}.name`, channel.name);
    checkText(logFile, `${path}.handles`, channel.handles);
    if (channel.phone !== undefined) used.phones.add(channel.phone);
    if (channel.phone !== undefined && !(channel.phone in catalogue.phones))
      issues.push({
        file: logFile,
        path: `${path}.phone`,
        message: `unknown phone "${channel.phone}" (not in ${CATALOGUE_FILES.phones})`,
      });
    checkText(logFile, `${path}.subject`, channel.subject);
    channel.requests.forEach((request, i) => {
      checkText(logFile, `${path}.requests[${String(i)}]`, request);
    });
    used.actions.add(channel.suggestedBy);
    if (!(channel.suggestedBy in catalogue.actions))
      issues.push({
        file: logFile,
        path: `${path}.suggestedBy`,
        message: `unknown action "${channel.suggestedBy}" (not in ${CATALOGUE_FILES.actions})`,
      });
    checkBasis(path, channel.basis);
  }
  for (const [key, text] of Object.entries(log.draftText)) checkText(logFile, `draftText.${key}`, text);
  for (const [key, text] of Object.entries(log.reminderText)) checkText(logFile, `reminderText.${key}`, text);
  for (const [key, text] of Object.entries(log.timelineText)) checkText(logFile, `timelineText.${key}`, text);
  for (const [section, texts] of Object.entries(catalogue.ui))
    for (const [key, text] of Object.entries(texts as Record<string, string>))
      checkText(CATALOGUE_FILES.ui, `${section}.${key}`, text);
  checkText(logFile, 'callScript.title', log.callScript.title);
  log.callScript.lines.forEach((line, i) => {
    checkText(logFile, `callScript.lines[${String(i)}]`, line);
  });
  checkText(logFile, 'callScript.checkWith', log.callScript.checkWith);
  checkBasis('callScript', log.callScript.basis);
  checkText(logFile, 'familyMessage.title', log.familyMessage.title);
  checkText(logFile, 'familyMessage.text', log.familyMessage.text);
  checkBasis('familyMessage', log.familyMessage.basis);
  for (const [id, deadline] of Object.entries(log.deadlines)) {
    checkText(logFile, `deadlines.${id}.title`, deadline.title);
    checkText(logFile, `deadlines.${id}.explanation`, deadline.explanation);
    checkBasis(`deadlines.${id}`, deadline.basis);
  }

  for (const [id, profile] of Object.entries(catalogue.lenders)) {
    const file = CATALOGUE_FILES.lenders;
    for (const field of LENDER_FIELDS) {
      const detail = profile[field];
      checkText(file, `${id}.${field}.text`, detail.text);
      if (profile.kind === 'generic' && HAS_TEL_TOKEN.test(detail.text))
        issues.push({
          file,
          path: `${id}.${field}.text`,
          message:
            'a generic profile holds no phone number: say where to find the lender’s own number (contract, official app)',
        });
      detail.basis.forEach((c, i) => {
        checkCitation(file, `${id}.${field}.basis[${String(i)}]`, c.source);
        checkText(file, `${id}.${field}.basis[${String(i)}].says`, c.says);
      });
    }
  }
  for (const [id, source] of Object.entries(catalogue.sources))
    if (source.checked > today)
      issues.push({
        file: CATALOGUE_FILES.sources,
        path: `${id}.checked`,
        message: `date ${source.checked} is in the future`,
      });

  const unused = (kind: keyof Usage, what: string) => {
    if (!everyFlow) return;
    for (const id of Object.keys(catalogue[kind]))
      if (!used[kind].has(id))
        issues.push({
          file: CATALOGUE_FILES[kind],
          path: id,
          message: `${what} "${id}" is never used; remove it or use it`,
        });
  };
  unused('sources', 'source');
  unused('phones', 'phone');
  unused('actions', 'action');
  unused('verdicts', 'verdict');
  unused('lenders', 'lender profile');
  return issues;
}

function rawNumberIssues(file: string, path: string, text: string, catalogue: Catalogue): FlowIssue[] {
  const known = new Set(Object.values(catalogue.phones).map((p) => p.number));
  const issues: FlowIssue[] = [];
  for (const match of text.matchAll(/(?<![\d.:：-])\d{3,}(?![\d.:：])/g)) {
    const digits = match[0];
    const forbidden = FORBIDDEN_NUMBERS[digits];
    if (forbidden) issues.push({ file, path, message: forbidden });
    else if (known.has(digits) || PHONE_LIKE.test(digits))
      issues.push({
        file,
        path,
        message: `phone number ${digits} written as digits; write {tel:phoneId} so it carries its source`,
      });
  }
  return issues;
}

/** Questions carry no phone numbers at all: numbers live in actions, where their source is shown. */
function lintFlowText(file: string, flow: Flow, catalogue: Catalogue): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const check = (path: string, text: string | undefined) => {
    if (text === undefined) return;
    issues.push(...rawNumberIssues(file, path, text, catalogue));
    if (HAS_TEL_TOKEN.test(text))
      issues.push({ file, path, message: 'phone links belong in actions (with their source), not in questions' });
    if (HAS_LENDER_TOKEN.test(text))
      issues.push({ file, path, message: 'lender details belong in actions and verdicts, not in questions' });
  };
  check('title', flow.title);
  check('summary', flow.summary);
  check('situation', flow.situation);
  flow.nodes.forEach((node, i) => {
    const p = `nodes[${String(i)}](${node.id})`;
    if (node.kind === 'outcome') {
      check(`${p}.title`, node.title);
      return;
    }
    check(`${p}.prompt`, node.prompt);
    check(`${p}.hint`, node.hint);
    node.options.forEach((o, k) => {
      check(`${p}.options[${String(k)}].label`, o.label);
      check(`${p}.options[${String(k)}].hint`, o.hint);
    });
  });
  return issues;
}
