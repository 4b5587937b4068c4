// On-device saving as a user meets it: resume after reload, kind recovery from bad data, delete, shared-phone mode.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FlowBundle } from '../../../src/flow/schema.ts';
import { STORAGE_KEYS } from '../../../src/storage/keys.ts';
import { bundleSource } from '../../../src/ui/loading/bundles.ts';
import { miniBundle } from '../../support/fixtures.ts';
import { TEST_EXIT_URL, memoryStore, renderTriage } from '../../support/renderTriage.tsx';

const STORAGE_KEY = STORAGE_KEYS.progress;

const bundle = miniBundle();

describe('progress kept on this device', () => {
  it('a reload lands on the same question with the answers kept', async () => {
    const store = memoryStore();
    const first = await renderTriage(bundle, 'mini', { store });
    await first.answer('上门');
    await first.answer('不在');
    expect(screen.getByRole('heading', { level: 1, name: '对方做了什么？' })).toBeInTheDocument();
    // A versioned envelope around the machine's own persisted snapshot.
    await waitFor(() => {
      expect(JSON.parse(store.data.get(STORAGE_KEY) ?? '{}')).toMatchObject({
        format: 1,
        flowId: 'mini',
        flowVersion: 3,
        retentionDays: 7,
        snapshot: { status: 'active', value: 'conduct', context: { answers: { contact: ['visit'], atDoor: ['no'] } } },
      });
    });
    first.unmount();

    const second = await renderTriage(bundle, 'mini', { store });
    expect(screen.getByRole('heading', { level: 1, name: '对方做了什么？' })).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: '返回上一题' }));
    expect(screen.getByRole('button', { name: '不在 你选的' })).toBeInTheDocument();
  });

  it('ticked actions survive a reload', async () => {
    const store = memoryStore();
    const first = await renderTriage(bundle, 'mini', { store });
    await first.answer('电话');
    await first.answer('都没有');
    await first.showResult();
    await first.user.click(screen.getByRole('checkbox', { name: '这一条我已经做了' }));
    first.unmount();
    await renderTriage(bundle, 'mini', { store });
    expect(screen.getByRole('checkbox', { name: '这一条我已经做了' })).toBeChecked();
  });

  it('a tick the catalogue does not know is dropped; the answers and the other ticks stay', async () => {
    const store = memoryStore();
    const first = await renderTriage(bundle, 'mini', { store });
    await first.answer('电话');
    await first.answer('都没有');
    await first.showResult();
    await first.user.click(screen.getByRole('checkbox', { name: '这一条我已经做了' }));
    first.unmount();
    const saved = JSON.parse(store.data.get(STORAGE_KEY) ?? '{}') as { done: string[] };
    store.data.set(STORAGE_KEY, JSON.stringify({ ...saved, done: [...saved.done, '<img src=x onerror=alert(1)>'] }));
    await renderTriage(bundle, 'mini', { store });
    expect(screen.queryByText(/读不出来/)).not.toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: '这一条我已经做了' })).toBeChecked();
    // The unknown tick is dropped when the catalogue arrives, which a visit with something stored asks for at once.
    await waitFor(() => {
      expect(JSON.parse(store.data.get(STORAGE_KEY) ?? '{}')).toMatchObject({ done: saved.done });
    });
  });

  it('deleting is confirmed even when the rest of the app has not arrived', async () => {
    const store = memoryStore();
    const { answer, user } = await renderTriage(bundle, 'mini', {
      store,
      bundles: bundleSource(() => new Promise<FlowBundle>(() => undefined)),
    });
    await answer('电话');
    await user.click(screen.getByRole('button', { name: '删除我的所有记录' }));
    await user.click(within(screen.getByRole('group', { name: '确认删除' })).getByRole('button', { name: '确定删除' }));
    expect(screen.getByText(/已删除/)).toHaveAttribute('role', 'status');
    expect(store.data.size).toBe(0);
  });

  it.each([
    ['corrupt data', '{"format":1,"flowId":"mini",', '上次保存的记录读不出来'],
    ['data from an older version', JSON.stringify({ format: 0 }), '问题更新过'],
    ['hostile data', '{"__proto__":{"polluted":1},"format":1}', '上次保存的记录读不出来'],
  ])('%s: starts fresh with a kind notice and discards it', async (_what, text, notice) => {
    const store = memoryStore({ [STORAGE_KEY]: text });
    const { answer } = await renderTriage(bundle, 'mini', { store });
    expect(screen.getByRole('status')).toHaveTextContent(notice);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await answer('电话');
    expect(screen.getByRole('heading', { level: 1, name: '对方做了什么？' })).toBeInTheDocument();
  });

  it('an expired record is deleted and the user is told why', async () => {
    const store = memoryStore();
    const day = 24 * 60 * 60 * 1000;
    let now = Date.UTC(2026, 0, 1);
    const first = await renderTriage(bundle, 'mini', { store, now: () => now });
    await first.answer('电话');
    first.unmount();
    now += 8 * day;
    await renderTriage(bundle, 'mini', { store, now: () => now });
    expect(screen.getByRole('status')).toHaveTextContent('超过保存期限的记录已经自动删除');
    expect(store.data.size).toBe(0);
  });

  it('the user sees and changes how long records are kept', async () => {
    const store = memoryStore();
    const { answer, user } = await renderTriage(bundle, 'mini', { store });
    expect(screen.getByText(/7 天不用会自动删除/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '自动删除时间：' }), '1');
    await answer('电话');
    await waitFor(() => {
      expect(JSON.parse(store.data.get(STORAGE_KEY) ?? '{}')).toMatchObject({ retentionDays: 1 });
    });
    expect(screen.getByText(/1 天不用会自动删除/)).toBeInTheDocument();
  });

  it('"删除我的所有记录" asks once, then leaves nothing behind', async () => {
    const store = memoryStore();
    const { answer, user } = await renderTriage(bundle, 'mini', { store });
    await answer('电话');
    await waitFor(() => {
      expect(store.data.size).toBe(1);
    });
    await user.click(screen.getByRole('button', { name: '删除我的所有记录' }));
    const confirm = screen.getByRole('group', { name: '确认删除' });
    await user.click(within(confirm).getByRole('button', { name: '确定删除' }));
    expect(store.data.size).toBe(0);
    expect(screen.getByRole('status')).toHaveTextContent('已删除');
    expect(screen.getByRole('heading', { level: 1, name: '对方怎么联系你？' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '电话' })).toBeInTheDocument();
    expect(screen.queryByText('你选的')).not.toBeInTheDocument();
  });

  it('cancelling the delete keeps everything', async () => {
    const store = memoryStore();
    const { answer, user } = await renderTriage(bundle, 'mini', { store });
    await answer('电话');
    await user.click(screen.getByRole('button', { name: '删除我的所有记录' }));
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(store.data.size).toBe(1);
  });

  it('shared-phone mode writes nothing at all, and says so', async () => {
    const store = memoryStore();
    const { answer, user, showResult } = await renderTriage(bundle, 'mini', { store, sharedMode: true });
    expect(screen.getByText(/共用手机模式已打开/)).toBeInTheDocument();
    await answer('电话');
    await answer('辱骂');
    await showResult();
    await user.click(screen.getAllByRole('checkbox', { name: '这一条我已经做了' })[0] as HTMLElement);
    expect(store.writes).toBe(0);
    expect(store.data.size).toBe(0);
  });

  it('turning shared-phone mode on asks first, offers to export, then removes what was saved', async () => {
    const store = memoryStore();
    const { answer, user } = await renderTriage(bundle, 'mini', { store });
    await answer('电话');
    expect(store.data.size).toBe(1);
    await user.click(screen.getByRole('checkbox', { name: '共用手机模式：什么都不保存' }));
    const confirm = screen.getByRole('group', { name: '确认打开共用手机模式' });
    expect(within(confirm).getByRole('button', { name: '先去导出催收记录' })).toBeInTheDocument();
    expect(store.data.size).toBe(1);
    await user.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(screen.getByRole('checkbox', { name: '共用手机模式：什么都不保存' })).not.toBeChecked();
    expect(store.data.size).toBe(1);
    await user.click(screen.getByRole('checkbox', { name: '共用手机模式：什么都不保存' }));
    await user.click(screen.getByRole('button', { name: '删除并打开' }));
    expect(store.data.size).toBe(0);
    await answer('辱骂');
    expect(store.data.size).toBe(0);
  });

  it('turning shared-phone mode on with nothing saved needs no question', async () => {
    const store = memoryStore();
    const { user } = await renderTriage(bundle, 'mini', { store });
    await user.click(screen.getByRole('checkbox', { name: '共用手机模式：什么都不保存' }));
    expect(screen.getByText(/共用手机模式已打开/)).toBeInTheDocument();
    expect(store.writes).toBe(0);
  });

  // Each step is written at once, so nothing waits for the page to be hidden, left or quickly exited.
  describe('a step is saved as it is made', () => {
    const saved = (store: ReturnType<typeof memoryStore>) =>
      (JSON.parse(store.data.get(STORAGE_KEY) ?? '{}') as { snapshot?: { value?: string } }).snapshot?.value;

    it('before the quick exit leaves', async () => {
      const store = memoryStore();
      const replace = vi.fn();
      vi.stubGlobal('location', { href: window.location.href, replace });
      try {
        const { answer } = await renderTriage(bundle, 'mini', { store });
        await answer('电话');
        fireEvent.click(screen.getByRole('button', { name: '快速离开' }));
        expect(saved(store)).toBe('conduct');
        await waitFor(() => {
          expect(replace).toHaveBeenCalledWith(TEST_EXIT_URL);
        });
        // The exit also leaves on a timer in case the browser never reports the step back; let it pass here.
        await new Promise((done) => setTimeout(done, 450));
      } finally {
        vi.unstubAllGlobals();
        document.documentElement.classList.remove('exiting');
      }
    });

    it('and never after the data was deleted', async () => {
      const store = memoryStore();
      const { answer } = await renderTriage(bundle, 'mini', { store });
      await answer('电话');
      fireEvent.click(screen.getByRole('button', { name: '删除我的所有记录' }));
      fireEvent.click(
        within(screen.getByRole('group', { name: '确认删除' })).getByRole('button', { name: '确定删除' }),
      );
      await act(() => Promise.resolve());
      expect(store.data.size).toBe(0);
    });
  });

  it('works, without saving, where the browser allows no storage', async () => {
    const { answer } = await renderTriage(bundle, 'mini', { store: undefined });
    expect(screen.getByText(/这个浏览器不允许保存/)).toBeInTheDocument();
    await answer('电话');
    expect(screen.getByRole('heading', { level: 1, name: '对方做了什么？' })).toBeInTheDocument();
  });
});

describe('quick exit', () => {
  it('is on every screen, with a skip link for assistive technology', async () => {
    const { answer, showResult } = await renderTriage(bundle, 'mini');
    const check = () => {
      expect(screen.getByRole('button', { name: '快速离开' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /快速离开这个页面/ })).toBeInTheDocument();
    };
    check();
    await answer('电话');
    check();
    await answer('都没有');
    check();
    await showResult();
    check();
  });
});
