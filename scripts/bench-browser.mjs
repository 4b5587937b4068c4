// Browser half of `npm run bench`: the production build in Debian's Chromium at 4× CPU slowdown; time until the first
// question responds, and from each tap on Continue to the next screen painted, over whole journeys; beside it, the
// script part of each tap alone, and the floor of that measure: the same timing around a change of one line of text.
/* global document, window, MutationObserver, requestAnimationFrame -- code inside page.evaluate runs in the page */
import { chromium } from '@playwright/test';
import { serveDist } from './serve-dist.mjs';

const JOURNEYS = 5;
const FLOOR_TAPS = 40;
const TARGET_P95_MS = 16;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/** A fresh profile each time: a first visit, nothing cached, on a small phone's screen at 4× CPU slowdown. */
async function freshVisit(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

/**
 * The same timing as a tap, around the smallest visible change there is: a button whose click sets one heading's text.
 * A tap lands anywhere in a frame and its change shows at the next frame at the earliest, so this is what the timing
 * costs with no work at all.
 */
async function measureFloor(page) {
  return page.evaluate(async (count) => {
    const heading = document.querySelector('main h1');
    const button = document.createElement('button');
    button.textContent = '·';
    document.body.append(button);
    let n = 0;
    button.addEventListener('click', () => {
      n += 1;
      if (heading) heading.textContent = `${String(n)}`;
    });
    const out = [];
    for (let i = 0; i < count; i++) {
      // Spaced unevenly so the taps fall at different points of a frame, as a person's do.
      await new Promise((done) => setTimeout(done, 60 + (i % 7) * 7));
      const start = performance.now();
      button.click();
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      out.push(performance.now() - start);
    }
    button.remove();
    return out;
  }, FLOOR_TAPS);
}

export async function benchBrowser() {
  const server = await serveDist('dist');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const taps = [];
  const ready = [];
  let floor = [];
  try {
    for (let run = 0; run < JOURNEYS; run++) {
      const { context, page } = await freshVisit(browser);
      await page.addInitScript(() => {
        new MutationObserver((_records, observer) => {
          if (!document.documentElement.hasAttribute('data-ready')) return;
          window.readyAt = performance.now();
          observer.disconnect();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
      });
      await page.goto(server.url);
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      ready.push(await page.evaluate(() => window.readyAt));
      // Let the second download arrive, as it does while a person reads the first question.
      await page.waitForLoadState('networkidle');
      for (let step = 0; step < 20; step++) {
        const tap = await page.evaluate(async () => {
          const choices = [...document.querySelectorAll('main input[type=radio], main input[type=checkbox]')];
          const last = choices.filter((c) => !c.closest('.action-done')).at(-1);
          if (last && !last.checked) last.click();
          const button = [...document.querySelectorAll('main button')].find((b) =>
            ['继续', '查看我的应对清单'].includes(b.textContent ?? ''),
          );
          if (!button) return undefined;
          const start = performance.now();
          button.click();
          // React renders a tap's update in a microtask queued during the click, so this one runs once the new screen
          // is committed and its effects have run: the script part of the tap, before the browser's own rendering.
          const committed = new Promise((done) => queueMicrotask(() => done(performance.now() - start)));
          // The frame after the one that shows the new screen has started: the new screen has been painted.
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          return { ms: performance.now() - start, script: await committed };
        });
        if (tap === undefined) break;
        taps.push({ ...tap, screen: step });
      }
      await context.close();
    }
    // On the first question, as the journeys begin.
    const { context, page } = await freshVisit(browser);
    await page.goto(server.url);
    await page.waitForLoadState('networkidle');
    floor = await measureFloor(page);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const all = taps.map((t) => t.ms);
  const p95 = quantile(all, 0.95);
  const fmt = (n) => `${n.toFixed(1)} ms`;
  console.log(`## Browser (Chromium, 4× CPU slowdown, ${String(JOURNEYS)} fresh first visits)`);
  console.log(
    `time until the first question responds: median ${fmt(quantile(ready, 0.5))}, worst ${fmt(Math.max(...ready))}`,
  );
  console.log(
    `tap on Continue → next screen painted (${String(all.length)} taps): median ${fmt(quantile(all, 0.5))}, p95 ${fmt(p95)}, max ${fmt(Math.max(...all))}`,
  );
  const steps = Math.max(...taps.map((t) => t.screen)) + 1;
  const perStep = (key) =>
    Array.from({ length: steps }, (_, i) =>
      quantile(
        taps.filter((t) => t.screen === i).map((t) => t[key]),
        0.5,
      ),
    )
      .map((ms) => ms.toFixed(0))
      .join(', ');
  console.log(`median per tap along the journey: ${perStep('ms')} ms`);
  const script = taps.map((t) => t.script);
  console.log(
    `of which script, tap → new screen committed (not painted; any layout it forces included): median ${fmt(quantile(script, 0.5))}, p95 ${fmt(quantile(script, 0.95))}; per tap ${perStep('script')} ms`,
  );
  console.log(
    `floor of this measure, on the first question: one line of text changed by plain DOM, no framework, nothing else (${String(floor.length)} taps): median ${fmt(quantile(floor, 0.5))}, p95 ${fmt(quantile(floor, 0.95))}, max ${fmt(Math.max(...floor))}`,
  );
  console.log(`p95 target ≤ ${String(TARGET_P95_MS)} ms: ${p95 <= TARGET_P95_MS ? 'met' : 'not met'}\n`);
}
