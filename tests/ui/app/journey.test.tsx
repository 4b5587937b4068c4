// The app through a user's eyes on the small fixture flow: questions, result, the answers page behind it, Back and
// changes.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { miniBundle } from '../../support/fixtures.ts';
import { renderTriage, tapOption } from '../../support/renderTriage.tsx';

const bundle = miniBundle();

describe('the triage journey', () => {
  it('asks one question per screen; focus moves to each new heading, but not on first load', async () => {
    const { answer } = await renderTriage(bundle, 'mini');
    expect(screen.getByRole('heading', { level: 1, name: '对方怎么联系你？' })).not.toHaveFocus();
    // A single choice: each option a button that answers, in a group named by the question; no Continue.
    const group = screen.getByRole('group', { name: '对方怎么联系你？' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['电话›', '上门›']);
    expect(screen.queryByRole('button', { name: '继续' })).not.toBeInTheDocument();
    expect(screen.getByText('第 1 题')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '返回上一题' })).not.toBeInTheDocument();
    await answer('电话');
    expect(screen.getByRole('heading', { level: 1, name: '对方做了什么？' })).toHaveFocus();
  });

  it('shows an error linked to the question when Continue is pressed with nothing ticked', async () => {
    const { answer, user } = await renderTriage(bundle, 'mini');
    await answer('电话');
    await user.click(screen.getByRole('button', { name: '继续' }));
    const alert = screen.getByRole('alert');
    const message = '请至少选一项。都不符合的话，请选最后一项。';
    expect(within(alert).getByRole('link', { name: message })).toHaveAttribute('href', expect.stringMatching(/^#/));
    expect(screen.getByRole('group')).toHaveAccessibleDescription(message);
    expect(screen.getByRole('heading', { level: 1, name: '对方做了什么？' })).toBeInTheDocument();
  });

  it('walks to the result, listing verdicts and sourced actions with tap-to-call numbers', async () => {
    const { answer, showResult, user } = await renderTriage(bundle, 'mini');
    await answer('上门');
    expect(screen.getByRole('heading', { level: 1, name: '对方现在在门口吗？' })).toHaveFocus();
    // the safety card is on the question screen itself
    for (const link of screen.getAllByRole('link', { name: '报警电话 110' }))
      expect(link).toHaveAttribute('href', 'tel:110');
    // The last answer opens the result: no stop on the way.
    await answer('在');
    expect(screen.getByRole('heading', { level: 1, name: '你的清单' })).toBeInTheDocument();
    await showResult();
    expect(screen.getByRole('region', { name: '紧急：你可能有危险' })).toBeInTheDocument();
    const groups = within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    // Up to three actions lead as "do these first"; here that is all of them. Their sources follow, once each.
    expect(groups).toEqual(['先做这几件', '法律依据和来源（2 个）', '接下来可以用的工具']);
    const first = screen.getAllByRole('article')[0];
    if (!first) throw new Error('no action shown');
    expect(within(first).getByRole('heading', { name: /^拨打\s*报警电话\s*110$/ })).toBeInTheDocument();
    expect(within(first).getByText(/你的回答里有/)).toHaveTextContent('「在」');
    // The step names its source in a line; the source itself, with what it says and when it was checked, is
    // listed once at the end of the result, where that name leads.
    const named = within(first).getByRole('link', { name: /第四十七条/ });
    const sources = await screen.findByRole('region', { name: /^法律依据和来源/ });
    const entry = sources.querySelector(named.getAttribute('href') ?? '-');
    if (!(entry instanceof HTMLElement)) throw new Error('the source line leads nowhere');
    expect(entry).toHaveTextContent('第四十七条');
    expect(entry).toHaveTextContent(/核对日期 2026-11-23/);
    expect(entry).toHaveTextContent('法律原文');
    await user.click(named);
    expect(entry.closest('details')).toHaveProperty('open', true);
    expect(entry).toHaveFocus();
  });

  it('lists each source once, however many steps and verdicts cite it', async () => {
    const { answer, showResult } = await renderTriage(bundle, 'mini');
    await answer('上门');
    await answer('在');
    await showResult();
    const sources = await screen.findByRole('region', { name: /^法律依据和来源/ });
    const entries = [...sources.querySelectorAll('ol > li')];
    const cited = screen
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('#source-'))
      .map((a) => a.getAttribute('href'));
    // Every source a step or verdict names has exactly one entry, and every entry is named by something.
    expect(entries.map((li) => `#${li.id}`).sort()).toEqual([...new Set(cited)].sort());
    expect(cited.length).toBeGreaterThan(entries.length - 1);
  });

  it('the result opens with its heading focused and the verdicts and every group at once', async () => {
    const { answer, showResult } = await renderTriage(bundle, 'mini');
    await answer('上门');
    await answer('在');
    await showResult();
    expect(screen.getByRole('heading', { level: 1, name: '你的清单' })).toHaveFocus();
    expect(screen.getByRole('region', { name: '紧急：你可能有危险' })).toBeInTheDocument();
    const groups = () =>
      within(screen.getByRole('main'))
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent);
    expect(groups()[0]).toBe('先做这几件');
    const [first] = screen.getAllByRole('article');
    if (!first) throw new Error('no action shown');
    expect(within(first).getByRole('heading', { name: /^拨打\s*报警电话\s*110$/ })).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: '接下来可以用的工具' });
    expect(groups()).toEqual(['先做这几件', '法律依据和来源（2 个）', '接下来可以用的工具']);
  });

  it('printing opens every source disclosure on the page, and closes again after the ones it opened', async () => {
    const { answer, showResult } = await renderTriage(bundle, 'mini');
    await answer('上门');
    await answer('在');
    await showResult();
    const disclosures = () => [...screen.getByRole('main').querySelectorAll('details')];
    expect(disclosures().length).toBeGreaterThan(1);
    const [readByUser] = disclosures();
    if (!readByUser) throw new Error('no disclosure shown');
    readByUser.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(disclosures().filter((d) => !d.open)).toEqual([]);
    window.dispatchEvent(new Event('afterprint'));
    expect(disclosures().filter((d) => d.open)).toEqual([readByUser]);
  });

  it('lets the user tick an action as done', async () => {
    const { answer, user, showResult } = await renderTriage(bundle, 'mini');
    await answer('电话');
    await answer('都没有');
    await showResult();
    const box = screen.getByRole('checkbox', { name: '这一条我已经做了' });
    await user.click(box);
    expect(box).toBeChecked();
  });

  it('Back shows the previous question with its answer still chosen, and one tap answers it again', async () => {
    const { answer, user } = await renderTriage(bundle, 'mini');
    await answer('电话');
    await user.click(screen.getByRole('button', { name: '返回上一题' }));
    expect(screen.getByRole('heading', { level: 1, name: '对方怎么联系你？' })).toHaveFocus();
    expect(screen.getByRole('button', { name: '电话 你选的' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上门' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '电话 你选的' }));
    expect(screen.getByRole('heading', { level: 1, name: '对方做了什么？' })).toHaveFocus();
  });

  it('changing an answer from the answers page changes the result', async () => {
    const { answer, user, showResult, confirmAnswers } = await renderTriage(bundle, 'mini');
    await answer('电话');
    await answer('辱骂');
    await showResult();
    expect(screen.getByRole('region', { name: '注意：可能违规' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '投诉' })).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: '看看或修改我的回答' }));
    await user.click(screen.getByRole('button', { name: '修改“对方的做法”' }));
    expect(screen.getByRole('checkbox', { name: '辱骂' })).toBeChecked();
    await answer('都没有');
    expect(screen.getByRole('heading', { level: 1, name: '看一下你的回答' })).toBeInTheDocument();
    expect(screen.getByText('都没有')).toBeInTheDocument();
    await confirmAnswers();
    expect(screen.getByRole('region', { name: '说明：正常提醒' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: '投诉' })).not.toBeInTheDocument();
  });

  it('"none of these" answers in one tap below Continue, and a ticked box takes its place when they come back', async () => {
    const { user, answer } = await renderTriage(bundle, 'mini');
    await answer('电话');
    const group = screen.getByRole('group', { name: '对方做了什么？' });
    // Continue sits right under the boxes, "or" and "none of these" after it.
    const order = [...group.querySelectorAll('input, button')].map((el) =>
      el instanceof HTMLInputElement ? el.value : el.textContent,
    );
    expect(order.slice(-2)).toEqual(['继续', '都没有›']);
    expect(within(group).getByText('或者')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '辱骂' }));
    await user.click(screen.getByRole('button', { name: '都没有' }));
    expect(screen.getByRole('heading', { level: 1, name: '你的清单' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '看看或修改我的回答' }));
    await user.click(screen.getByRole('button', { name: '返回上一题' }));
    expect(screen.getByRole('checkbox', { name: '辱骂' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: '都没有 你选的' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '深夜打电话' }));
    expect(tapOption('都没有')).toHaveAccessibleName('都没有');
  });

  it('the calm verdict shows when nothing else applies, and restart starts over', async () => {
    const { answer, user, showResult } = await renderTriage(bundle, 'mini');
    await answer('电话');
    await answer('都没有');
    await showResult();
    expect(screen.getByRole('region', { name: '说明：正常提醒' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /紧急|注意/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重新开始' }));
    expect(screen.getByRole('button', { name: '电话' })).toBeInTheDocument();
    expect(screen.queryByText('你选的')).not.toBeInTheDocument();
  });
});
