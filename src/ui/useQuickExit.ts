// The quick exit's behaviour: blank the page and leave, and the Shift-three-times shortcut.
import { useEffect, useRef } from 'react';

/**
 * Blanks the page and gives the tab an everyday title at once, then leaves; `leave` replaces the app's history so
 * Back does not return.
 */
export function exitNow(everydayTitle: string, leave: () => void): void {
  document.documentElement.classList.add('exiting');
  document.title = everydayTitle;
  leave();
}

export function useShiftThreeTimes(onTriple: () => void): void {
  const presses = useRef<number[]>([]);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Shift' || e.repeat) return;
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
