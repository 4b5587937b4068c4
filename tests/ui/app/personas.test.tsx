// The persona table through the real UI: the few personas that together reach every question screen, a tick of
// several boxes on each multi-select screen and every lender, answer by the labels on screen and read the result.
// Every persona's result is checked at machine level in tests/scenarios/machine.test.ts.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { questionById } from '../../../src/flow/graph.ts';
import { lenderFor } from '../../../src/flow/lenders.ts';
import { selectActions } from '../../../src/flow/actionList.ts';
import { realBundle, realFlow } from '../../support/fixtures.ts';
import { renderTriage } from '../../support/renderTriage.tsx';
import { PERSONAS } from '../../scenarios/personas.ts';
import type { Persona } from '../../scenarios/personas.ts';

const bundle = realBundle();
// Ten screens rendered per persona: on a shared, busy machine that takes longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });
const flow = realFlow('collection-triage');

function labelsFor(questionId: string, optionIds: string[]): string[] {
  const question = questionById(flow, questionId);
  return optionIds.map((id) => question?.options.find((o) => o.id === id)?.label ?? `missing ${questionId}.${id}`);
}

/** What a persona's journey exercises in the UI: each screen it answers, several boxes ticked, the lender named. */
function uiFeatures(persona: Persona): string[] {
  const answers = Object.fromEntries(persona.answers);
  const lender = lenderFor(flow, bundle.catalogue, answers);
  return [
    ...persona.answers.map(([questionId, ids]) => (ids.length > 1 ? `${questionId} (several)` : questionId)),
    ...persona.answers.map(([questionId]) => questionId),
    `lender ${lender?.name.text ?? 'none'}`,
  ];
}

/** The fewest personas (greedily) that between them exercise every feature any persona does. */
function coveringPersonas(): Persona[] {
  const wanted = new Set(PERSONAS.flatMap(uiFeatures));
  const chosen: Persona[] = [];
  while (wanted.size > 0) {
    const best = [...PERSONAS].sort(
      (a, b) => uiFeatures(b).filter((f) => wanted.has(f)).length - uiFeatures(a).filter((f) => wanted.has(f)).length,
    )[0];
    if (!best) break;
    chosen.push(best);
    for (const f of uiFeatures(best)) wanted.delete(f);
  }
  return chosen;
}

const CHOSEN = coveringPersonas();

it('the chosen personas exercise every screen, multi-tick and lender that the whole table does', () => {
  const all = new Set(PERSONAS.flatMap(uiFeatures));
  const covered = new Set(CHOSEN.flatMap(uiFeatures));
  console.log(
    `UI personas: ${String(CHOSEN.length)} of ${String(PERSONAS.length)} cover ${String(all.size)} screen features`,
  );
  expect(covered).toEqual(all);
  expect(CHOSEN.length).toBeLessThan(PERSONAS.length / 4);
});

describe('personas through the screens', () => {
  it.each(CHOSEN.map((p) => [p.it, p] as const))('%s', async (_name, persona) => {
    const { answer, showResult } = await renderTriage(bundle, 'collection-triage');
    for (const [index, [questionId, optionIds]] of persona.answers.entries()) {
      const heading = screen.getByRole('heading', {
        level: 1,
        name: questionById(flow, questionId)?.prompt ?? questionId,
      });
      // On first load focus stays at the top of the page (the exit link comes first); after each step it moves here.
      if (index > 0) expect(heading).toHaveFocus();
      else expect(heading).not.toHaveFocus();
      await answer(...labelsFor(questionId, optionIds));
    }
    // The last answer opens the result.
    await showResult();

    const main = screen.getByRole('main');
    // One line per verdict, or per kind of conduct a verdict names; titles from the flow data, lender filled in.
    const view = selectActions(flow, bundle.catalogue, Object.fromEntries(persona.answers));
    expect([...new Set(view?.verdicts.map((v) => v.id))]).toEqual(persona.expectVerdicts);
    // A verdict is a region named by its tone's word, then its title.
    const tones = Object.values(bundle.catalogue.ui.tone);
    const banners = within(main)
      .getAllByRole('region')
      .filter((r) => tones.some((tone) => r.getAttribute('aria-label')?.startsWith(`${tone}：`)));
    expect(banners.map((b) => b.getAttribute('aria-label')?.split('：').slice(1).join('：'))).toEqual(
      view?.verdicts.map((v) => v.title),
    );
    const shown = within(main)
      .getAllByRole('article')
      .map((a) => a.getAttribute('data-action-id'));
    for (const id of persona.mustHave) expect(shown).toContain(id);
    for (const id of persona.mustNotHave ?? []) expect(shown).not.toContain(id);
    if (persona.firstAction) expect(shown[0]).toBe(persona.firstAction);
  });
});
