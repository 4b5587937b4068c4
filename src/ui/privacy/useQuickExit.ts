// The quick exit's behaviour: blank the page and leave, the Shift-three-times shortcut, and both wired for a screen.
import { useCallback, useEffect, useRef } from 'react';
import { useFrameText } from '../app/uiText.ts';

/**
 * Gives the tab an everyday title at once, leaves, and blanks the page as soon as the everyday page has been asked
 * for; `leave` replaces the app's history so neither Back nor Forward returns, and calls `requested` once the
 * everyday page is requested.
 *
 * The blank cover comes after the request, not before: leaving takes a step back through history, which arrives as a
 * later task, and with the largest contact log listed the drawing of a cover put up before it (layout and pre-paint
 * over every entry) ran first and held the exit up by about 200 ms at 4× slowdown. After
 * the request the old page stays on screen until the everyday page arrives, so the cover still hides it then.
 *
 * The page is covered by one blank element rather than hidden: hiding the body (`visibility: hidden`) restyled every
 * element under it and `display: none` took the whole page apart, each far slower. The class on <html> is the mark
 * that the exit has begun; no style depends on it.
 */
export function exitNow(everydayTitle: string, leave: (requested: () => void) => void): void {
  document.documentElement.classList.add('exiting');
  document.title = everydayTitle;
  leave(() => {
    const cover = document.createElement('div');
    // Set through the CSSOM, which the Content-Security-Policy allows (an inline style attribute it would not).
    Object.assign(cover.style, { position: 'fixed', inset: '0', zIndex: '2147483647', background: '#fff' });
    document.documentElement.append(cover);
  });
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
 * The quick exit of a screen, ready to hand to the exit link: leaves for `exitUrl` through `leaveTo` (which replaces
 * the app's history) and blanks the page; Shift three times does the same.
 */
export function useQuickExit(exitUrl: string, leaveTo: (url: string, requested: () => void) => void): () => void {
  const ui = useFrameText();
  const exit = useCallback(() => {
    exitNow(ui.quickExit.exitTitle, (requested) => {
      leaveTo(exitUrl, requested);
    });
  }, [leaveTo, exitUrl, ui]);
  useShiftThreeTimes(exit);
  return exit;
}
