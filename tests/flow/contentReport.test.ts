// The content report lists every outcome of every flow, indexes every source, flags stale facts and escapes text.
import { beforeAll, describe, expect, it } from 'vitest';
import { orderedActions, plainText, selectActions } from '../../src/flow/actionList.ts';
import { buildContentReport, buildFlowReport, escapeHtml, staleBefore } from '../../scripts/content-report.ts';
import { miniWith, realBundle, TODAY } from '../support/fixtures.ts';

const bundle = realBundle();
// Built once, before the tests rather than while they are collected, so collecting this file costs nothing.
let reports: ReturnType<typeof buildContentReport> = [];
beforeAll(() => {
  reports = buildContentReport(bundle, TODAY);
}, 120_000);
const reportOf = (flowId: string) => {
  const found = reports.find((r) => r.flowId === flowId);
  if (!found) throw new Error(`no report for ${flowId}`);
  return found;
};

describe('the content report', () => {
  it('has a report for every flow in flows/', () => {
    expect(reports.map((r) => r.flowId)).toEqual(Object.keys(bundle.flows));
    for (const r of reports)
      console.log(
        `${r.flowId}: ${String(r.outcomes.length)} distinct outcomes listed from ${String(r.answerSets)} answer sets; ` +
          `${String(r.everyCombination.distinctResults)} distinct results over ${String(r.everyCombination.answerSets)} combinations`,
      );
  });

  describe.each(Object.keys(bundle.flows))('%s', (flowId) => {
    const flow = bundle.flows[flowId];
    if (!flow) throw new Error(`no flow ${flowId}`);

    it('lists every outcome in both documents, each with its answers, verdicts and full sourced action list', () => {
      const report = reportOf(flowId);
      expect(report.outcomes.length).toBeGreaterThan(0);
      expect(report.outcomes.reduce((n, o) => n + o.answerSets.length, 0)).toBe(report.answerSets);
      for (const o of report.outcomes) {
        expect(report.markdown).toContain(`### 结果 ${String(o.number)}\n`);
        expect(report.html).toContain(`id="outcome-${String(o.number)}"`);
        const section = report.html.slice(
          report.html.indexOf(`id="outcome-${String(o.number)}"`),
          report.html.indexOf('</section>', report.html.indexOf(`id="outcome-${String(o.number)}"`)),
        );
        for (const v of o.verdicts) expect(section).toContain(escapeHtml(v.title));
        for (const a of o.actions) {
          expect(section).toContain(escapeHtml(plainText(a.title)));
          expect(a.citations.length).toBeGreaterThan(0);
          for (const c of a.citations) expect(section).toContain(escapeHtml(c.says));
        }
      }
    });

    it('the answers listed under each outcome lead, in the app, to exactly the verdicts and actions it shows', () => {
      const report = reportOf(flowId);
      const shown = (verdicts: { id: string; title: string }[], actions: { id: string; citations: unknown[] }[]) =>
        JSON.stringify([verdicts.map((v) => [v.id, v.title]), actions.map((a) => [a.id, a.citations])]);
      const results = new Set<string>();
      for (const o of report.outcomes) {
        const listed = shown(o.verdicts, o.actions);
        expect(results.has(listed), `outcome ${String(o.number)} is listed once`).toBe(false);
        results.add(listed);
        for (const answers of o.answerSets) {
          const view = selectActions(flow, bundle.catalogue, answers);
          expect(view?.outcomeId).toBe(o.outcomeNodeId);
          if (view) expect(shown(view.verdicts, orderedActions(view))).toBe(listed);
        }
      }
    });

    it('every action rule and every verdict of the flow shows up in some listed outcome', () => {
      const report = reportOf(flowId);
      const shownActions = new Set(report.outcomes.flatMap((o) => o.actions.map((a) => a.id)));
      const shownVerdicts = new Set(report.outcomes.flatMap((o) => o.verdicts.map((v) => v.id)));
      for (const node of flow.nodes)
        if (node.kind === 'outcome') {
          for (const rule of node.actions) expect(shownActions, rule.action).toContain(rule.action);
          for (const rule of node.verdicts) expect(shownVerdicts, rule.verdict).toContain(rule.verdict);
        }
    });

    it('indexes every source with the statements citing it and its checked date', () => {
      const report = reportOf(flowId);
      const cited = new Set(
        report.outcomes.flatMap((o) => o.actions.flatMap((a) => a.citations.map((c) => c.sourceId))),
      );
      for (const id of cited) expect(report.sources.map((s) => s.sourceId)).toContain(id);
      for (const use of report.sources) {
        expect(use.citedBy.length).toBeGreaterThan(0);
        expect(report.markdown).toContain(`核对 ${use.source.checked}`);
        expect(report.html).toContain(`id="source-${use.sourceId}"`);
      }
    });
  });

  it('court-papers is small enough to list every combination: its outcomes are all of its distinct results', () => {
    const court = reports.find((r) => r.flowId === 'court-papers');
    expect(court?.everyCombinationListed).toBe(true);
    expect(court?.outcomes.length).toBe(court?.everyCombination.distinctResults);
  });

  it('nothing is stale today; six months and a day after the last check, every fact is listed as stale', () => {
    for (const r of reports) expect(r.staleFacts).toBe(0);
    expect(staleBefore('2026-11-23')).toBe('2026-05-23');
    const flow = bundle.flows['court-papers'];
    if (!flow) throw new Error('no court-papers flow');
    const lastCheck = Object.values(bundle.catalogue.sources)
      .map((s) => s.checked)
      .sort()
      .at(-1);
    const afterSixMonths = new Date(`${lastCheck ?? TODAY}T00:00:00Z`);
    afterSixMonths.setUTCMonth(afterSixMonths.getUTCMonth() + 6);
    afterSixMonths.setUTCDate(afterSixMonths.getUTCDate() + 1);
    const later = buildFlowReport(flow, bundle.catalogue, afterSixMonths.toISOString().slice(0, 10));
    const facts = later.sources.reduce((n, s) => n + s.citedBy.length, 0);
    expect(later.staleFacts).toBe(facts);
    const staleList = (text: string) => text.slice(text.lastIndexOf('个月没有重新核对的说法'));
    for (const use of later.sources)
      for (const c of use.citedBy) {
        expect(staleList(later.html)).toContain(escapeHtml(c.says));
        expect(staleList(later.markdown)).toContain(c.where);
      }
    expect(later.markdown).toContain('（已超过六个月）');
  });

  it('escapes every text in the HTML and the Markdown, so content can never become markup', () => {
    const hostile = '<img src=x onerror=alert(1)> & "引号" *粗*';
    const result = miniWith(
      {
        'flows/shared/actions.json': JSON.stringify({
          callPolice: {
            group: 'immediate',
            title: hostile,
            steps: ['拨打 {tel:police}。', hostile],
            basis: [{ source: 'policeLaw', says: hostile }],
          },
          keepRecords: {
            group: 'evidence',
            title: '记下每次联系',
            steps: ['记下时间。'],
            basis: [{ source: 'guideline', says: '投诉需要证据。' }],
          },
          complain: {
            group: 'complain',
            title: '投诉',
            steps: ['向银行投诉。'],
            basis: [{ source: 'guideline', says: '不得辱骂。' }],
          },
        }),
      },
      { checkTranslations: false },
    );
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    const flow = result.bundle.flows.mini;
    if (!flow) throw new Error('no mini flow');
    const report = buildFlowReport(flow, result.bundle.catalogue, TODAY);
    expect(report.html).not.toContain('<img');
    expect(report.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;引号&quot;');
    expect(report.markdown).not.toMatch(/(?<!\\)<img/);
    expect(report.markdown).toContain('\\<img src=x onerror=alert(1)\\> & "引号" \\*粗\\*');
  });
});
