// The step for their own words in the whole app: offered after the safety question, read on the device, shown to
// tick; only what the person ticks answers questions, and what was typed is stored nowhere.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionById } from '../../../src/flow/graph.ts';
import type { FlowBundle } from '../../../src/flow/schema.ts';
import { bundleSource } from '../../../src/ui/loading/bundles.ts';
import { realBundle, realFlow } from '../../support/fixtures.ts';
import { renderTriage } from '../../support/renderTriage.tsx';

const bundle = realBundle();
const words = bundle.catalogue.ui.describe;
const flow = realFlow('collection-triage');
const prompt = (id: string) => questionById(flow, id)?.prompt ?? id;
const optionLabel = (questionId: string, optionId: string) =>
  questionById(flow, questionId)?.options.find((o) => o.id === optionId)?.label ?? optionId;

async function toTheBox() {
  const app = await renderTriage(bundle, 'collection-triage', { ownWords: true });
  await app.user.click(screen.getByRole('button', { name: optionLabel('safetyNow', 'noneOfThese') }));
  await app.user.click(await screen.findByRole('button', { name: words.offer }));
  const box = await screen.findByRole('textbox', { name: words.heading }, { timeout: 5000 });
  return { ...app, box };
}

// The lexicon is built and read in for the first description; on a loaded machine that takes several seconds.
describe('their own words', { timeout: 60_000 }, () => {
  it('is offered under the question after the safety question, which stands as before: answering it passes the box by', async () => {
    const { user, actor } = await renderTriage(bundle, 'collection-triage', { ownWords: true });
    await user.click(screen.getByRole('button', { name: optionLabel('safetyNow', 'noneOfThese') }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('lender') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: words.offer })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: optionLabel('lender', 'webank') }));
    await user.click(screen.getByRole('button', { name: bundle.catalogue.ui.question.continue }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('contactKind') })).toBeInTheDocument();
    expect(actor.getSnapshot().context.triage?.getSnapshot().context.described).toBe(true);
    // Once passed by, it is not offered again: Back shows the question alone.
    await user.click(screen.getByRole('button', { name: bundle.catalogue.ui.question.back }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('lender') })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: words.offer })).not.toBeInTheDocument();
  });

  it('opens on a tap, its heading focused, and Back from it returns to the question', async () => {
    const { user } = await toTheBox();
    expect(screen.getByRole('heading', { level: 1, name: words.heading })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: bundle.catalogue.ui.question.back }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('lender') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: words.offer })).toBeInTheDocument();
  });

  it('shows what was understood with nothing ticked; only what the person ticks is recorded', async () => {
    const { user, box, actor, store } = await toTheBox();
    const typed = '微粒贷的催收天天打电话，还骂我，但是没有威胁我';
    await user.type(box, typed);
    await user.click(screen.getByRole('button', { name: words.read }));
    expect(await screen.findByRole('heading', { name: words.understood }, { timeout: 20_000 })).toBeInTheDocument();
    const items = screen.getAllByRole('checkbox');
    const values = items.map((i) => (i as HTMLInputElement).value);
    // Negation holds: nothing about threats is offered.
    expect(values.filter((id) => /threat/i.test(id))).toEqual([]);
    expect(values).toContain('insults');
    // A proposal, not a reading to trust: nothing is ticked until the person ticks it.
    for (const item of items) expect(item).not.toBeChecked();
    expect(screen.getByRole('button', { name: words.noneContinue })).toBeInTheDocument();
    const insults = items.find((i) => (i as HTMLInputElement).value === 'insults');
    if (insults) await user.click(insults);
    await user.click(screen.getByRole('button', { name: words.confirm }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('lender') })).toBeInTheDocument();
    const triage = actor.getSnapshot().context.triage?.getSnapshot();
    expect(triage?.context.answers).toEqual({ safetyNow: ['noneOfThese'], conduct: ['insults'] });
    // Nothing typed is kept anywhere.
    const kept = store && 'data' in store ? JSON.stringify([...(store.data as Map<string, string>)]) : '';
    expect(store && 'data' in store).toBe(true);
    expect(kept).not.toContain('骂我');
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('says so when nothing could be read, and goes on to the questions', async () => {
    const { user, box } = await toTheBox();
    await user.type(box, '嗯嗯嗯');
    await user.click(screen.getByRole('button', { name: words.read }));
    expect(await screen.findByText(words.none, {}, { timeout: 20_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: words.noneContinue }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('lender') })).toBeInTheDocument();
  });

  it('before the rest has arrived the offer stands already; opened then, the question stands until the box can open; it still answers as before', async () => {
    let resolve: (arrived: FlowBundle) => void = () => undefined;
    const download = new Promise<FlowBundle>((ok) => {
      resolve = ok;
    });
    const { user, actor } = await renderTriage(bundle, 'collection-triage', {
      ownWords: true,
      bundles: bundleSource(() => download),
    });
    await user.click(screen.getByRole('button', { name: optionLabel('safetyNow', 'noneOfThese') }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('lender') })).toBeInTheDocument();
    // The offer's words come with the first screens: it is there from the start, not added under a finger later.
    await user.click(screen.getByRole('button', { name: words.offer }));
    // Until the box's words arrive, the question stands and answers as before; the offer, taken, is gone.
    expect(screen.getByRole('heading', { level: 1, name: prompt('lender') })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: optionLabel('lender', 'webank') })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: words.offer })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await act(async () => {
      resolve(bundle);
      await download;
    });
    const box = await screen.findByRole('textbox', { name: words.heading }, { timeout: 5000 });
    expect(box).toBeInTheDocument();
    // Passed by, the question stands as it did and answers as before.
    await user.click(screen.getByRole('button', { name: words.skip }));
    const webank = await screen.findByRole('checkbox', { name: optionLabel('lender', 'webank') });
    await user.click(webank);
    await user.click(screen.getByRole('button', { name: bundle.catalogue.ui.question.continue }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('contactKind') })).toBeInTheDocument();
    expect(actor.getSnapshot().context.triage?.getSnapshot().context.described).toBe(true);
    await user.click(screen.getByRole('button', { name: bundle.catalogue.ui.question.back }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('lender') })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
