// `npm run bench` part: how long matching a 200-character description takes, in Node and in Chromium at 4× CPU slowdown.
/* global window -- code inside page.evaluate runs in the page */
import { chromium } from '@playwright/test';
import { build } from 'rolldown';
import { runnerImport } from 'vite';

/** About 200 characters, the length the box invites: several things at once, a negation, a lender by name. */
export const DESCRIPTION =
  '我是借微粒贷逾期了三个月，最近催收每天打十几个电话，晚上十一点还在打，还说要上门找我，' +
  '又说不还就起诉我、让我坐牢。他们没有威胁要打我，但是把我欠钱的事告诉了我妈和我同事，' +
  '还让我去别的平台借钱来还，又让我加他的私人微信，把钱转到他给的个人账户上，说这样可以减免利息。' +
  '我现在很害怕，不知道这些是不是真的，也不知道该怎么办才好，能不能帮我看看。他们还说明天就派人去我老家找我爸妈，让村里人都知道我欠钱不还。';

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];

export async function benchSituationMatch(root = process.cwd()) {
  const { module: lexiconModule } = await runnerImport('./scripts/situation-lexicon.ts');
  const { module: matcher } = await runnerImport('./src/flow/situationMatch.ts');
  const catalogue = lexiconModule.situationCatalogue(root);
  const lexicon = catalogue.lexicon;
  const json = JSON.stringify(catalogue);
  const node = (segment) => {
    const times = [];
    for (let i = 0; i < 20; i++) matcher.matchSituations(DESCRIPTION, lexicon, segment);
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      matcher.matchSituations(DESCRIPTION, lexicon, segment);
      times.push(performance.now() - t);
    }
    return times;
  };
  const segmented = node(matcher.defaultSegmenter());
  const substrings = node(null);
  console.log(
    `description: ${[...DESCRIPTION].length} characters; lexicon chunk ${(json.length / 1024).toFixed(0)} KiB raw`,
  );
  console.log(
    `matched: ${matcher
      .matchSituations(DESCRIPTION, lexicon)
      .map((m) => m.id)
      .join(', ')}`,
  );
  console.log(
    `Node, 1×: Intl.Segmenter median ${quantile(segmented, 0.5).toFixed(2)} ms, p95 ${quantile(segmented, 0.95).toFixed(2)} ms; ` +
      `substring fallback median ${quantile(substrings, 0.5).toFixed(2)} ms, p95 ${quantile(substrings, 0.95).toFixed(2)} ms`,
  );

  const bundled = await build({
    input: 'src/flow/situationMatch.ts',
    output: { format: 'iife', name: 'SituationMatch' },
    write: false,
  });
  const code = bundled.output[0].code;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    for (const rate of [1, 4]) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.setContent('<!doctype html><title>bench</title>');
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(
        ({ lexiconJson, text }) => {
          const lex = JSON.parse(lexiconJson).lexicon;
          const sm = window.SituationMatch;
          const run = (segment) => {
            const times = [];
            // The first call builds the segmenter's dictionary: measured apart, as the first keystroke would see it.
            let t = performance.now();
            sm.matchSituations(text, lex, segment);
            const first = performance.now() - t;
            for (let i = 0; i < 100; i++) {
              t = performance.now();
              sm.matchSituations(text, lex, segment);
              times.push(performance.now() - t);
            }
            times.sort((a, b) => a - b);
            return { first, median: times[50], p95: times[95] };
          };
          return { segmenter: run(sm.defaultSegmenter()), substring: run(null) };
        },
        { lexiconJson: json, text: DESCRIPTION },
      );
      const f = (r) =>
        `first ${r.first.toFixed(1)} ms, then median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`;
      console.log(
        `Chromium, ${rate}× CPU: Intl.Segmenter ${f(result.segmenter)}; substring fallback ${f(result.substring)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
