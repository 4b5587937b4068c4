// Waiting for the app's ready mark without adding work to the start being measured.
/* global document, window, MutationObserver -- code inside addInitScript runs in the page */

/**
 * Records when the app sets its ready mark (`html[data-ready]`), from the page's first script on. A Playwright
 * locator would evaluate Playwright's own injected script in the page first: about 200 ms of main-thread work at 4×
 * CPU slowdown, in the middle of the start being timed (seen in a trace as two tasks right after the first paint,
 * which delayed the app's start by as much).
 */
export async function markReady(page) {
  await page.addInitScript(() => {
    window.appReadyAt = new Promise((done) => {
      new MutationObserver((_records, observer) => {
        if (!document.documentElement.hasAttribute('data-ready')) return;
        performance.mark('trace-to');
        observer.disconnect();
        done(performance.now());
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    });
  });
}

/** Resolves with the page time (ms) of the ready mark, asked through the DevTools protocol alone. */
export async function readyAt(cdp) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: 'window.appReadyAt',
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails || typeof result.value !== 'number')
    throw new Error(`the ready mark was not seen: ${exceptionDetails?.text ?? String(result.value)}`);
  return result.value;
}
