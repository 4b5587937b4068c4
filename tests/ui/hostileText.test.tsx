// Hostile text anywhere in the content is shown as text: nothing executes, nothing turns into markup, nothing is lost.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { miniFiles, TODAY } from '../support/fixtures.ts';
import { loadFlowBundleOrThrow } from '../../src/flow/load.ts';
import { renderTriage } from '../support/renderTriage.tsx';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  'javascript:window.__xss=1//',
  '<a href="javascript:window.__xss=1">点我</a>',
  "{{constructor.constructor('window.__xss=1')()}}",
  '<iframe srcdoc="<script>parent.__xss=1</script>">',
  '&lt;b&gt;escaped&lt;/b&gt; &amp; <b>bold</b>',
];

/** The mini flow with every label, prompt and step replaced by a payload. */
function hostileBundle(payload: string) {
  const files = miniFiles().map((f) => {
    if (f.path === 'flows/mini.json') {
      const flow = JSON.parse(f.text) as { nodes: { prompt?: string; options?: { label: string }[] }[] };
      flow.nodes.forEach((n, i) => {
        if (n.prompt) n.prompt = `${payload} #${String(i)}`;
        n.options?.forEach((o, k) => (o.label = `${payload} ${String(i)}-${String(k)}`));
      });
      return { ...f, text: JSON.stringify(flow) };
    }
    if (f.path === 'flows/shared/actions.json') {
      const actions = JSON.parse(f.text) as Record<string, { title: string; steps: string[] }>;
      for (const a of Object.values(actions)) {
        a.title = `${payload} ${a.title}`;
        a.steps = [...a.steps, payload];
      }
      return { ...f, text: JSON.stringify(actions) };
    }
    return f;
  });
  return loadFlowBundleOrThrow(files, TODAY);
}

describe.each(PAYLOADS)('hostile text %s', (payload) => {
  it('is shown literally on the question, answers and result screens, and never runs', async () => {
    const { answer, user, container } = renderTriage(hostileBundle(payload), 'mini');
    const w = window as unknown as { __xss?: number };
    const noMarkup = () => {
      expect(container.querySelector('img, script, svg, iframe, b, a[href^="javascript"]')).toBeNull();
      expect(w.__xss).toBeUndefined();
    };
    expect(screen.getByRole('heading', { level: 1, name: `${payload} #0` })).toBeInTheDocument();
    noMarkup();
    await answer(`${payload} 0-0`);
    await answer(`${payload} 2-0`);
    expect(screen.getByText(`${payload} 2-0`)).toBeInTheDocument();
    noMarkup();
    await user.click(screen.getByRole('button', { name: '查看我的应对清单' }));
    expect(screen.getAllByText(payload).length).toBeGreaterThan(0);
    noMarkup();
  });
});
