// Choosing between flows through the real Root: the first screen's chooser, the link from the collection result to
// the court-papers flow, and a reload resuming whichever flow was active, also when that flow is not in the first
// download.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { questionById } from '../../../src/flow/graph.ts';
import { OPENING_FLOW_ID, coreBundle } from '../../../src/flow/split.ts';
import type { FlowBundle } from '../../../src/flow/schema.ts';
import type { Language } from '../../../src/flow/languages.ts';
import { STORAGE_KEYS } from '../../../src/storage/keys.ts';
import { appStorage, browserStore } from '../../../src/storage/store.ts';
import { bundleSource } from '../../../src/ui/loading/bundles.ts';
import { Root } from '../../../src/ui/app/Root.tsx';

const STORAGE_KEY = STORAGE_KEYS.progress;
import { realBundle, realFlow } from '../../support/fixtures.ts';
import { answerWith, openResult, startTestApp } from '../../support/renderTriage.tsx';

const collection = realFlow('collection-triage');
const court = realFlow('court-papers');

const promptOf = (flowId: 'collection' | 'court', questionId: string) =>
  questionById(flowId === 'court' ? court : collection, questionId)?.prompt ?? questionId;

/** `download`: the rest arrives as in the browser, after the first screen, with only the opening flow at first. */
async function renderRoot(download?: (language: Language) => Promise<FlowBundle>) {
  const user = userEvent.setup();
  const bundle = realBundle();
  const bundles = bundleSource(download ?? (() => bundle));
  const actor = await startTestApp({
    storage: appStorage(browserStore()),
    core: download ? coreBundle(bundle, OPENING_FLOW_ID) : coreBundle(bundle),
    bundles,
  });
  const utils = render(<Root actor={actor} bundles={bundles} />);
  const answer = async (...labels: string[]) => {
    await answerWith(user, labels);
    // The optional step for their own words is passed by, as a tap on its skip would (tests/ui/questions/describeStep.test.tsx).
    actor.send({ type: 'describe.skip' });
  };
  return { user, answer, ...utils };
}

/** After the safety question: a 微粒贷 case with a 支付令 among the papers, answered to its result. */
async function toTheCollectionResult(answer: (...labels: string[]) => Promise<void>) {
  await answer('微粒贷（微众银行）');
  await answer('法院文书，或说我“已被起诉”');
  await answer('收到了支付令');
  await answer('有，已经逾期了');
  await answer('还没有核实');
  await answer('都没有');
  await answer('都没有');
  await answer('现在还不上');
  await answer('金额是对的');
  await openResult();
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('choosing the situation', () => {
  it('the first screen names both situations; choosing court papers opens that flow with focus on its question', async () => {
    const { user } = await renderRoot();
    const chooser = screen.getByRole('navigation', { name: '你遇到的是哪种情况' });
    expect(chooser).toHaveTextContent(collection.situation ?? '');
    expect(screen.getByRole('heading', { level: 1, name: promptOf('collection', 'safetyNow') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: court.situation ?? '' }));
    expect(screen.getByRole('heading', { level: 1, name: promptOf('court', 'howReceived') })).toHaveFocus();
    expect(screen.getByText(court.title)).toBeInTheDocument();
  });

  it('the chooser is only on the first screen, before anything is answered', async () => {
    const { answer } = await renderRoot();
    await answer('都没有，我现在是安全的');
    expect(screen.queryByRole('navigation', { name: '你遇到的是哪种情况' })).not.toBeInTheDocument();
  });

  it('a reload resumes the flow that was active, at the same question', async () => {
    const first = await renderRoot();
    await first.user.click(screen.getByRole('button', { name: court.situation ?? '' }));
    await first.answer('邮政送来的信');
    expect(screen.getByRole('heading', { level: 1, name: promptOf('court', 'documentKind') })).toBeInTheDocument();
    await waitFor(() => {
      expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ flowId: 'court-papers' });
    });
    first.unmount();
    await renderRoot();
    expect(screen.getByRole('heading', { level: 1, name: promptOf('court', 'documentKind') })).toBeInTheDocument();
  });

  it('court papers in the collection result link to the court-papers flow; the collection answers stay, and choosing that situation again returns to its result', async () => {
    const { answer, user } = await renderRoot();
    await answer('都没有，我现在是安全的');
    await toTheCollectionResult(answer);
    const link = screen.getByRole('button', { name: `打开：${court.situation ?? ''}` });
    await user.click(link);
    expect(screen.getByRole('heading', { level: 1, name: promptOf('court', 'howReceived') })).toHaveFocus();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    // Nothing is answered in the new flow yet, so the collection answers are what stays stored.
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as {
      flowId?: string;
      snapshot?: { context?: { answers?: object } };
    };
    expect(stored.flowId).toBe('collection-triage');
    expect(Object.keys(stored.snapshot?.context?.answers ?? {})).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: collection.situation ?? '' }));
    await openResult();
    expect(screen.getByRole('button', { name: `打开：${court.situation ?? ''}` })).toBeInTheDocument();
  });
});

/** A download the test lets arrive (or fail) when it chooses. */
function slowDownload() {
  const waiting: { resolve: (bundle: FlowBundle) => void; reject: (error: Error) => void }[] = [];
  const download = () =>
    new Promise<FlowBundle>((resolve, reject) => {
      waiting.push({ resolve, reject });
    });
  const arrive = async () => {
    await act(async () => {
      for (const w of waiting.splice(0)) w.resolve(realBundle());
      await Promise.resolve();
    });
  };
  const fail = async () => {
    await act(async () => {
      for (const w of waiting.splice(0)) w.reject(new Error('offline'));
      await Promise.resolve();
    });
  };
  return { download, arrive, fail, requested: () => waiting.length > 0 };
}

describe('a flow that is not in the first download', () => {
  it('is named by the chooser, waits for the rest with the quick exit at hand, then opens with focus', async () => {
    const { download, arrive } = slowDownload();
    const { user } = await renderRoot(download);
    await user.click(screen.getByRole('button', { name: court.situation ?? '' }));
    expect(screen.getByRole('status')).toHaveTextContent('正在载入');
    expect(screen.getByRole('button', { name: '快速离开' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    await arrive();
    expect(screen.getByRole('heading', { level: 1, name: promptOf('court', 'howReceived') })).toHaveFocus();
  });

  it('once the person has moved on, the rest arrives; from the collection result that flow then opens with no loading message between', async () => {
    const { download, arrive, requested } = slowDownload();
    const { answer, user } = await renderRoot(download);
    await answer('都没有，我现在是安全的');
    // The rest is asked for once the person has left the first screen.
    await waitFor(() => {
      expect(requested()).toBe(true);
    });
    await arrive();
    await toTheCollectionResult(answer);
    const statuses: string[] = [];
    const observer = new MutationObserver(() => {
      for (const s of screen.queryAllByRole('status')) statuses.push(s.textContent);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    await user.click(screen.getByRole('button', { name: `打开：${court.situation ?? ''}` }));
    observer.disconnect();
    expect(screen.getByRole('heading', { level: 1, name: promptOf('court', 'howReceived') })).toHaveFocus();
    expect(statuses.join(' ')).not.toContain('正在载入');
  });

  it('the rest is asked for only once the person has moved on from the first screen and the browser is idle', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const download = vi.fn(() => new Promise<FlowBundle>(() => undefined));
    const { answer, unmount } = await renderRoot(download);
    try {
      expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
      // However long the first question stays up, nothing is downloaded while it does.
      act(() => {
        for (const work of idle.splice(0)) work();
      });
      expect(download).not.toHaveBeenCalled();
      await answer('都没有，我现在是安全的');
      expect(download).not.toHaveBeenCalled();
      expect(idle.length).toBeGreaterThan(0);
      act(() => {
        for (const work of idle.splice(0)) work();
      });
      expect(download).toHaveBeenCalledTimes(1);
    } finally {
      unmount();
      vi.unstubAllGlobals();
    }
  });

  it('after a language switch, once the person has moved on, the rest in the new language is asked for when the browser is idle', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const asked: string[] = [];
    const bundle = realBundle();
    const download = (language: string) => {
      asked.push(language);
      return Promise.resolve(bundle);
    };
    const { answer, user, unmount } = await renderRoot(download);
    try {
      await answer('都没有，我现在是安全的');
      await act(async () => {
        for (const work of idle.splice(0)) work();
        await Promise.resolve();
      });
      expect(asked).toEqual(['zh-CN']);
      await user.click(screen.getByRole('button', { name: 'English' }));
      await waitFor(() => {
        expect(document.documentElement.lang).toBe('en');
      });
      await act(async () => {
        for (const work of idle.splice(0)) work();
        await Promise.resolve();
      });
      expect(asked).toEqual(['zh-CN', 'en']);
    } finally {
      unmount();
      vi.unstubAllGlobals();
    }
  });

  it('offers a retry when the download fails, and opens once it succeeds', async () => {
    const { download, arrive, fail } = slowDownload();
    const { user } = await renderRoot(download);
    await user.click(screen.getByRole('button', { name: court.situation ?? '' }));
    await fail();
    expect(screen.getByRole('alert')).toHaveTextContent('没能载入');
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    await arrive();
    expect(screen.getByRole('heading', { level: 1, name: promptOf('court', 'howReceived') })).toBeInTheDocument();
  });

  it('a reload with saved progress in it resumes at the same question once the rest arrives', async () => {
    const first = await renderRoot();
    await first.user.click(screen.getByRole('button', { name: court.situation ?? '' }));
    await first.answer('邮政送来的信');
    first.unmount();
    const { download, arrive } = slowDownload();
    await renderRoot(download);
    expect(screen.getByRole('status')).toHaveTextContent('正在载入');
    await arrive();
    expect(screen.getByRole('heading', { level: 1, name: promptOf('court', 'documentKind') })).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ flowId: 'court-papers' });
  });

  async function waitingForSavedCourtFlow() {
    const first = await renderRoot();
    await first.user.click(screen.getByRole('button', { name: court.situation ?? '' }));
    await first.answer('邮政送来的信');
    first.unmount();
    const { download, fail } = slowDownload();
    const utils = await renderRoot(download);
    await fail();
    expect(screen.getByRole('alert')).toHaveTextContent('没能载入');
    return utils;
  }

  it('while it cannot load, Shift pressed three times still leaves', async () => {
    await waitingForSavedCourtFlow();
    const replace = vi.fn();
    vi.stubGlobal('location', { href: window.location.href, replace });
    try {
      for (let i = 0; i < 3; i++) fireEvent.keyDown(window, { key: 'Shift' });
      expect(document.documentElement).toHaveClass('exiting');
      await waitFor(() => {
        expect(replace).toHaveBeenCalledTimes(1);
      });
      await new Promise((done) => setTimeout(done, 450));
    } finally {
      vi.unstubAllGlobals();
      document.documentElement.classList.remove('exiting');
    }
  });

  it('while it cannot load, everything stored can be deleted, and the deletion is confirmed', async () => {
    const { user } = await waitingForSavedCourtFlow();
    await user.click(screen.getByRole('button', { name: '删除我的所有记录' }));
    await user.click(within(screen.getByRole('group', { name: '确认删除' })).getByRole('button', { name: '确定删除' }));
    expect(screen.getByText(/已删除/)).toHaveAttribute('role', 'status');
    expect(window.localStorage.length).toBe(0);
  });
});

describe('a saved flow id that names no flow', () => {
  it.each(['toString', 'constructor', 'no-such-flow'])('"%s" opens the first flow instead', async (flowId) => {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ format: 1, flowId }));
    await renderRoot();
    expect(screen.getByRole('heading', { level: 1, name: promptOf('collection', 'safetyNow') })).toBeInTheDocument();
  });
});
