// Prints the built bundle's size per file (raw and gzip) and fails when perf-budget.json is exceeded.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8'));
const html = readFileSync('dist/index.html', 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
const files = readdirSync('dist/assets').map((name) => {
  const path = join('dist/assets', name);
  const bytes = readFileSync(path);
  return { name: `assets/${name}`, raw: statSync(path).size, gzip: gzipSync(bytes, { level: 9 }).length };
});

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('file'.padEnd(40), 'raw'.padStart(12), 'gzip'.padStart(12), ' initial');
for (const f of files)
  console.log(f.name.padEnd(40), kib(f.raw).padStart(12), kib(f.gzip).padStart(12), initial.has(f.name) ? ' yes' : '');
const sum = (pred) => files.filter(pred).reduce((n, f) => n + f.gzip, 0);
const initialJs = sum((f) => initial.has(f.name) && f.name.endsWith('.js'));
const css = sum((f) => f.name.endsWith('.css'));
const checks = [
  ['JS before the first question (gzip)', initialJs, budget.initialJsGzip],
  ['CSS (gzip)', css, budget.cssGzip],
];
let failed = false;
for (const [label, value, limit] of checks) {
  const ok = value <= limit;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${value} bytes (${kib(value)}) of ${limit} (${kib(limit)})`);
}
if (failed) process.exit(1);
