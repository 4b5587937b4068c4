// The content report: per flow, every listed outcome (answers → verdicts → sourced actions), a sources index
// and the facts not re-checked for six months, as Markdown and as HTML. Built from the app's own engine.
import { plainText } from '../src/flow/actionList.ts';
import type { ResolvedCitation } from '../src/flow/actionList.ts';
import { questionById } from '../src/flow/graph.ts';
import { lenderFieldsIn } from '../src/flow/lenders.ts';
import { countDistinctResults, everyAnswerSet, groupOutcomes } from '../src/check/outcomes.ts';
import type { Outcome, ResultCount } from '../src/check/outcomes.ts';
import type { Answers, Catalogue, Citation, Flow, FlowBundle, Source } from '../src/flow/schema.ts';
import { LENDER_FIELDS } from '../src/flow/vocabulary.ts';
import { allPathsAnswerSets } from '../src/check/routes.ts';

/** Facts whose source was last checked longer ago than this are listed as stale. */
export const STALE_AFTER_MONTHS = 6;
/** Flows with at most this many answer combinations list every one; larger ones list the all-paths test's sets. */
export const LIST_EVERY_COMBINATION_UP_TO = 5000;
/** Answer sets printed under each outcome; the rest are counted. */
const ANSWER_SETS_SHOWN = 5;

const RELIABILITY: Record<Source['reliability'], string> = {
  'verified-primary': '已核对原文',
  secondary: '依据媒体或二手资料',
};

/** One statement in the content that rests on a source. */
export interface CitingStatement {
  /** What makes the statement: "action verifyCourtPapers", "phone court", "lender webank.hotline". */
  where: string;
  article?: string;
  says: string;
}

export interface SourceUse {
  sourceId: string;
  source: Source;
  citedBy: CitingStatement[];
  stale: boolean;
}

export interface FlowReport {
  flowId: string;
  outcomes: Outcome[];
  /** Answer sets listed: every combination, or (for large flows) the all-paths test's paths and variants. */
  answerSets: number;
  /** True when every answer combination is listed, so the outcomes are every distinct result of the flow. */
  everyCombinationListed: boolean;
  paths: number;
  routes: number;
  /** Every answer combination, counted but not listed. */
  everyCombination: ResultCount;
  sources: SourceUse[];
  staleFacts: number;
  markdown: string;
  html: string;
}

/** yyyy-mm-dd, STALE_AFTER_MONTHS before today. */
export function staleBefore(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - STALE_AFTER_MONTHS);
  return date.toISOString().slice(0, 10);
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Markdown that renders literally: characters Markdown or HTML would interpret are escaped. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

const TEL = /\{tel:([^}]*)\}/g;

/** Every source a flow's content rests on, with the statements that cite it. */
export function sourcesOf(flow: Flow, catalogue: Catalogue, staleDate: string): SourceUse[] {
  const uses = new Map<string, CitingStatement[]>();
  const cite = (where: string, c: Citation) => {
    uses.set(c.source, [
      ...(uses.get(c.source) ?? []),
      { where, ...(c.article === undefined ? {} : { article: c.article }), says: c.says },
    ]);
  };
  const phonesSeen = new Set<string>();
  const lenderFieldsSeen = new Set<string>();
  const fromText = (texts: string[]) => {
    for (const text of texts) {
      for (const m of text.matchAll(TEL)) phonesSeen.add(m[1] ?? '');
      for (const field of lenderFieldsIn(text)) lenderFieldsSeen.add(field);
    }
  };
  const actionIds = new Set<string>();
  const verdictIds = new Set<string>();
  for (const node of flow.nodes)
    if (node.kind === 'question') for (const id of node.guidance ?? []) actionIds.add(id);
    else {
      for (const rule of node.actions) actionIds.add(rule.action);
      for (const rule of node.verdicts) verdictIds.add(rule.verdict);
      verdictIds.add(node.fallbackVerdict);
    }
  for (const id of actionIds) {
    const action = catalogue.actions[id];
    if (!action) continue;
    for (const c of action.basis) cite(`action ${id}`, c);
    fromText([action.title, ...action.steps]);
  }
  for (const id of verdictIds) {
    const verdict = catalogue.verdicts[id];
    if (!verdict) continue;
    for (const c of verdict.basis ?? []) cite(`verdict ${id}`, c);
    fromText([verdict.title, verdict.summary]);
  }
  const profiles = flow.lenders ? new Set([...Object.values(flow.lenders.byOption ?? {}), flow.lenders.otherwise]) : [];
  for (const profileId of profiles) {
    const profile = catalogue.lenders[profileId];
    if (!profile) continue;
    for (const field of LENDER_FIELDS)
      if (lenderFieldsSeen.has(field)) {
        for (const c of profile[field].basis) cite(`lender ${profileId}.${field}`, c);
        fromText([profile[field].text]);
      }
  }
  for (const phoneId of phonesSeen) {
    const phone = catalogue.phones[phoneId];
    if (phone) cite(`phone ${phoneId} (${phone.number})`, phone.citation);
  }
  return [...uses]
    .flatMap(([sourceId, citedBy]) => {
      const source = catalogue.sources[sourceId];
      return source ? [{ sourceId, source, citedBy, stale: source.checked < staleDate }] : [];
    })
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId));
}

/** "现在是否安全：都没有；联系方式：发短信、打电话" in the order the questions are asked. */
function describeAnswers(flow: Flow, answers: Answers): string[] {
  return Object.entries(answers).flatMap(([questionId, optionIds]) => {
    const question = questionById(flow, questionId);
    if (!question) return [];
    const labels = question.options.filter((o) => optionIds.includes(o.id)).map((o) => o.label);
    return [`${question.reviewLabel}：${labels.join('、')}`];
  });
}

function citationLine(c: ResolvedCitation): string {
  return `${c.source.title}${c.article ? ` ${c.article}` : ''}：${c.says}（${RELIABILITY[c.source.reliability]}，核对 ${c.source.checked}）`;
}

interface Summary {
  flow: Flow;
  /** The group headings the app shows (flows/shared/ui.json). */
  groupLabels: Catalogue['ui']['groups'];
  today: string;
  staleDate: string;
  listed: { answerSets: number; paths: number; routes: number; every: boolean };
  everyCombination: ResultCount;
  outcomes: Outcome[];
  sources: SourceUse[];
  staleFacts: number;
}

function summaryLines(s: Summary): string[] {
  return [
    `生成日期 ${s.today}；流程版本 ${String(s.flow.version)}。`,
    s.listed.every
      ? `列出的答案组合：全部 ${String(s.listed.answerSets)} 组（沿着流程图走遍每条路线，每题试每个选项，多选题再试全选；条件区分不了的选项合并）。它们给出 ${String(s.outcomes.length)} 个不同的结果，下面逐一列出，这就是这个流程所有可能的结果。`
      : `列出的答案组合：${String(s.listed.answerSets)} 组（xstate/graph 从流程生成的状态机里枚举出 ${String(s.listed.paths)} 条路径、${String(s.listed.routes)} 条不同路线，再把每条路径上的每一题换成其他每种回答）。它们给出 ${String(s.outcomes.length)} 个不同的结果，下面逐一列出。`,
    `全部答案组合（每题的每个选项，以及多选题全选；条件区分不了的选项合并）：${String(s.everyCombination.answerSets)} 组，共 ${String(s.everyCombination.distinctResults)} 个不同的结果（按结论、清单条目和放贷方资料区分）。${s.listed.every ? '' : '数量太多，不逐一列出；每一条清单规则和每个结论都出现在下面列出的结果里。'}`,
    `引用的来源：${String(s.sources.length)} 个；超过 ${String(STALE_AFTER_MONTHS)} 个月（${s.staleDate} 以前）没有重新核对的：${String(s.sources.filter((x) => x.stale).length)} 个来源、${String(s.staleFacts)} 条说法。`,
  ];
}

function toMarkdown(s: Summary): string {
  const out: string[] = [];
  out.push(`# 内容报告：${md(s.flow.title)}（${s.flow.id}）`, '');
  for (const line of summaryLines(s)) out.push(`- ${md(line)}`);
  out.push('', '## 结果', '');
  for (const o of s.outcomes) {
    out.push(`### 结果 ${String(o.number)}`, '');
    out.push(
      `导向这个结果的回答（共 ${String(o.answerSets.length)} 组${o.answerSets.length > ANSWER_SETS_SHOWN ? `，列出前 ${String(ANSWER_SETS_SHOWN)} 组` : ''}）：`,
      '',
    );
    for (const answers of o.answerSets.slice(0, ANSWER_SETS_SHOWN))
      out.push(`- ${describeAnswers(s.flow, answers).map(md).join('；')}`);
    out.push('', '结论：', '');
    for (const v of o.verdicts) {
      out.push(`- **${md(v.title)}**（${v.tone}）：${md(plainText(v.summary))}`);
      for (const c of v.citations) out.push(`  - 依据：${md(citationLine(c))}`);
    }
    out.push('', '清单：', '');
    o.actions.forEach((a, i) => {
      out.push(`${String(i + 1)}. **${md(plainText(a.title))}**（${s.groupLabels[a.group]}，${a.id}）`);
      for (const step of a.steps) out.push(`   - ${md(plainText(step))}`);
      for (const c of a.citations) out.push(`   - 依据：${md(citationLine(c))}`);
    });
    out.push('');
  }
  out.push('## 来源索引', '');
  for (const u of s.sources) {
    out.push(
      `### ${md(u.sourceId)}`,
      '',
      `${md(u.source.title)}${u.source.publisher ? `（${md(u.source.publisher)}）` : ''}；${RELIABILITY[u.source.reliability]}；核对 ${u.source.checked}${u.stale ? '（已超过六个月）' : ''}${u.source.url ? `；${md(u.source.url)}` : ''}`,
      '',
    );
    for (const c of u.citedBy) out.push(`- ${md(c.where)}${c.article ? ` ${md(c.article)}` : ''}：${md(c.says)}`);
    out.push('');
  }
  out.push(`## 超过 ${String(STALE_AFTER_MONTHS)} 个月没有重新核对的说法`, '');
  const stale = s.sources.filter((u) => u.stale);
  if (stale.length === 0) out.push(`没有。所有来源都在 ${s.staleDate} 之后核对过。`);
  for (const u of stale)
    for (const c of u.citedBy)
      out.push(`- ${md(u.source.title)}（核对 ${u.source.checked}）· ${md(c.where)}：${md(c.says)}`);
  out.push('');
  return out.join('\n');
}

function toHtml(s: Summary): string {
  const e = escapeHtml;
  const out: string[] = [];
  out.push(
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>内容报告：${e(s.flow.title)}</title>`,
    '<style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.6}section.outcome{border-top:2px solid #ccc;margin-top:1.5rem}.cite{color:#444;font-size:.9em}.stale{color:#a00}</style>',
    '</head><body>',
    `<h1>内容报告：${e(s.flow.title)}（${e(s.flow.id)}）</h1>`,
    '<ul>',
    ...summaryLines(s).map((line) => `<li>${e(line)}</li>`),
    '</ul>',
    '<h2>结果</h2>',
  );
  for (const o of s.outcomes) {
    out.push(`<section class="outcome" id="outcome-${String(o.number)}"><h3>结果 ${String(o.number)}</h3>`);
    out.push(
      `<p>导向这个结果的回答（共 ${String(o.answerSets.length)} 组${o.answerSets.length > ANSWER_SETS_SHOWN ? `，列出前 ${String(ANSWER_SETS_SHOWN)} 组` : ''}）：</p><ul>`,
    );
    for (const answers of o.answerSets.slice(0, ANSWER_SETS_SHOWN))
      out.push(`<li>${describeAnswers(s.flow, answers).map(e).join('；')}</li>`);
    out.push('</ul><p>结论：</p><ul>');
    for (const v of o.verdicts) {
      out.push(`<li><strong>${e(v.title)}</strong>（${e(v.tone)}）：${e(plainText(v.summary))}<ul>`);
      for (const c of v.citations) out.push(`<li class="cite">依据：${e(citationLine(c))}</li>`);
      out.push('</ul></li>');
    }
    out.push('</ul><p>清单：</p><ol>');
    for (const a of o.actions) {
      out.push(`<li><strong>${e(plainText(a.title))}</strong>（${e(s.groupLabels[a.group])}，${e(a.id)}）<ul>`);
      for (const step of a.steps) out.push(`<li>${e(plainText(step))}</li>`);
      for (const c of a.citations) out.push(`<li class="cite">依据：${e(citationLine(c))}</li>`);
      out.push('</ul></li>');
    }
    out.push('</ol></section>');
  }
  out.push('<h2>来源索引</h2>');
  for (const u of s.sources) {
    out.push(
      `<h3 id="source-${e(u.sourceId)}">${e(u.sourceId)}</h3>`,
      `<p>${e(u.source.title)}${u.source.publisher ? `（${e(u.source.publisher)}）` : ''}；${e(RELIABILITY[u.source.reliability])}；<span${u.stale ? ' class="stale"' : ''}>核对 ${e(u.source.checked)}</span>${u.source.url ? `；${e(u.source.url)}` : ''}</p><ul>`,
    );
    for (const c of u.citedBy) out.push(`<li>${e(c.where)}${c.article ? ` ${e(c.article)}` : ''}：${e(c.says)}</li>`);
    out.push('</ul>');
  }
  out.push(`<h2>超过 ${String(STALE_AFTER_MONTHS)} 个月没有重新核对的说法</h2>`);
  const stale = s.sources.filter((u) => u.stale);
  if (stale.length === 0) out.push(`<p>没有。所有来源都在 ${e(s.staleDate)} 之后核对过。</p>`);
  else {
    out.push('<ul>');
    for (const u of stale)
      for (const c of u.citedBy)
        out.push(
          `<li class="stale">${e(u.source.title)}（核对 ${e(u.source.checked)}）· ${e(c.where)}：${e(c.says)}</li>`,
        );
    out.push('</ul>');
  }
  out.push('</body></html>', '');
  return out.join('\n');
}

export function buildFlowReport(flow: Flow, catalogue: Catalogue, today: string): FlowReport {
  const graph = allPathsAnswerSets(flow);
  const every = everyAnswerSet(flow, LIST_EVERY_COMBINATION_UP_TO);
  const answerSets = every ?? graph.answerSets;
  const outcomes = groupOutcomes(flow, catalogue, answerSets);
  const staleDate = staleBefore(today);
  const sources = sourcesOf(flow, catalogue, staleDate);
  const staleFacts = sources.filter((u) => u.stale).reduce((n, u) => n + u.citedBy.length, 0);
  const summary: Summary = {
    flow,
    groupLabels: catalogue.ui.groups,
    today,
    staleDate,
    listed: { answerSets: answerSets.length, paths: graph.paths, routes: graph.routes, every: every !== undefined },
    everyCombination: countDistinctResults(flow, catalogue),
    outcomes,
    sources,
    staleFacts,
  };
  return {
    flowId: flow.id,
    outcomes,
    answerSets: answerSets.length,
    everyCombinationListed: every !== undefined,
    paths: graph.paths,
    routes: graph.routes,
    everyCombination: summary.everyCombination,
    sources,
    staleFacts,
    markdown: toMarkdown(summary),
    html: toHtml(summary),
  };
}

export function buildContentReport(bundle: FlowBundle, today: string): FlowReport[] {
  return Object.values(bundle.flows).map((flow) => buildFlowReport(flow, bundle.catalogue, today));
}
