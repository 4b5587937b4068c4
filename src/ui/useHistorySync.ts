// Keeps the browser's Back button in step with the app's own Back using at most two history entries of the app.
import { useCallback, useEffect, useRef } from 'react';

/**
 * The app owns two entries: "base" and, whenever there is somewhere to go back to, "top" above it. The browser's
 * Back lands on base; we then step the machine back and push top again. Keeping to two entries (not one per
 * screen) means the quick exit can replace the app's only remaining entry, so Back can never return into it.
 */
const BASE = 'triage-base';
const TOP = 'triage-top';

function entryOf(state: unknown): string | undefined {
  return typeof state === 'object' && state !== null ? (state as { triage?: string }).triage : undefined;
}

/** Where Back goes: the app decides (the triage machine, or closing a tool page); this hook only mirrors it. */
export interface BackNavigation {
  canGoBack: () => boolean;
  goBack: () => void;
}

export interface HistoryControls {
  /** The in-app Back. */
  back: () => void;
  /** Leaves the app's history for `url` so that Back from there does not come back (quick exit). */
  leaveTo: (url: string) => void;
}

export function useHistorySync(navigation: BackNavigation, screenKey: string): HistoryControls {
  const leaving = useRef<string | null>(null);

  useEffect(() => {
    if (entryOf(window.history.state) === undefined) window.history.replaceState({ triage: BASE }, '');
  }, []);

  // After every screen change: if Back has somewhere to go, make sure the top entry exists to absorb it.
  useEffect(() => {
    if (leaving.current !== null) return;
    if (navigation.canGoBack() && entryOf(window.history.state) !== TOP) window.history.pushState({ triage: TOP }, '');
  }, [navigation, screenKey]);

  useEffect(() => {
    const onPopState = (e: PopStateEvent) => {
      if (leaving.current !== null) {
        window.location.replace(leaving.current);
        return;
      }
      if (entryOf(e.state) !== BASE) return;
      if (!navigation.canGoBack()) return;
      navigation.goBack();
      if (navigation.canGoBack()) window.history.pushState({ triage: TOP }, '');
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, [navigation]);

  const back = useCallback(() => {
    navigation.goBack();
  }, [navigation]);

  const leaveTo = useCallback((url: string) => {
    leaveAppFor(url, () => {
      // The popstate listener above then leaves as soon as the step is reported.
      leaving.current = url;
    });
  }, []);

  return { back, leaveTo };
}

/**
 * Leaves for `url` so that Back cannot return into the app: from the top entry it steps down to the base entry
 * first and replaces that. If the browser never reports the step, it goes anyway.
 */
export function leaveAppFor(url: string, onStepDown?: () => void): void {
  if (entryOf(window.history.state) === TOP) {
    onStepDown?.();
    window.history.back();
    window.setTimeout(() => {
      window.location.replace(url);
    }, 400);
  } else {
    window.location.replace(url);
  }
}
