// "快速离开": a button on every screen, a skip link for assistive tech, and Shift pressed three times.
import { useEffect, useRef } from 'react';

/** Blanks the page at once, then leaves; `leave` replaces the app's history so Back does not return. */
export function exitNow(leave: () => void): void {
  document.documentElement.classList.add('exiting');
  document.title = '天气';
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

export function QuickExitSkipLink({ onExit }: { onExit: () => void }) {
  return (
    <a
      className="skip-exit"
      href="#exit"
      onClick={(e) => {
        e.preventDefault();
        onExit();
      }}
    >
      快速离开这个页面（也可以连按三次 Shift 键）
    </a>
  );
}

export function QuickExitButton({ onExit }: { onExit: () => void }) {
  return (
    <button type="button" className="quick-exit" onClick={onExit}>
      快速离开
    </button>
  );
}
