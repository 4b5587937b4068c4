// The fallback when a screen fails: a calm message, "try again" that keeps everything, a fresh start only after
// asking, and a quick exit that Back cannot undo.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Shell } from '../../../src/ui/app/Shell.tsx';
import { realBundle } from '../../support/fixtures.ts';

const WORDS = { ...realBundle().catalogue.ui.shell, exit: '快速离开' };

function Broken(): never {
  throw new Error('broken screen');
}

afterEach(() => {
  // A quick exit a failed test left half done finishes here, with the stubs still in place, so that it does not
  // hold back the history of later files sharing this worker's modules.
  if (vi.isFakeTimers()) vi.runOnlyPendingTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the fallback screen', () => {
  it('offers "try again", which deletes nothing, and a fresh start only after asking', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onReset = vi.fn();
    const onRetry = vi.fn();
    let broken = true;
    function Flaky() {
      if (broken) throw new Error('broken screen');
      return <p>回来了</p>;
    }
    render(
      <Shell words={WORDS} exitUrl="https://example.org/" onRetry={onRetry} onReset={onReset}>
        <Flaky />
      </Shell>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(WORDS.heading);
    expect(screen.getByRole('alert')).toHaveTextContent('你的回答和记录都还在');
    fireEvent.click(screen.getByRole('button', { name: WORDS.restart }));
    expect(onReset).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: WORDS.restart });
    expect(confirm).toHaveTextContent(WORDS.restartConfirm);
    fireEvent.click(screen.getByRole('button', { name: WORDS.cancel }));
    expect(onReset).not.toHaveBeenCalled();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: WORDS.retry }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onReset).not.toHaveBeenCalled();
    expect(screen.getByText('回来了')).toBeVisible();
  });

  it('starts over, forgetting what may have caused the failure, once the person confirms', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onReset = vi.fn();
    render(
      <Shell words={WORDS} exitUrl="https://example.org/" onReset={onReset}>
        <Broken />
      </Shell>,
    );
    fireEvent.click(screen.getByRole('button', { name: WORDS.restart }));
    fireEvent.click(screen.getByRole('button', { name: WORDS.restartConfirmButton }));
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
