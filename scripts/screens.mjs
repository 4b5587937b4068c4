// Renders every kind of screen in each language at 360×640 from the production build into reports/screens/, with
// an index.html contact sheet, and prints the layout figures: where the first question sits, how long pages are.
/* global document, window -- code inside page.evaluate runs in the page */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { serveDist } from './serve-dist.mjs';

const OUT = 'reports/screens';
const PORT = Number(process.env.E2E_PORT ?? 0);
const LANGS = ['zh-CN', 'zh-TW', 'en'];
const VIEW = { width: 360, height: 640 };
const { module: personaModule } = await runnerImport('./tests/scenarios/personas.ts');
const PERSONAS = personaModule.PERSONAS;
// The same measures as the browser test: a persona's result opened from saved progress, its height and print.
const { module: measure } = await runnerImport('./tests/e2e/savedResult.ts');

mkdirSync(OUT, { recursive: true });
const server = await serveDist('dist', PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const shots = []; // { lang, name, file, full, figures }
const figures = {}; // lang -> name -> value

function note(lang, name, value) {
  (figures[lang] ??= {})[name] = value;
}

async function open(lang) {
  const context = await browser.newContext({ viewport: VIEW, locale: 'zh-CN', deviceScaleFactor: 1 });
  await context.addInitScript((language) => {
    if (!sessionStorage.getItem('screens-started')) {
      sessionStorage.setItem('screens-started', '1');
      localStorage.clear();
      if (language !== 'zh-CN') localStorage.setItem('collection-guide.lang', language);
    }
  }, lang);
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    console.error(`[${lang}] page error: ${e.message}`);
  });
  await page.goto(server.url);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  return { context, page };
}

async function shot(page, lang, name, { full = true } = {}) {
  const file = `${lang}-${name}.png`;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, file) });
  let fullFile;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (full && height > VIEW.height + 20) {
    fullFile = `${lang}-${name}-full.png`;
    await page.screenshot({ path: join(OUT, fullFile), fullPage: true });
  }
  shots.push({ lang, name, file, fullFile, height });
  note(lang, `${name} height`, height);
  return height;
}

const top = (page, selector) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY))
    .catch(() => -1);
/** Where the third step to take now ends (the first card, in a result without a "first steps" part). */
const firstStepsBottom = (page) =>
  page.evaluate(() => {
    const lead = [...document.querySelectorAll('.first-steps .action-card')];
    const el = lead.at(-1) ?? document.querySelector('.result .action-card');
    return el ? Math.round(el.getBoundingClientRect().bottom + window.scrollY) : -1;
  });
const bottom = (page, selector) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Math.round(el.getBoundingClientRect().bottom + window.scrollY))
    .catch(() => -1);

/** An option that answers alone is a button (one tap); the others are boxes ticked before Continue. */
async function answer(page, questionId, optionIds) {
  await page.locator(`main h1`).first().waitFor();
  await page.locator(`[name="${questionId}"]`).first().waitFor();
  const tap = page.locator(`button[name="${questionId}"][value="${optionIds[0]}"]`);
  if (optionIds.length === 1 && (await tap.count()) === 1) return tap.click();
  for (const id of optionIds) await page.locator(`input[name="${questionId}"][value="${id}"]`).check();
  await page.locator('form.question button[type="submit"]').click();
}

/** The result the last answer opened. */
async function toResult(page) {
  await page.locator('.result').waitFor();
  await page.locator('.result .disclaimer').waitFor();
}

/** Pages of A4 the screen prints on; without sources unless asked, as the result's own print button does. */
async function pdfPages(page, withSources = false) {
  await page.evaluate((yes) => {
    document.documentElement.dataset.printSources = yes ? 'yes' : 'no';
  }, withSources);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await page.evaluate(() => delete document.documentElement.dataset.printSources);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function toolsButton(page, index) {
  await page.locator('.tools-nav button').nth(index).click();
  await page.locator('main h1').first().waitFor();
}

/** What a person might type into the box for their own words, in each language. */
const OWN_WORDS = {
  'zh-CN': '催收天天打电话，还打给我家里人，但是没有威胁我',
  'zh-TW': '催收天天打電話，還打給我家裡人，但是沒有威脅我',
  en: 'Collectors call me every day and they called my family, but they did not threaten me',
};

/**
 * The question after the first, with the offer to say it in their own words; the box it opens, what was understood
 * to tick; then back to the question, as the journey goes on.
 */
async function ownWords(page, lang) {
  const offer = page.locator('.own-words-offer button');
  await offer.waitFor();
  await shot(page, lang, '03-own-words-offer');
  await offer.click();
  const box = page.locator('form.describe textarea');
  await box.waitFor();
  await shot(page, lang, '03a-own-words');
  await box.fill(OWN_WORDS[lang] ?? OWN_WORDS.en);
  await page.locator('form.describe button[type="submit"]').click();
  await page.locator('input[name="situation"]').first().waitFor();
  await shot(page, lang, '03b-own-words-understood');
  await page.locator('form.describe .button-secondary').last().click();
  await page.locator('form.describe textarea').waitFor();
  await page.locator('form.describe .button-back').click();
  await offer.waitFor();
}

async function screensFor(lang) {
  const { context, page } = await open(lang);
  // First screen on first load.
  note(lang, 'first question heading y', await top(page, 'main h1'));
  note(lang, 'first option bottom y', await bottom(page, 'main .choice'));
  note(lang, 'continue y', await top(page, 'form.question button[type="submit"]'));
  note(lang, 'header height', await page.locator('.site-header').evaluate((el) => Math.round(el.offsetHeight)));
  await shot(page, lang, '01-first');
  // The 110 screen.
  await answer(page, 'safetyNow', ['atDoorNow']);
  await shot(page, lang, '02-safety-110');
  await page.goBack();
  await page.locator('main h1').first().waitFor();
  // A question with many options, then on to the answers page and the result (the first persona).
  const persona = PERSONAS[0];
  await page.locator('[name="safetyNow"]').first().waitFor();
  // The box for their own words is offered when its words are at hand as the next screen opens, as for a reader.
  await page.waitForLoadState('networkidle');
  for (const [questionId, optionIds] of persona.answers) {
    if (questionId === 'contactKind') await shot(page, lang, '03-many-options');
    await answer(page, questionId, optionIds);
    if (questionId === 'safetyNow') await ownWords(page, lang);
  }
  await toResult(page);
  await shot(page, lang, '05-result');
  // The answers page stands behind the result (Back).
  await page.goBack();
  await page.locator('.review').waitFor();
  await shot(page, lang, '04-answers');
  await page.locator('.review .button-primary').click();
  await toResult(page);
  note(lang, 'result first steps bottom y', await firstStepsBottom(page));
  await page.locator('.result details').evaluateAll((all) => {
    for (const d of all) d.open = true;
  });
  await shot(page, lang, '06-result-open');
  await page.locator('.result details').evaluateAll((all) => {
    for (const d of all) d.open = false;
  });
  await page.emulateMedia({ media: 'print' });
  await shot(page, lang, '07-result-print');
  note(lang, 'result print pages (A4, no sources)', await pdfPages(page));
  note(lang, 'result print pages (A4, with sources)', await pdfPages(page, true));
  await page.emulateMedia({ media: 'screen' });
  // Tools.
  await toolsButton(page, 1);
  await shot(page, lang, '08-log-empty');
  await page.locator('.contact-log .button-primary').first().click();
  await page.locator('.entry-form').waitFor();
  await shot(page, lang, '09-log-form');
  note(lang, 'log form height', await page.locator('.entry-form').evaluate((el) => Math.round(el.offsetHeight)));
  // An untouched form saved: what happens.
  await page.locator('.entry-form button[type="submit"]').click();
  await page.locator('.entry-form .error-summary, .contact-log .log-entry').first().waitFor();
  const stillForm = await page.locator('.entry-form').count();
  note(lang, 'untouched save records an entry', stillForm === 0 ? 'yes' : 'no');
  await shot(page, lang, '10-log-untouched-save', { full: false });
  if (stillForm) await page.locator('.entry-form button[type="button"]').last().click();
  else {
    // Remove the entry it made, so the counts below are what was entered.
    await page.locator('.log-entry .button-link').nth(1).click();
    await page.locator('.log-entry .button-link').nth(1).click();
  }
  for (const [at, who, answered] of [
    ['2026-11-23T09:00', 'me', true],
    ['2026-11-23T23:10', 'me', true],
    ['2026-11-23T15:00', 'colleague', false],
  ]) {
    await page.locator('.contact-log .button-primary').first().click();
    await page.locator('.entry-form input[type="datetime-local"]').fill(at);
    const channel = page.locator('.entry-form input[value="call"]');
    if (await channel.count()) await channel.check();
    const person = page.locator(`.entry-form input[value="${who}"]`);
    if (await person.count()) await person.check();
    const ans = page.locator(`.entry-form input[name*="answered"][value="${String(answered)}"]`);
    if (await ans.count()) await ans.check();
    else {
      const radios = page.locator('.entry-form input[name*="answered"]');
      if (await radios.count()) await radios.nth(answered ? 0 : 1).check();
    }
    await page.locator('.entry-form button[type="submit"]').click();
    await page.locator('.contact-log').waitFor();
  }
  note(lang, 'log entries', await page.locator('.log-entry').count());
  await shot(page, lang, '11-log-entries');
  await page.emulateMedia({ media: 'print' });
  await shot(page, lang, '12-log-print');
  await page.emulateMedia({ media: 'screen' });
  await toolsButton(page, 2);
  await shot(page, lang, '13-drafts');
  note(
    lang,
    'drafts per channel heights',
    await page
      .locator('.draft')
      .evaluateAll((all) => all.map((el) => `${el.querySelector('h2')?.textContent ?? '?'}:${el.offsetHeight}`)),
  );
  await toolsButton(page, 3);
  await shot(page, lang, '14-words');
  await toolsButton(page, 0);
  await page.locator('.privacy').scrollIntoViewIfNeeded();
  const file = `${lang}-15-privacy.png`;
  await page.locator('.privacy').screenshot({ path: join(OUT, file) });
  shots.push({ lang, name: '15-privacy', file });
  await context.close();
}

async function personaHeights(lang) {
  const heights = [];
  const { context, page } = await open(lang);
  for (const [i, persona] of PERSONAS.entries()) {
    try {
      await measure.openSavedResult(page, persona, lang);
      const height = await measure.resultHeight(page);
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      const steps = await page.locator('.result .action-card').count();
      heights.push({ i, height, pageHeight, steps, firstStep: await firstStepsBottom(page) });
    } catch (e) {
      heights.push({ i, height: NaN, error: String(e).split('\n')[0] });
    }
  }
  // Printed without sources: the tallest on screen and the one with the most steps.
  const ok = heights.filter((h) => Number.isFinite(h.height));
  const tallest = [...ok].sort((a, b) => b.height - a.height)[0];
  const most = [...ok].sort((a, b) => b.steps - a.steps)[0];
  for (const h of new Set([tallest, most])) {
    if (!h) continue;
    await measure.openSavedResult(page, PERSONAS[h.i], lang);
    h.pages = await measure.printedPages(page);
  }
  await context.close();
  return heights;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

const started = Date.now();
try {
  // One browser; the three languages side by side, each in its own context.
  await Promise.all(LANGS.map((lang) => screensFor(lang)));
  const all = await Promise.all(LANGS.map((lang) => personaHeights(lang)));
  for (const [k, lang] of LANGS.entries()) {
    const heights = all[k];
    const ok = heights.filter((h) => Number.isFinite(h.height));
    note(lang, 'personas measured', `${ok.length}/${heights.length}`);
    note(lang, 'result height collapsed max (result top to end of list)', Math.max(...ok.map((h) => h.height)));
    note(lang, 'result height collapsed median', median(ok.map((h) => h.height)));
    note(lang, 'whole page height collapsed max', Math.max(...ok.map((h) => h.pageHeight)));
    note(lang, 'result first steps bottom max', Math.max(...ok.map((h) => h.firstStep)));
    const printed = ok.filter((h) => h.pages !== undefined);
    note(
      lang,
      'print pages (A4, no sources), tallest and longest',
      printed.map((h) => `#${h.i}: ${h.pages}`).join(', '),
    );
    note(lang, 'result heights (#persona:px)', ok.map((h) => `${h.i}:${h.height}`).join(' '));
    for (const h of heights.filter((x) => x.error)) console.error(`[${lang}] persona ${h.i}: ${h.error}`);
  }
} finally {
  await browser.close();
  await server.close();
}

for (const lang of LANGS) {
  console.log(`\n${lang}`);
  for (const [k, v] of Object.entries(figures[lang] ?? {}))
    console.log(`  ${k}: ${Array.isArray(v) ? v.join(', ') : v}`);
}
const names = [...new Set(shots.map((s) => s.name))];
const cell = (s) =>
  s
    ? `<td><a href="${s.fullFile ?? s.file}"><img src="${s.file}" width="360" alt="${s.name} ${s.lang}"></a>` +
      `<br>${s.height ? `${s.height} px` : ''}${s.fullFile ? ` · <a href="${s.fullFile}">full page</a>` : ''}</td>`
    : '<td></td>';
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Screens at 360×640</title>
<style>body{font-family:sans-serif}td{vertical-align:top;padding:4px}img{border:1px solid #999}</style>
<h1>Screens at 360×640</h1><table><tr><th></th>${LANGS.map((l) => `<th>${l}</th>`).join('')}</tr>
${names.map((n) => `<tr><th>${n}</th>${LANGS.map((l) => cell(shots.find((s) => s.name === n && s.lang === l))).join('')}</tr>`).join('\n')}
</table><h2>Figures</h2><pre>${JSON.stringify(figures, null, 2).replace(/</g, '&lt;')}</pre>`,
);
console.log(
  `\n${String(shots.length)} screenshots and ${OUT}/index.html in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
