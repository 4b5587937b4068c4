// The contact log as a user meets it: log contacts in a few taps, see likely breaches, edit, delete, copy, keep or wipe.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { newEntry } from '../../../src/contactLog/entry.ts';
import { encodeLog } from '../../../src/storage/encode.ts';
import { STORAGE_KEYS } from '../../../src/storage/keys.ts';

const STORAGE_KEY = STORAGE_KEYS.progress;
const LOG_STORAGE_KEY = STORAGE_KEYS.log;
import { realBundle } from '../../support/fixtures.ts';
import { memoryStore, renderTriage } from '../../support/renderTriage.tsx';

const bundle = realBundle();
/** 2026-11-23 23:10 in Beijing. */
const NOW = Date.UTC(2026, 10, 23, 15, 10);

async function setup(store = memoryStore(), sharedMode = false) {
  const utils = await renderTriage(bundle, 'collection-triage', { store, sharedMode, now: () => NOW });
  const openLog = async () => {
    await utils.user.click(screen.getByRole('button', { name: '催收记录' }));
    await screen.findByRole('heading', { level: 1, name: '催收记录' });
  };
  /** Fills the form; the time input is set directly, as a phone's date picker would. */
  const logContact = async (fields: {
    at?: string;
    who?: string;
    caller?: string;
    notes?: string;
    ticks?: string[];
  }) => {
    await utils.user.click(screen.getByRole('button', { name: '记一笔' }));
    // Time and channel are never assumed: the person picks them, or taps "now".
    if (fields.at !== undefined)
      fireEvent.change(screen.getByLabelText('什么时候（北京时间）'), { target: { value: fields.at } });
    else await utils.user.click(screen.getByRole('button', { name: '就是现在' }));
    await utils.user.click(screen.getByRole('radio', { name: '电话' }));
    await utils.user.click(screen.getByRole('radio', { name: '接通了' }));
    if (fields.who) await utils.user.click(screen.getByRole('radio', { name: fields.who }));
    if (fields.caller) await utils.user.type(screen.getByLabelText('对方的号码或名字'), fields.caller);
    if (fields.notes) fireEvent.change(screen.getByLabelText(/备注/), { target: { value: fields.notes } });
    for (const tick of fields.ticks ?? []) await utils.user.click(screen.getByRole('checkbox', { name: tick }));
    await utils.user.click(screen.getByRole('button', { name: '保存这条记录' }));
  };
  return { ...utils, store, openLog, logContact };
}

describe('contact log', () => {
  it('offers now in Beijing time and flags a 23:10 call and a call to a colleague with their rules', async () => {
    const { openLog, logContact, user } = await setup();
    await openLog();
    // The log page is a download of its own: its heading takes focus a moment after it shows.
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1, name: '催收记录' })).toHaveFocus();
    });
    await logContact({});
    await logContact({ at: '2026-11-23T10:00', who: '同事' });
    expect(screen.getByText('已记下。')).toHaveAttribute('role', 'status');
    const list = document.querySelector('.log-entries');
    if (!list) throw new Error('no list');
    const items = within(list as HTMLElement)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('log-entry'));
    // Newest first.
    expect(items.map((li) => li.querySelector('.log-entry-what')?.textContent)).toEqual([
      '2026-11-23 23:10 · 电话（接通） · 联系了：我本人',
      '2026-11-23 10:00 · 电话（接通） · 联系了：同事',
    ]);
    expect(items[1]).toHaveTextContent('可能违规：找了你以外的人');
    expect(items[0]).toHaveTextContent('可能违规：在晚上 10 点到早上 8 点之间催收');
    // Each rule's sources are one tap away on the entry it flags, and all of them are on paper when printing.
    const [lateCall, colleague] = items;
    if (!lateCall || !colleague) throw new Error('two entries expected');
    await user.click(within(lateCall).getByText('依据'));
    expect(lateCall).toHaveTextContent('GB/T 45251—2025');
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const [sources] = within(colleague).getAllByRole('group');
    expect(sources && within(sources).getAllByRole('listitem').length).toBeGreaterThan(0);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    const summary = screen.getByRole('region', { name: '发现可能违规的地方' });
    expect(summary).toHaveTextContent('不是法院或监管部门的认定');
  });

  it('an untouched form saves nothing and says what is missing, each linked to its field', async () => {
    const { openLog, store, user } = await setup();
    await openLog();
    await user.click(screen.getByRole('button', { name: '记一笔' }));
    expect(screen.getByLabelText('什么时候（北京时间）')).toHaveValue('');
    expect(screen.getByRole('radio', { name: '电话' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: '保存这条记录' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    const [timeLink, channelLink] = within(summary).getAllByRole('link');
    expect(timeLink?.getAttribute('href')).toBe(`#${screen.getByLabelText('什么时候（北京时间）').id}`);
    expect(channelLink).toHaveTextContent('请选是怎么联系的');
    expect(screen.getByRole('heading', { name: '记一笔' })).toBeInTheDocument();
    expect(screen.getByLabelText('什么时候（北京时间）')).toHaveAttribute('aria-invalid', 'true');
    expect(store.data.has(LOG_STORAGE_KEY)).toBe(false);
  });

  it('entries can be changed and deleted (deleting asks once)', async () => {
    const { openLog, logContact, user } = await setup();
    await openLog();
    await logContact({ at: '2026-11-23T10:00' });
    expect(screen.getByText('没有发现违规迹象。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '修改' }));
    await user.click(screen.getByRole('checkbox', { name: '辱骂、侮辱' }));
    await user.click(screen.getByRole('button', { name: '保存这条记录' }));
    expect(document.querySelector('.breach-title')).toHaveTextContent('可能违法：辱骂、侮辱你');
    await user.click(screen.getByRole('button', { name: '删除' }));
    await user.click(screen.getByRole('button', { name: '确定删除' }));
    expect(screen.getByText('还没有记录。')).toBeInTheDocument();
  });

  it('copies the whole timeline as plain text', async () => {
    const { openLog, logContact, user } = await setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    await openLog();
    await logContact({ caller: '138 0000 0000' });
    await user.click(screen.getByRole('button', { name: '复制全部记录' }));
    expect(writeText).toHaveBeenCalledOnce();
    const text = String((writeText.mock.calls[0] as unknown[])[0]);
    expect(text).toContain('2026-11-23 23:10');
    expect(text).toContain('「138 0000 0000」');
    expect(await screen.findByText('已复制，可以粘贴到微信里。')).toBeInTheDocument();
  });

  it('a long log shows the newest 20, 20 more per tap, long notes cut short; exports and printing hold all 45', async () => {
    const longNote = `最长的一条：${'对方说今天不还就上门。'.repeat(30)}`;
    const entries = Array.from({ length: 45 }, (_, i) => ({
      ...newEntry(
        `e${String(i)}`,
        `2026-11-${String(1 + Math.floor(i / 3)).padStart(2, '0')}T${String(9 + (i % 3) * 2).padStart(2, '0')}:00`,
      ),
      notes: i === 44 ? longNote : `记录${String(i)}号。`,
    }));
    const store = memoryStore({ [LOG_STORAGE_KEY]: encodeLog({ entries, complaintsMade: {} }, NOW, 30) });
    const { openLog, user } = await setup(store);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    await openLog();
    const shownNotes = () =>
      [...document.querySelectorAll('.log-entries > .log-entry')].map(
        (li) => /记录(\d+)号|最长的一条/.exec(li.textContent)?.[0] ?? '',
      );
    expect(screen.getByRole('heading', { level: 2, name: /共 45 条/ })).toBeInTheDocument();
    const newest = Array.from({ length: 44 }, (_, i) => `记录${String(43 - i)}号`);
    expect(shownNotes()).toEqual(['最长的一条', ...newest.slice(0, 19)]);
    // The long note is cut on the page; its whole text is one tap away.
    expect(screen.queryByText(`备注：「${longNote}」`)).not.toBeInTheDocument();
    const whole = screen.getByText(`看完整备注（共 ${String(longNote.length)} 字）`).closest('details');
    expect(whole).toHaveTextContent(longNote);

    await user.click(screen.getByRole('button', { name: '再看 20 条（还有 25 条没显示）' }));
    expect(shownNotes()).toEqual(['最长的一条', ...newest.slice(0, 39)]);
    await user.click(screen.getByRole('button', { name: '再看 5 条（还有 5 条没显示）' }));
    expect(shownNotes()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /^再看/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '复制全部记录' }));
    const text = String((writeText.mock.calls[0] as unknown[])[0]);
    for (let i = 0; i < 44; i++) expect(text).toContain(`记录${String(i)}号。`);
    expect(text).toContain(longNote);
    expect(store.data.get(LOG_STORAGE_KEY)).toContain(longNote);
  });

  it('printing shows every entry and every note whole, and the page goes back after', async () => {
    const longNote = `很长：${'对方说今天不还就上门。'.repeat(20)}`;
    const entries = Array.from({ length: 45 }, (_, i) => ({
      ...newEntry(`e${String(i)}`, `2026-11-${String(1 + Math.floor(i / 3)).padStart(2, '0')}T10:0${String(i % 3)}`),
      notes: i === 0 ? longNote : `记录${String(i)}号。`,
    }));
    const store = memoryStore({ [LOG_STORAGE_KEY]: encodeLog({ entries, complaintsMade: {} }, NOW, 30) });
    const { openLog } = await setup(store);
    await openLog();
    const count = () => document.querySelectorAll('.log-entries > .log-entry').length;
    expect(count()).toBe(20);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(count()).toBe(45);
    expect(screen.getByText(`备注：「${longNote}」`)).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(count()).toBe(20);
  });

  it('is kept on this device across a reload, and "delete everything" removes it', async () => {
    const store = memoryStore();
    const first = await setup(store);
    await first.openLog();
    await first.logContact({ notes: '第一次' });
    expect(store.data.has(LOG_STORAGE_KEY)).toBe(true);
    first.unmount();

    const second = await setup(store);
    await second.openLog();
    expect(screen.getByText('备注：「第一次」')).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: '删除我的所有记录' }));
    await second.user.click(screen.getByRole('button', { name: /确定删除/ }));
    expect(store.data.has(LOG_STORAGE_KEY)).toBe(false);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });

  it('an unreadable saved log is kept aside as text, offered for export, and the app still works', async () => {
    const broken = '{"format":1,"savedAt":1,"retentionDays":7,"entries":"oops"';
    const store = memoryStore({ [LOG_STORAGE_KEY]: broken });
    const { openLog } = await setup(store);
    expect(screen.getByRole('status')).toHaveTextContent('上次保存的催收记录里有 1 处读不出来');
    expect(JSON.parse(store.data.get(STORAGE_KEYS.logUnread) ?? '{}')).toMatchObject({ parts: [broken] });
    await openLog();
    expect(screen.getByText('还没有记录。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '读不出来的旧记录' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '复制读不出来的原文' })).toBeInTheDocument();
  });

  it('one entry over a limit costs nothing else: the readable entries stay, the other is kept aside', async () => {
    const good = { ...newEntry('a', '2026-11-23T10:00'), notes: '保留' };
    const stored = JSON.stringify({
      format: 1,
      savedAt: NOW,
      retentionDays: 7,
      entries: [good, { ...good, id: 'b', durationMinutes: 99_999 }],
      complaintsMade: {},
    });
    const store = memoryStore({ [LOG_STORAGE_KEY]: stored });
    const { openLog } = await setup(store);
    await openLog();
    expect(screen.getByText('备注：「保留」')).toBeInTheDocument();
    const unread = (JSON.parse(store.data.get(STORAGE_KEYS.logUnread) ?? '{}') as { parts: string[] }).parts;
    expect(unread).toHaveLength(1);
    expect(unread[0]).toContain('99999');
  });

  it('a saved log brings back the retention it was kept with; one past it is deleted with a notice', async () => {
    const day = 24 * 60 * 60 * 1000;
    const log = { entries: [], complaintsMade: {}, paymentOrderReceived: '2026-11-20' };
    const kept = await setup(memoryStore({ [LOG_STORAGE_KEY]: encodeLog(log, NOW - day, 30) }));
    expect(screen.getByText(/30 天不用会自动删除/)).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    kept.unmount();

    const store = memoryStore({ [LOG_STORAGE_KEY]: encodeLog(log, NOW - 2 * day, 1) });
    await setup(store);
    expect(screen.getByRole('status')).toHaveTextContent('超过保存期限的催收记录已经自动删除了');
    expect(store.data.has(LOG_STORAGE_KEY)).toBe(false);
  });

  it('shared-phone mode writes nothing while logging', async () => {
    const store = memoryStore();
    const { openLog, logContact } = await setup(store, true);
    await openLog();
    await logContact({ notes: '不要留下' });
    expect(screen.getByText('备注：「不要留下」')).toBeInTheDocument();
    expect(store.writes).toBe(0);
  });
});

describe('complaint drafts and reminders', () => {
  it('the 12378 draft quotes the logged 23:10 call; marking the bank complaint made offers a 15-day reminder file', async () => {
    const { openLog, logContact, user } = await setup();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    await openLog();
    await logContact({});
    await logContact({ at: '2026-11-23T10:00', who: '同事' });
    await user.click(screen.getByRole('button', { name: '投诉材料' }));
    // The page is a download of its own: its heading takes focus once it is there.
    const heading = await screen.findByRole('heading', { level: 1, name: '投诉材料' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    // The first fitting channel (the bank) shows its draft; the regulator's opens on a tap.
    await user.click(
      within(screen.getByRole('region', { name: '国家金融监督管理总局消费者投诉热线' })).getByText('看材料全文'),
    );
    const nfra = screen.getByLabelText('给国家金融监督管理总局消费者投诉热线的材料');
    expect(nfra).toHaveTextContent('2026-11-23 23:10');
    expect(nfra).toHaveTextContent('联系了：同事');
    // No lender answered yet: the lender's own service, with where its number is written and no number guessed.
    const bank = screen.getByRole('region', { name: '放贷方客服' });
    expect(within(bank).getByText(/借款合同或官方 App 里写的官方客服电话/)).toBeInTheDocument();
    expect(within(bank).queryByRole('link', { name: /95384|95017/ })).toBeNull();
    await user.click(within(bank).getByRole('button', { name: '我已经投诉了' }));
    expect(within(bank).getByText('你在 2026-11-23 标记了已投诉。')).toBeInTheDocument();
    await user.click(within(bank).getByRole('button', { name: '2026-12-08 提醒我跟进（日历文件）' }));
    expect(created).toHaveLength(1);
    expect(await created[0]?.text()).toContain('DTSTART:20261208T090000');
    expect(screen.getByLabelText('给国家金融监督管理总局消费者投诉热线的材料')).toHaveTextContent(
      '我已经在 2026-11-23 向放贷方投诉过',
    );
  });

  it('the 支付令 reminder asks for the date of service and makes a calendar file for day 15', async () => {
    const { user } = await setup();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    await user.click(screen.getByRole('button', { name: '投诉材料' }));
    await user.click(await screen.findByRole('button', { name: '下载期限提醒（日历文件）' }));
    expect(screen.getByText('请先选好送达的日期')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('支付令送达的日期'), { target: { value: '2026-11-20' } });
    await user.click(screen.getByRole('button', { name: '下载期限提醒（日历文件）' }));
    expect(await created[0]?.text()).toContain('DTSTART:20261205T090000');
  });

  it('what to say on a call, in large lines, and a message for family that can be copied', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: '接电话怎么说' }));
    expect(await screen.findByRole('heading', { level: 1, name: '接电话时可以这样说' })).toHaveFocus();
    expect(screen.getByText('这通电话我在录音。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '复制这段话' })).toBeInTheDocument();
    expect(screen.getByText(/请不要向对方确认任何关于我的信息/)).toBeInTheDocument();
  });
});
