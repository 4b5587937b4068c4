// The quick exit's behaviour: blank the page and leave, the Shift-three-times shortcut, and both wired for a screen.
import { useCallback, useEffect, useRef } from 'react';
import { useFrameText } from './uiText.ts';

/**
 * Leaves, and blanks the page and gives the tab an everyday title in the same task; `leave` replaces the app's history so
 * neither Back nor Forward returns.
 *
 * The page is covered by one blank element rather than hidden: with the largest contact log on screen, hiding the
 * body (`visibility: hidden`) restyled every element under it and `display: none` took the whole page apart, each
 * holding the exit up by about a second at 4× slowdown; the cover about halved that. The class stays on <html> as
 * the mark that the exit has begun; no style depends on it.
 */
export function exitNow(everydayTitle: string, leave: () => void): void {
  // Leaving comes first: the step back through history it starts is asynchronous, and the cover below still goes up
  // in this same task, before the browser paints again.
  leave();
  const cover = document.createElement('div');
  // Set through the CSSOM, which the Content-Security-Policy allows (an inline style attribute it would not).
  Object.assign(cover.style, { position: 'fixed', inset: '0', zIndex: '2147483647', background: '#fff' });
  document.documentElement.append(cover);
  document.documentElement.classList.add('exiting');
  document.title = everydayTitle;
}

/** Input types that take no typed text: on these (a tick box, a choice) the shortcut still works. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/**
 * Whether a key press goes to text the person is writing: there Shift changes case or an input method's mode, and
 * three presses must never throw away what they typed.
 */
export function isTyping(e: KeyboardEvent): boolean {
  if (e.isComposing || e.key === 'Process') return true;
  const target = e.target;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  if (!(target instanceof Element)) return false;
  return target.closest('textarea, [contenteditable]:not([contenteditable="false"])') !== null;
}

export function useShiftThreeTimes(onTriple: () => void): void {
  const presses = useRef<number[]>([]);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Shift' || e.repeat) return;
      if (isTyping(e)) {
        presses.current = [];
        return;
      }
      const now = e.timeStamp;
      presses.current = [...presses.current.filter((t) => now - t < 1500), now];
      if (presses.current.length >= 3) {
        presses.current = [];
        onTriple();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [onTriple]);
}

/**
 * The quick exit of a screen, ready to hand to the exit link: blanks the page and leaves for `exitUrl` through
 * `leaveTo` (which replaces the app's history); Shift three times does the same.
 */
export function useQuickExit(exitUrl: string, leaveTo: (url: string) => void): () => void {
  const ui = useFrameText();
  const exit = useCallback(() => {
    exitNow(ui.quickExit.exitTitle, () => {
      leaveTo(exitUrl);
    });
  }, [leaveTo, exitUrl, ui]);
  useShiftThreeTimes(exit);
  return exit;
}
