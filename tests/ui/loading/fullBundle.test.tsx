// The full bundle arrives after the first screen; until then the questions work, and a failed download offers a retry.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FlowBundle } from '../../../src/flow/schema.ts';
import { bundleSource } from '../../../src/ui/loading/bundles.ts';
import { miniBundle } from '../../support/fixtures.ts';
import { renderTriage } from '../../support/renderTriage.tsx';

const bundle = miniBundle();

function slowBundle() {
  let resolve: (bundle: FlowBundle) => void = () => undefined;
  const promise = new Promise<FlowBundle>((ok) => {
    resolve = ok;
  });
  return {
    bundles: bundleSource(() => promise),
    arrive: (b: FlowBundle) =>
      act(async () => {
        resolve(b);
        await promise;
      }),
  };
}

describe('the full bundle', () => {
  it('shows the safety number at once, and the full card once it arrives', async () => {
    const { bundles, arrive } = slowBundle();
    const { answer } = await renderTriage(bundle, 'mini', { bundles });
    await answer('上门');
    expect(screen.getByRole('link', { name: '报警电话 110' })).toHaveAttribute('href', 'tel:110');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await arrive(bundle);
    expect(await screen.findByRole('article')).toHaveTextContent('法律依据和来源');
  });

  it('every question works before it arrives; the result waits for it with the answers kept', async () => {
    const { bundles, arrive } = slowBundle();
    const { answer, user } = await renderTriage(bundle, 'mini', { bundles });
    await answer('电话');
    // The result is a download of its own: the tap shows that it is coming.
    await user.click(screen.getByRole('button', { name: '都没有' }));
    expect(screen.getByRole('status')).toHaveTextContent('正在载入');
    await arrive(bundle);
    expect(await screen.findByRole('heading', { level: 1, name: '你的清单' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '看看或修改我的回答' }));
    expect(await screen.findByText('电话')).toBeInTheDocument();
  });

  it('offers to try again when the download fails, without losing the answers', async () => {
    // Offline until the test says the network is back: any download before then fails (the one the idle browser
    // starts as well as the result's), so "try again" is what brings the result.
    let online = false;
    const bundles = bundleSource(() => (online ? Promise.resolve(bundle) : Promise.reject(new Error('offline'))));
    const { answer, user } = await renderTriage(bundle, 'mini', { bundles });
    await answer('电话');
    // The result is a download of its own: the tap shows that it is coming.
    await user.click(screen.getByRole('button', { name: '都没有' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('你的回答还在');
    online = true;
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    expect(await screen.findByRole('heading', { level: 1, name: '你的清单' })).toBeInTheDocument();
    // The button follows the first steps one render later (the rest of the result is deferred).
    await user.click(await screen.findByRole('button', { name: '看看或修改我的回答' }));
    expect(await screen.findByText('电话')).toBeInTheDocument();
  });
});
