// Hostile text anywhere in the content or typed by the user is shown as text: nothing executes, nothing turns into markup, nothing is lost.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/storage/keys.ts';
import { miniFiles, realBundle, TODAY } from '../support/fixtures.ts';
import { loadFlowBundleOrThrow } from '../../src/check/load.ts';
import { memoryStore, renderTriage } from '../support/renderTriage.tsx';

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
  // The payloads replace the Chinese, so the English made from the old Chinese is rightly stale; not checked here.
  return loadFlowBundleOrThrow(files, TODAY, { checkTranslations: false });
}

describe.each(PAYLOADS)('hostile text %s', (payload) => {
  it('is shown literally on the question, answers and result screens, and never runs', async () => {
    const { answer, container, showResult, user } = await renderTriage(hostileBundle(payload), 'mini');
    const w = window as unknown as { __xss?: number };
    const noMarkup = () => {
      expect(container.querySelector('img, script, svg, iframe, b, a[href^="javascript"]')).toBeNull();
      expect(w.__xss).toBeUndefined();
    };
    expect(screen.getByRole('heading', { level: 1, name: `${payload} #0` })).toBeInTheDocument();
    noMarkup();
    await answer(`${payload} 0-0`);
    await answer(`${payload} 2-0`);
    await showResult();
    expect(screen.getAllByText(payload).length).toBeGreaterThan(0);
    noMarkup();
    await user.click(await screen.findByRole('button', { name: '看看或修改我的回答' }));
    expect(screen.getByText(`${payload} 2-0`)).toBeInTheDocument();
    noMarkup();
  });
});

describe.each(PAYLOADS)('hostile text typed into the contact log: %s', (payload) => {
  it('is kept exactly, shown literally in the log and the drafts, and never runs', async () => {
    const store = memoryStore();
    const { user, container } = await renderTriage(realBundle(), 'collection-triage', { store });
    const w = window as unknown as { __xss?: number };
    await user.click(screen.getByRole('button', { name: '催收记录' }));
    await user.click(await screen.findByRole('button', { name: '记一笔' }));
    await user.click(screen.getByRole('button', { name: '就是现在' }));
    await user.click(screen.getByRole('radio', { name: '电话' }));
    await user.click(screen.getByRole('radio', { name: '接通了' }));
    for (const label of ['对方的号码或名字', '对方说自己是哪家公司的', /备注/])
      fireEvent.change(screen.getByLabelText(label), { target: { value: payload } });
    await user.click(screen.getByRole('checkbox', { name: '威胁我或我的家人' }));
    await user.click(screen.getByRole('button', { name: '保存这条记录' }));
    expect(screen.getByText(`备注：「${payload}」`)).toBeInTheDocument();
    expect(screen.getByText(`对方号码或名字：「${payload}」`)).toBeInTheDocument();
    expect(container.querySelector('img, script, svg, iframe, b, a[href^="javascript"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: '投诉材料' }));
    await screen.findByRole('heading', { level: 1, name: '投诉材料' });
    // Each channel's draft is built when it is opened: open every one.
    for (const summary of screen.getAllByText('看材料全文'))
      if (!summary.closest('details')?.open) await user.click(summary);
    const drafts = container.querySelectorAll('.draft-text');
    expect(drafts.length).toBe(4);
    for (const draft of drafts) expect(draft.textContent).toContain(`「${payload}」`);
    expect(container.querySelector('img, script, svg, iframe, b, a[href^="javascript"]')).toBeNull();
    expect(w.__xss).toBeUndefined();
    const stored = JSON.parse(store.data.get(STORAGE_KEYS.log) ?? '{}') as { entries: { notes: string }[] };
    expect(stored.entries[0]?.notes).toBe(payload);
  });
});
