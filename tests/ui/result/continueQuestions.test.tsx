// Someone in danger asks for the list at once: it comes without any other question, leads with 110, and offers to go
// on with the questions in the flow's own words once they are safe.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionById } from '../../../src/flow/graph.ts';
import { realBundle, realFlow } from '../../support/fixtures.ts';
import { renderTriage } from '../../support/renderTriage.tsx';

const bundle = realBundle();
const flow = realFlow('collection-triage');
const labelOf = (questionId: string, optionId: string) =>
  questionById(flow, questionId)?.options.find((o) => o.id === optionId)?.label ?? `missing ${optionId}`;
const promptOf = (questionId: string) => questionById(flow, questionId)?.prompt ?? `missing ${questionId}`;

describe('the list at once, then the questions', () => {
  it('shows the list straight after the safety screen and goes on to the lender question when asked', async () => {
    const { answer, showResult, user } = await renderTriage(bundle, 'collection-triage');
    await answer(labelOf('safetyNow', 'atDoorNow'));
    expect(screen.getByRole('heading', { level: 1, name: promptOf('safetyFirst') })).toBeInTheDocument();
    await answer(labelOf('safetyFirst', 'showActionsNow'));
    await showResult();
    // No lender question on the way: the list is the next screen, 110 first.
    expect(screen.queryByRole('heading', { level: 1, name: promptOf('lender') })).not.toBeInTheDocument();
    const first = screen.getAllByRole('article')[0];
    expect(first).toHaveTextContent(/110/);
    const goOn = screen.getByRole('button', { name: labelOf('safetyFirst', 'continueQuestions') });
    await user.click(goOn);
    expect(await screen.findByRole('heading', { level: 1, name: promptOf('lender') })).toHaveFocus();
  });
});
