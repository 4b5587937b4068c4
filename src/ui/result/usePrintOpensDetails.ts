// Printing shows a disclosure open, so a printed checklist carries its steps (and sources, when asked); it closes
// again after.
import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Each disclosure looks after itself, so it works wherever one is shown, and one the user opened stays open.
 * A source list stays shut when the page asked to print without sources (`data-print-sources="no"` on <html>).
 */
export function usePrintOpensDetails(
  ref: RefObject<HTMLDetailsElement | null>,
  when: 'always' | 'sources' = 'sources',
): void {
  useEffect(() => {
    let opened = false;
    const before = () => {
      const details = ref.current;
      if (when === 'sources' && document.documentElement.dataset.printSources === 'no') return;
      if (details && !details.open) {
        details.open = true;
        opened = true;
      }
    };
    const after = () => {
      if (opened && ref.current) ref.current.open = false;
      opened = false;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ref, when]);
}
