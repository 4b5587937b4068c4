// Printing shows a disclosure open, so a printed checklist carries its sources; it closes again after.
import { useEffect } from 'react';
import type { RefObject } from 'react';

/** Each disclosure looks after itself, so it works wherever one is shown, and one the user opened stays open. */
export function usePrintOpensDetails(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    let opened = false;
    const before = () => {
      const details = ref.current;
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
  }, [ref]);
}
