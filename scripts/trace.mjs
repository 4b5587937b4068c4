// `npm run trace`: where the main thread's time goes at 4× CPU slowdown, on a fresh visit of a source-mapped production
// build: the start (navigation → the first question responds) and one tap, by default the one that opens the result.
/* global document, requestAnimationFrame -- code inside page.evaluate runs in the page */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium } from '@playwright/test';
import { markReady, readyAt } from './bench/ready.mjs';
import { serveDist } from './serve-dist.mjs';

const RUNS = Math.max(1, Number(process.env.TRACE_RUNS ?? 3));
// TRACE_TAP: which tap of the journey to trace (1 is the first question's); the last one, which opens the result,
// unless set.
const TRACED_TAP = process.env.TRACE_TAP === undefined ? undefined : Number(process.env.TRACE_TAP);
if (TRACED_TAP !== undefined && !(Number.isInteger(TRACED_TAP) && TRACED_TAP >= 1))
  throw new Error(`trace: TRACE_TAP counts the journey's taps from 1, not "${String(process.env.TRACE_TAP)}"`);
// TRACE_DIST: a build made elsewhere (an earlier one, for a comparison); its code is named by file, not by source.
const given = process.env.TRACE_DIST;
const out = given ?? mkdtempSync(join(tmpdir(), 'trace-build-'));
if (!given)
  execFileSync('npx', ['vite', 'build', '--sourcemap', 'hidden', '--outDir', out, '--logLevel', 'error'], {
    stdio: 'inherit',
  });
const maps = new Map(
  readdirSync(join(out, 'assets'))
    .filter((f) => f.endsWith('.js.map'))
    .map((f) => [f.replace(/\.map$/, ''), new TraceMap(readFileSync(join(out, 'assets', f), 'utf8'))]),
);

/**
 * Which part of the app a source file belongs to: packages by name, our code by its folder; a built-in or a call
 * into the browser by its name (a heading's `focus` includes the style and layout it forces).
 */
function component(url, line, column, name) {
  const file = url.split('/').pop()?.split('?')[0] ?? '';
  const map = maps.get(file);
  if (!map) return url ? `(${file || url})` : name ? `(built-in or browser call: ${name})` : '(DOM and built-in calls)';
  const source = originalPositionFor(map, { line: line + 1, column }).source ?? '';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const ours = /src\/(.*)$/.exec(source);
  if (ours) return `src/${ours[1]}`;
  return source.includes('virtual:') || source.startsWith('\0') ? '(flow data)' : `(${source || file})`;
}

const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set(['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'PaintImage', 'Commit']);

const mainThreads = new WeakMap();
/** Whether an event ran on a page's main thread (the renderer's CrRendererMain). */
function isMain(events, event) {
  let threads = mainThreads.get(events);
  if (!threads) {
    threads = new Set(
      events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${String(e.pid)}:${String(e.tid)}`),
    );
    mainThreads.set(events, threads);
  }
  return threads.has(`${String(event.pid)}:${String(event.tid)}`);
}

/** Main-thread figures inside [from, to] (trace microseconds): style, layout and paint by event; long tasks. */
function traceFigures(events, from, to) {
  // Events that overlap the window: the tap's own task starts just before the mark its script makes.
  const inWindow = events.filter((e) => e.ph === 'X' && e.ts + (e.dur ?? 0) >= from && e.ts <= to && isMain(events, e));
  const sum = (names) => inWindow.filter((e) => names.has(e.name)).reduce((t, e) => t + (e.dur ?? 0), 0) / 1000;
  const tasks = inWindow.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000).map((e) => e.dur / 1000);
  return { style: sum(STYLE), layout: sum(LAYOUT), paint: sum(PAINT), longTasks: tasks };
}

/** Self time of each component in a CPU profile, between two profile timestamps. */
function profileFigures(profile, from, to) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const by = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < from || t > to) return;
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    const key =
      frame.functionName === '(garbage collector)'
        ? '(garbage collection)'
        : frame.functionName === '(program)'
          ? '(browser: parsing, style, layout, paint)'
          : component(frame.url, frame.lineNumber, frame.columnNumber, frame.functionName);
    by.set(key, (by.get(key) ?? 0) + dt);
  });
  return by;
}

async function traced(page, cdp, act) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  const span = await act();
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return { events, profile, span };
}

/** The benchmark's tap: the last one-tap option, or the last box and Continue; resolves once the next frame began. */
async function tapLast() {
  const taps = [...document.querySelectorAll('main .choice-tap')];
  const boxes = [...document.querySelectorAll('main form.question input[type=checkbox]')];
  const last = boxes.at(-1);
  if (!taps.length && last && !last.checked) last.click();
  const button = taps.at(-1) ?? [...document.querySelectorAll('main button')].find((b) => b.textContent === '继续');
  if (!button) return undefined;
  performance.mark('trace-from');
  button.click();
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  performance.mark('trace-to');
  return true;
}

const server = await serveDist(out);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const phases = { start: [], tap: [] };
let tapsToResult = 0;
let tracedTap = 0;
try {
  {
    // How many taps the journey takes: the last one opens the result.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    while (tapsToResult < 30 && (await page.evaluate(tapLast))) tapsToResult += 1;
    await context.close();
  }
  if (tapsToResult === 0) throw new Error('trace: the first question has no button to tap');
  if (TRACED_TAP !== undefined && TRACED_TAP > tapsToResult)
    throw new Error(`trace: the journey has ${String(tapsToResult)} taps; TRACE_TAP is ${String(TRACED_TAP)}`);
  tracedTap = TRACED_TAP ?? tapsToResult;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await markReady(page);
    // The start: from navigation until the app has taken over the first question.
    const start = await traced(page, cdp, async () => {
      await page.goto(server.url);
      await readyAt(cdp);
      return 'navigation';
    });
    phases.start.push(start);
    await page.waitForLoadState('networkidle');
    // The journey of the benchmark (the last option each time), untraced, up to the traced tap.
    for (let step = 0; step < tracedTap - 1; step++) await page.evaluate(tapLast);
    await page.waitForTimeout(300);
    phases.tap.push(
      await traced(page, cdp, async () =>
        page.evaluate(tapLast).then((tapped) => {
          if (!tapped) throw new Error(`trace: the journey has no tap ${String(tracedTap)}`);
          return 'tap';
        }),
      ),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  if (!given) rmSync(out, { recursive: true, force: true });
}

if (process.env.TRACE_DUMP)
  (await import('node:fs')).writeFileSync(
    process.env.TRACE_DUMP,
    JSON.stringify(Object.fromEntries(Object.entries(phases).map(([k, runs]) => [k, runs.map((r) => r.events)]))),
  );
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
for (const [name, runs] of Object.entries(phases)) {
  const figures = runs.map(({ events, profile, span }) => {
    // The window is marked in the trace (the trace and the profile share one clock, in microseconds).
    const mark = (label) => events.filter((e) => e.name === label).at(-1)?.ts;
    const to = mark('trace-to');
    const from =
      span === 'navigation' ? events.find((e) => e.name === 'TracingStartedInBrowser')?.ts : mark('trace-from');
    if (from === undefined || to === undefined) throw new Error(`trace: the ${name} window was not marked`);
    return { wall: (to - from) / 1000, ...traceFigures(events, from, to), script: profileFigures(profile, from, to) };
  });
  console.log(
    `\n## ${
      name === 'start'
        ? 'Start: navigation → first question responds'
        : tracedTap === tapsToResult
          ? 'Tap that opens the result → painted'
          : `Tap ${String(tracedTap)} of ${String(tapsToResult)} → next screen painted`
    } (median of ${String(runs.length)} runs, ms at 4×)`,
  );
  console.log(`wall time ${median(figures.map((f) => f.wall)).toFixed(0)}`);
  const keys = new Set(figures.flatMap((f) => [...f.script.keys()]));
  const rows = [...keys]
    .map((k) => [k, median(figures.map((f) => f.script.get(k) ?? 0))])
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1]);
  const scriptTotal = median(figures.map((f) => [...f.script.values()].reduce((a, b) => a + b, 0)));
  console.log(`script (sampled self time, all components) ${scriptTotal.toFixed(0)}`);
  for (const [k, ms] of rows.slice(0, 25)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${k}`);
  for (const k of ['style', 'layout', 'paint']) console.log(`${k} ${median(figures.map((f) => f[k])).toFixed(0)}`);
  console.log(
    `long tasks (> 50 ms): ${figures.map((f) => `[${f.longTasks.map((t) => t.toFixed(0)).join(', ')}]`).join(' ')}`,
  );
}
