// The fallback when a screen fails: a calm message, a fresh start, and a quick exit that Back cannot undo.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Shell } from '../../src/ui/Shell.tsx';

const WORDS = { heading: '这一页出了点问题', body: '不是你的错。', restart: '重新开始', exit: '快速离开' };

function Broken(): never {
  throw new Error('broken screen');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the fallback screen', () => {
  it('offers a fresh start, which forgets what may have caused the failure', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onReset = vi.fn();
    render(
      <Shell words={WORDS} exitUrl="https://example.org/" onReset={onReset}>
        <Broken />
      </Shell>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('这一页出了点问题');
    fireEvent.click(screen.getByRole('button', { name: '重新开始' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it("leaves from the app's top history entry by stepping down first, so Back cannot return", () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.useFakeTimers();
    window.history.replaceState({ triage: 'triage-top' }, '');
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined);
    const replace = vi.fn();
    vi.stubGlobal('location', { href: window.location.href, replace });
    render(
      <Shell words={WORDS} exitUrl="https://example.org/" onReset={() => undefined}>
        <Broken />
      </Shell>,
    );
    fireEvent.click(screen.getByRole('button', { name: '快速离开' }));
    expect(back).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(replace).toHaveBeenCalledWith('https://example.org/');
  });
});
