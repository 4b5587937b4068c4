// The persona table through the real UI: each persona answers by the labels on screen and reads the result.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { questionById } from '../../src/flow/graph.ts';
import { fillLender, lenderFor } from '../../src/flow/lenders.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import { renderTriage } from '../support/renderTriage.tsx';
import { PERSONAS } from '../scenarios/personas.ts';

const bundle = realBundle();
// Ten screens rendered per persona: on a shared, busy machine that takes longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });
const flow = realFlow('collection-triage');

function labelsFor(questionId: string, optionIds: string[]): string[] {
  const question = questionById(flow, questionId);
  return optionIds.map((id) => question?.options.find((o) => o.id === id)?.label ?? `missing ${questionId}.${id}`);
}

describe('personas through the screens', () => {
  it.each(PERSONAS.map((p) => [p.it, p] as const))('%s', async (_name, persona) => {
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
    // Titles may name the lender ({lender:name}); the persona's own answer picks the profile.
    const lender = lenderFor(flow, bundle.catalogue, Object.fromEntries(persona.answers));
    const verdictTitles = persona.expectVerdicts.map(
      (id) => fillLender(bundle.catalogue.verdicts[id]?.title ?? id, lender).text,
    );
    const banners = within(main)
      .getAllByRole('region')
      .filter((r) => r.classList.contains('verdict'));
    expect(banners.map((b) => b.getAttribute('aria-label')?.split('：').slice(1).join('：'))).toEqual(verdictTitles);
    const shown = within(main)
      .getAllByRole('article')
      .map((a) => a.getAttribute('data-action-id'));
    for (const id of persona.mustHave) expect(shown).toContain(id);
    for (const id of persona.mustNotHave ?? []) expect(shown).not.toContain(id);
    if (persona.firstAction) expect(shown[0]).toBe(persona.firstAction);
  });
});
