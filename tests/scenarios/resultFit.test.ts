// Whether each persona's result answers their own situation: specific first steps, verdicts that name what
// happened, reasons that mean something; with the count of distinct verdict-and-first-three sets before and after.
import { describe, expect, it } from 'vitest';
import { firstStepsOf, isGeneral, orderedActions, plainText, selectActions } from '../../src/flow/actionList.ts';
import { routeFor } from '../../src/flow/graph.ts';
import type { ResultView } from '../../src/flow/actionList.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import baseline from './baseline-first-three.json';
import { COURT_PERSONAS, PERSONAS } from './personas.ts';
import type { Persona } from './personas.ts';

const { catalogue } = realBundle();

/** Blind batches (tests/scenarios/blind-*.ts), where present: every exported list of personas counts too. */
const blind = Object.entries(import.meta.glob<Record<string, unknown>>('./blind-*.ts', { eager: true })).flatMap(
  ([file, module]) =>
    Object.values(module)
      .filter((v): v is Persona[] => Array.isArray(v) && v.every((p) => typeof p === 'object' && p && 'answers' in p))
      .flat()
      .map((p) => ({ file, persona: p })),
);

const flowOf = (p: Persona) => (p.answers.some(([q]) => q === 'howReceived') ? 'court-papers' : 'collection-triage');
const everyone = [
  ...PERSONAS.map((p) => ({ key: `collection-triage: ${p.it}`, persona: p })),
  ...COURT_PERSONAS.map((p) => ({ key: `court-papers: ${p.it}`, persona: p })),
  ...blind.map(({ file, persona }) => ({ key: `${file}: ${persona.it}`, persona })),
].map(({ key, persona }) => {
  const view = selectActions(realFlow(flowOf(persona)), catalogue, Object.fromEntries(persona.answers));
  if (!view) throw new Error(`no result for ${key}`);
  return { key, persona, view };
});

const setOf = (view: ResultView) =>
  JSON.stringify([view.verdicts.map((v) => v.title), firstStepsOf(view).map((a) => a.id)]);

/** Titles a verdict shows only when it cannot name the conduct: never shown while one of its lines applies. */
const generalTitles = new Set(
  Object.values(catalogue.verdicts)
    .filter((v) => (v.named ?? []).length > 0)
    .map((v) => v.title),
);
const MEANINGLESS_ALONE = /^(都没有.*|不确定|记不清|以上都没有)$/;

describe('results answer the situation, over every persona', () => {
  it('no result leads with three general steps while a specific one applies (share 0)', () => {
    const allGeneral = everyone.filter(({ view }) => {
      const first = firstStepsOf(view);
      const specific = orderedActions(view).some((a) => !isGeneral(a));
      return specific && first.every(isGeneral);
    });
    // Before: the first three recorded in baseline-first-three.json, judged by the same traits.
    const general = (id: string) => catalogue.actions[id]?.traits?.includes('general') ?? false;
    const before = everyone.filter(({ key, view }) => {
      const first = (baseline as Record<string, { first: string[] } | undefined>)[key]?.first;
      return first !== undefined && first.every(general) && orderedActions(view).some((a) => !isGeneral(a));
    });
    console.log(
      `first three all general while a specific step applies: before ${String(before.length)}, after ${String(allGeneral.length)} of ${String(everyone.length)}`,
    );
    expect(allGeneral.map((x) => x.key)).toEqual([]);
  });

  it('prints the distinct verdict-and-first-three sets, before and after; there are more now', () => {
    const before = new Set(Object.values(baseline).map((b) => JSON.stringify([b.verdicts, b.first])));
    const after = new Set(everyone.map(({ view }) => setOf(view)));
    console.log(
      `distinct verdict-and-first-three sets: before ${String(before.size)} of ${String(Object.keys(baseline).length)} personas, after ${String(after.size)} of ${String(everyone.length)}`,
    );
    expect(after.size).toBeGreaterThan(before.size);
  });

  it('every verdict line names what happened: a general title only where no named line applies', () => {
    for (const { key, view } of everyone)
      for (const v of view.verdicts) expect(generalTitles.has(v.title), `${key}: ${v.title}`).toBe(false);
  });

  it('someone who ticked impersonation reads 冒充 in a verdict; disclosure to others names it', () => {
    const saw = (optionId: string, words: string) => {
      // Only answers on the route count: a blind persona also answers screens its route never shows.
      const who = everyone.filter(({ persona }) => {
        const route = routeFor(realFlow(flowOf(persona)), Object.fromEntries(persona.answers)).nodeIds;
        return persona.answers.some(([q, ids]) => route.includes(q) && ids.includes(optionId));
      });
      expect(who.length).toBeGreaterThan(0);
      for (const { view } of who) expect(view.verdicts.map((v) => v.title).join('\n')).toContain(words);
    };
    saw('impersonation', '冒充');
    saw('toldThirdParties', '告诉了别人');
    saw('publicShaming', '曝光');
  });

  it('no reason is "都没有" or "不确定" on its own', () => {
    for (const { key, view } of everyone) {
      const reasons = [...view.verdicts, ...orderedActions(view)].flatMap((x) => x.because.map((b) => b.answer));
      for (const r of reasons) expect(MEANINGLESS_ALONE.test(r), `${key}: 「${r}」`).toBe(false);
    }
  });

  it('someone who owes two lenders gets each action once, the lenders named inside the card', () => {
    const twoLenders = everyone.filter(({ persona }) =>
      persona.answers.some(([q, ids]) => q === 'lender' && ids.length > 1),
    );
    expect(twoLenders.length).toBeGreaterThan(0);
    let namedInside = 0;
    for (const { view } of twoLenders) {
      const ids = orderedActions(view).map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      // Not everyone with two lenders has a card that speaks to the lender (a repaid one with nothing to complain of).
      const complaint = orderedActions(view).find((a) => a.id === 'complainToLender' || a.id === 'negotiateWithLender');
      if (!complaint) continue;
      const steps = complaint.steps.map(plainText).join('\n');
      expect(steps).toContain('微众银行：');
      expect(steps).toContain('别的平台或银行，或者不确定：');
      namedInside += 1;
    }
    expect(namedInside).toBeGreaterThan(0);
  });
});
