// `npm run flows:report`: writes the content report for every flow to reports/flows/ (Markdown and HTML)
// and prints the figures; the report is built by the app's own engine through scripts/content-report.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const OUT = 'reports/flows';
const files = (await runnerImport('./scripts/flow-files.ts')).module;
const { module } = await runnerImport('./scripts/content-report.ts');
const today = files.today();
const reports = module.buildContentReport(files.loadFlowDir(process.cwd()), today);
mkdirSync(OUT, { recursive: true });
for (const r of reports) {
  writeFileSync(`${OUT}/${r.flowId}.md`, r.markdown);
  writeFileSync(`${OUT}/${r.flowId}.html`, r.html);
  console.log(
    `${r.flowId}: ${r.outcomes.length} distinct outcomes listed from ${r.answerSets} answer sets ` +
      (r.everyCombinationListed
        ? '(every combination)'
        : `(${r.paths} graph paths over ${r.routes} routes and their single-answer variants)`) +
      `; every combination: ${r.everyCombination.answerSets} answer sets, ${r.everyCombination.distinctResults} ` +
      `distinct results; ${r.sources.length} sources, ` +
      `${r.staleFacts} stale facts → ${OUT}/${r.flowId}.{md,html}`,
  );
}
