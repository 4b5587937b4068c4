// Engine scale benchmark: synthetic flows of growing size through lint, machine build, action list and paths.
import { getShortestPaths } from 'xstate/graph';
import { selectActions } from '../../src/flow/actionList.ts';
import { loadFlowBundle } from '../../src/check/load.ts';
import type { FlowFile } from '../../src/check/load.ts';
import { questionById } from '../../src/flow/graph.ts';
import { buildTriageMachine } from '../../src/machine/buildTriageMachine.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real contact-log content, pointed at the synthetic catalogue's one source, phone and action. */
function syntheticContactLog(): string {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'flows', 'shared', 'contact-log.json'), 'utf8');
  const retarget = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/\{tel:[^}]*\}/g, '{tel:p}');
    if (Array.isArray(value)) return value.map(retarget);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'source' ? 's' : k === 'phone' ? 'p' : k === 'suggestedBy' ? 'a0' : retarget(v),
      ]),
    );
  };
  return JSON.stringify(retarget(JSON.parse(text)));
}

/** A flow of `size` questions: each has three options, and option "skip" jumps two ahead. */
export function syntheticFiles(size: number): FlowFile[] {
  const nodes: unknown[] = [];
  for (let i = 0; i < size; i++) {
    const next = i + 1 < size ? `q${String(i + 1)}` : 'result';
    const skip = i + 2 < size ? `q${String(i + 2)}` : 'result';
    nodes.push({
      kind: 'question',
      id: `q${String(i)}`,
      select: i % 2 === 0 ? 'one' : 'many',
      prompt: '一个合成的问题',
      reviewLabel: '合成问题',
      options: [
        { id: 'a', label: '甲' },
        { id: 'skip', label: '跳过下一题' },
        { id: 'c', label: '丙' },
      ],
      next,
      branches: [{ when: { question: `q${String(i)}`, anyOf: ['skip'] }, next: skip }],
    });
  }
  const actionCount = Math.max(1, Math.floor(size / 10));
  const actions: Record<string, unknown> = {};
  const rules: unknown[] = [{ action: 'a0', when: { always: true } }];
  for (let k = 0; k < actionCount; k++) {
    actions[`a${String(k)}`] = {
      group: 'verify',
      title: '一个合成的行动',
      steps: ['第一步', '第二步 {tel:p}'],
      basis: [{ source: 's', says: '依据' }],
    };
    if (k > 0)
      rules.push({ action: `a${String(k)}`, when: { question: `q${String((k * 7) % size)}`, anyOf: ['a', 'c'] } });
  }
  nodes.push({
    kind: 'outcome',
    id: 'result',
    title: '结果',
    verdicts: [{ verdict: 'v', when: { question: 'q0', anyOf: ['a'] } }],
    fallbackVerdict: 'w',
    actions: rules,
  });
  const flow = { id: 'synthetic', version: 1, title: '合成', summary: '测试用', start: 'q0', nodes };
  const json = (v: unknown) => JSON.stringify(v);
  return [
    { path: 'flows/synthetic.json', text: json(flow) },
    { path: 'flows/shared/actions.json', text: json(actions) },
    { path: 'flows/shared/contact-log.json', text: syntheticContactLog() },
    {
      path: 'flows/shared/ui.json',
      text: readFileSync(join(import.meta.dirname, '..', '..', 'flows', 'shared', 'ui.json'), 'utf8'),
    },
    {
      path: 'flows/shared/sources.json',
      text: json({ s: { title: '来源', reliability: 'secondary', checked: '2026-01-01' } }),
    },
    {
      path: 'flows/shared/phones.json',
      text: json({ p: { number: '110', name: '报警', citation: { source: 's', says: '报警' } } }),
    },
    {
      path: 'flows/shared/verdicts.json',
      text: json({
        v: { rank: 1, tone: 'calm', title: '甲', summary: '甲' },
        w: { rank: 2, tone: 'calm', title: '乙', summary: '乙' },
      }),
    },
    { path: 'flows/shared/lenders.json', text: json({}) },
  ];
}

/** The median of `repeat` timed runs after one warm-up: a garbage collection in one run does not skew it. */
function time<T>(run: () => T, repeat = 1): { ms: number; value: T } {
  let value = run();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, value };
}

export interface EngineFigures {
  nodes: number;
  lintMs: number;
  buildMs: number;
  actionListMs: number;
  pathsMs: number;
  paths: number;
}

export function measure(size: number, pathCap: number, withMachine: boolean): EngineFigures {
  const files = syntheticFiles(size);
  const repeat = size >= 10_000 ? 5 : size >= 1000 ? 9 : 21;
  const lint = time(() => loadFlowBundle(files, '2026-11-23', { checkTranslations: false }), repeat);
  if (!lint.value.ok) throw new Error(lint.value.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const { bundle } = lint.value;
  const flow = bundle.flows.synthetic;
  if (!flow) throw new Error('no synthetic flow');
  const answers = Object.fromEntries(flow.nodes.filter((n) => n.kind === 'question').map((n) => [n.id, ['a']]));
  const list = time(() => selectActions(flow, bundle.catalogue, answers), repeat);
  if (!list.value || list.value.groups.length === 0) throw new Error('empty result');
  if (!withMachine) return { nodes: size, lintMs: lint.ms, buildMs: 0, actionListMs: list.ms, pathsMs: 0, paths: 0 };
  // Each question can hand on to any later step (a confirmed description may answer several at once), so the
  // machine has a transition per pair of steps: quadratic by design, a few at 1,000 steps.
  const build = time(() => buildTriageMachine(flow), size >= 1000 ? 1 : repeat);
  const machine = build.value;
  const paths = time(
    () =>
      getShortestPaths(machine, {
        events: (s) => {
          const q = questionById(flow, s.value);
          return q
            ? q.options.map((o) => ({ type: 'answer' as const, optionIds: [o.id] }))
            : [{ type: 'review.confirm' as const }];
        },
        serializeState: (s) => s.value,
        limit: pathCap,
      }),
    1,
  );
  return {
    nodes: size,
    lintMs: lint.ms,
    buildMs: build.ms,
    actionListMs: list.ms,
    pathsMs: paths.ms,
    paths: paths.value.length,
  };
}
