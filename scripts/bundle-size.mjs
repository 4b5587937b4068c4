// Prints the built bundle's size per file (raw and gzip) and fails when perf-budget.json is exceeded.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8'));
const html = readFileSync(join(DIST, 'index.html'), 'utf8');

/**
 * "JS before the first question": every script index.html loads or names as the app's entry, plus everything
 * those import statically,
 * followed transitively. Dynamic import() targets are lazy and not counted; they load after the first screen.
 */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const initial = new Set();
const pending = [
  ...[...html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+\.js)"/g)].map((m) => m[1]),
  // The entry that src/boot/boot.js starts after the first paint.
  ...[...html.matchAll(/<meta name="app-entry" content="\/([^"]+\.js)"/g)].map((m) => m[1]),
];
while (pending.length > 0) {
  const file = pending.pop();
  if (initial.has(file)) continue;
  initial.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT))
    if (spec.startsWith('.')) pending.push(normalize(join(dirname(file), spec)));
}
const css = new Set([...html.matchAll(/<link\b[^>]*\bhref="\/([^"]+\.css)"/g)].map((m) => m[1]));

const files = [
  ...readdirSync(join(DIST, 'assets')).map((name) => `assets/${name}`),
  ...readdirSync(DIST).filter((name) => name.endsWith('.js')),
]
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const bytes = readFileSync(join(DIST, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const worker = (name) => name === 'sw.js' || name.startsWith('workbox-');
const when = (f) =>
  initial.has(f.name) || css.has(f.name) ? 'first screen' : worker(f.name) ? 'service worker' : 'after first screen';
console.log('file'.padEnd(40), 'raw'.padStart(10), 'gzip'.padStart(10), ' loaded');
for (const f of files.sort((a, b) => b.gzip - a.gzip))
  console.log(f.name.padEnd(40), kib(f.raw).padStart(10), kib(f.gzip).padStart(10), ` ${when(f)}`);
const sum = (pred) => files.filter(pred).reduce((n, f) => n + f.gzip, 0);
const initialJs = sum((f) => initial.has(f.name));
const allCss = sum((f) => f.name.endsWith('.css'));
const checks = [
  ['JS before the first question (gzip)', initialJs, budget.initialJsGzip],
  ['CSS (gzip)', allCss, budget.cssGzip],
];
let failed = false;
for (const [label, value, limit] of checks) {
  const ok = value <= limit;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${value} bytes (${kib(value)}) of ${limit} (${kib(limit)})`);
}
if (failed) process.exit(1);
