// The screens after the first question arrive in a second download; until then the app says so and keeps the answers.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { selectActions } from '../../src/flow/actionList.ts';
import { deferredParts } from '../../src/ui/deferred.ts';
import type { Later } from '../../src/ui/deferred.ts';
import { miniBundle } from '../support/fixtures.ts';
import { afterNextPaint, renderTriage } from '../support/renderTriage.tsx';

const bundle = miniBundle();

function deferred() {
  let resolve: (later: Later) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<Later>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { load: () => promise, resolve, reject };
}

describe('the second download', () => {
  it('shows the safety number at once, and the full card once it arrives', async () => {
    const { load, resolve } = deferred();
    const { answer } = renderTriage(bundle, 'mini', { later: load });
    await answer('上门');
    expect(screen.getByRole('link', { name: '报警电话 110' })).toHaveAttribute('href', 'tel:110');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    resolve(deferredParts(bundle));
    expect(await screen.findByRole('article')).toHaveTextContent('法律依据和来源');
  });

  it('says it is loading the words of the next question, then shows it, with the first answer kept', async () => {
    const { load, resolve } = deferred();
    const { answer } = renderTriage(bundle, 'mini', { later: load });
    await answer('电话');
    expect(screen.getByRole('status')).toHaveTextContent('正在载入');
    resolve(deferredParts(bundle));
    expect(await screen.findByRole('checkbox', { name: '都没有' })).toBeInTheDocument();
    await answer('都没有');
    expect(await screen.findByRole('heading', { level: 1, name: '看一下你的回答' })).toBeInTheDocument();
    expect(screen.getByText('电话')).toBeInTheDocument();
  });

  it('offers to try again when the download fails, without losing the answers', async () => {
    let attempts = 0;
    const load = () => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(deferredParts(bundle));
    };
    const { answer, user } = renderTriage(bundle, 'mini', { later: load });
    await answer('电话');
    expect(await screen.findByRole('alert')).toHaveTextContent('你的回答还在');
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    await answer('都没有');
    expect(await screen.findByRole('heading', { level: 1, name: '看一下你的回答' })).toBeInTheDocument();
    expect(screen.getByText('电话')).toBeInTheDocument();
  });
});

describe('the result', () => {
  it('is worked out once per set of answers, and again for another language of the flow', () => {
    const later = deferredParts(bundle);
    const flow = bundle.flows.mini;
    if (!flow) throw new Error('no mini flow');
    const answers = { contact: ['visit'], atDoor: ['yes'] };
    const view = later.resultFor(flow, answers);
    expect(view).toBeDefined();
    expect(view).toEqual(selectActions(flow, bundle.catalogue, answers));
    expect(later.resultFor(flow, answers)).toBe(view);
    const translated = { ...flow };
    expect(later.resultFor(translated, answers)).not.toBe(view);
    expect(later.resultFor(flow, { ...answers })).not.toBe(view);
  });

  it('is worked out while the answers page is read, and that is what the result page shows', async () => {
    const later = deferredParts(bundle);
    const resultFor = vi.spyOn(later, 'resultFor');
    const { answer, user } = renderTriage(bundle, 'mini', { later });
    await answer('上门');
    await answer('在');
    expect(screen.getByRole('heading', { level: 1, name: '看一下你的回答' })).toBeInTheDocument();
    await afterNextPaint();
    expect(resultFor).toHaveBeenCalledOnce();
    const prepared = resultFor.mock.results[0]?.value as unknown;
    expect(prepared).toBeDefined();
    await user.click(screen.getByRole('button', { name: '查看我的应对清单' }));
    expect(resultFor.mock.results.at(-1)?.value).toBe(prepared);
  });
});
