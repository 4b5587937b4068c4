// `npm run bench`: prints figures (not pass/fail): bundle sizes, browser timings and how the flow engine scales.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runnerImport } from 'vite';
import { benchBrowser } from './bench-browser.mjs';
import { benchSituationMatch } from './bench/situation-match.mjs';

if (existsSync('dist/index.html')) {
  console.log('## Bundle');
  try {
    console.log(execFileSync('node', ['scripts/bundle-size.mjs'], { encoding: 'utf8' }));
  } catch (error) {
    console.log(error.stdout);
  }
  await benchBrowser();
} else console.log('## Bundle and browser: no dist/ (run `npm run build` first)\n');

console.log('## Matching a description to situations');
await benchSituationMatch();
console.log('');

console.log('## Engine scale (synthetic flows; times in ms, lower is better)');
const { module } = await runnerImport('./scripts/bench/engine.ts');
const sizes = [100, 1000, 10000];
// The machine and its paths are skipped above 1,000 nodes: every question may hand on to any later step (a confirmed
// description can answer several), so the machine is quadratic by design, as is path enumeration (each step
// re-derives the route); at 10,000 nodes the machine alone would not fit in memory. Real flows have tens of questions.
const rows = sizes.map((n) => module.measure(n, 200_000, n <= 1000));
const fmt = (x) => x.toFixed(2).padStart(10);
console.log(
  'nodes'.padStart(7),
  'schema+lint'.padStart(12),
  'machine'.padStart(10),
  'actions'.padStart(10),
  'paths'.padStart(10),
  ' (paths found)',
);
for (const r of rows)
  console.log(
    String(r.nodes).padStart(7),
    fmt(r.lintMs).padStart(12),
    r.buildMs > 0 ? fmt(r.buildMs) : 'skipped'.padStart(10),
    fmt(r.actionListMs),
    r.paths > 0 ? fmt(r.pathsMs) : 'skipped'.padStart(10),
    r.paths > 0 ? ` (${r.paths})` : '',
  );
console.log('\ngrowth per 10× nodes (≈10 means linear):');
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1];
  const b = rows[i];
  const ratio = (k) => (b[k] && a[k] ? (b[k] / a[k]).toFixed(1) : '—').padStart(6);
  console.log(
    `${a.nodes} → ${b.nodes}: schema+lint ${ratio('lintMs')}, machine ${ratio('buildMs')}, actions ${ratio('actionListMs')}, paths ${ratio('pathsMs')}`,
  );
}
