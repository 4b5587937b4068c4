// `npm run lighthouse`: Lighthouse (mobile, simulated throttling) in Debian's Chromium against the production
// build; prints the scores and LCP and fails below the thresholds in perf-budget.json. Needs `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve-dist.mjs';

if (!existsSync('dist/index.html')) {
  console.error('no dist/ (run `npm run build` first)');
  process.exit(1);
}
const { lighthouse: limits } = JSON.parse(readFileSync('perf-budget.json', 'utf8'));
const server = await serveDist('dist');
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
/** Lighthouse's performance score moves from run to run with what else the machine is doing (its blocking time
 * most), so it runs RUNS times (5 unless set) and the median run by performance score is the one judged, as
 * Lighthouse's own guidance on variability advises. */
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 5));
const runs = [];
try {
  // Lighthouse's defaults are the mobile profile with simulated throttling. A run in which Lighthouse itself could
  // not measure (its runtimeError, e.g. no paint seen in the trace) gives no score; that run is repeated once, so a
  // failed measurement is not read as a score of 0.
  for (let run = 1; run <= RUNS; run += 1)
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const measured = await lighthouse(`${server.url}/`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const error = measured?.lhr.runtimeError;
      if (!error && measured?.lhr.categories.performance?.score != null) {
        runs.push(measured);
        const { audits } = measured.lhr;
        console.log(
          `     run ${String(run)}: performance ${String(measured.lhr.categories.performance.score)}, ` +
            `Total Blocking Time ${String(Math.round(audits['total-blocking-time']?.numericValue ?? NaN))} ms, ` +
            `LCP ${String(Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN))} ms, ` +
            // Lighthouse's CPU slowdown is relative to this machine: its benchmark tells how fast the host was.
            `host benchmark ${String(Math.round(measured.lhr.environment.benchmarkIndex))}`,
        );
        break;
      }
      console.log(
        `     Lighthouse could not measure (${error?.code ?? 'no performance score'}): run ${String(run)}, attempt ${String(attempt)} of 2`,
      );
    }
} finally {
  await chrome.kill();
  await server.close();
}
const byScore = [...runs].sort(
  (a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0),
);
const result = byScore[Math.floor((byScore.length - 1) / 2)];
if (!result) throw new Error('Lighthouse returned no result');
console.log(`     judged: the median of ${String(runs.length)} runs, by performance score and by LCP`);
if (process.env.LH_DUMP) (await import('node:fs')).writeFileSync(process.env.LH_DUMP, JSON.stringify(result.lhr));
const { categories, audits } = result.lhr;
// LCP is judged on its own median over the runs too: the run with the median score may be the one whose LCP strayed
// (a clean-clone run scored 0.84-0.95 with LCP 1,017-1,188 ms in four runs and 1,840 ms in the median-scored one).
const lcps = runs
  .map((r) => r.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.POSITIVE_INFINITY)
  .sort((a, b) => a - b);
const lcp = lcps[Math.floor((lcps.length - 1) / 2)] ?? Number.POSITIVE_INFINITY;
const checks = [
  ['performance', categories.performance?.score ?? 0, limits.performance, '>='],
  ['accessibility', categories.accessibility?.score ?? 0, limits.accessibility, '>='],
  ['best-practices', categories['best-practices']?.score ?? 0, limits.bestPractices, '>='],
  ['SEO', categories.seo?.score ?? 0, limits.seo, '>='],
  ['LCP (ms, median of the runs)', Math.round(lcp), limits.lcpMs, '<='],
];
let failed = false;
for (const [label, value, limit, op] of checks) {
  const ok = op === '>=' ? value >= limit : value <= limit;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${String(value)} (needs ${op} ${String(limit)})`);
}
for (const id of ['first-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'interactive'])
  console.log(`     ${audits[id]?.title ?? id}: ${audits[id]?.displayValue ?? '—'}`);
for (const [id, category] of Object.entries(categories))
  if ((category.score ?? 0) < 1)
    for (const ref of category.auditRefs)
      if (ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        console.log(`     ${id}: ${audits[ref.id]?.title ?? ref.id}`);
if (failed) process.exit(1);
