// Keeps the browser's Back button in step with the app's own Back using at most two history entries of the app.
import { useCallback, useEffect } from 'react';

/**
 * The app owns two entries: "base" and, whenever there is somewhere to go back to, "top" above it. The browser's
 * Back lands on base; we then step the machine back and push top again. Keeping to two entries (not one per
 * screen) means the quick exit can replace base and turn the one entry above it into a page that leaves too.
 */
const BASE = 'triage-base';
const TOP = 'triage-top';
/** The entry the quick exit leaves behind, ahead of the everyday page (see leaveAppFor). */
const LEFT = 'triage-left';

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
  /**
   * Leaves the app's history for `url` so that neither Back nor Forward from there comes back (quick exit);
   * `requested` runs once the browser has been told to load `url`.
   */
  leaveTo: (url: string, requested?: () => void) => void;
}

export function useHistorySync(navigation: BackNavigation, screenKey: string): HistoryControls {
  useEffect(() => {
    const entry = entryOf(window.history.state);
    // The app itself was served for the left page (a server or cache that answers every path with it): go on.
    if (entry === LEFT) leaveAgain(window.history.state);
    else if (entry === undefined) window.history.replaceState({ triage: BASE }, '');
  }, []);

  // After every screen change: if Back has somewhere to go, make sure the top entry exists to absorb it.
  useEffect(() => {
    if (leaving) return;
    if (navigation.canGoBack() && entryOf(window.history.state) !== TOP) window.history.pushState({ triage: TOP }, '');
  }, [navigation, screenKey]);

  useEffect(() => {
    const onPopState = (e: PopStateEvent) => {
      // The quick exit's own step down to base: it leaves from there, and nothing may be pushed in between.
      if (leaving) return;
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

  const leaveTo = useCallback((url: string, requested?: () => void) => {
    leaveAppFor(url, requested);
  }, []);

  return { back, leaveTo };
}

function leaveAgain(state: unknown): void {
  const to = (state as { to?: unknown }).to;
  window.location.replace(typeof to === 'string' && /^https?:\/\//.test(to) ? to : 'about:blank');
}

/** The quick exit has begun: no entry may be pushed any more. */
let leaving = false;

/**
 * Where an entry of the app that cannot be removed points once the quick exit has left: a blank page of its own
 * (public/left.html) that goes straight on to the everyday page, so Forward never loads the app again.
 */
export const LEFT_PAGE = '/left.html';
/** If the browser never reports the step down to base, leave from where we are. */
const STEP_DOWN_TIMEOUT_MS = 400;

/**
 * Leaves for `url` so that neither Back nor Forward returns into the app. History entries cannot be deleted, only
 * replaced (the current one) or cut off (everything ahead of a newly pushed one). So: the entry above base is made
 * the left page (replaced if it is top; pushed if we are on base, which cuts off any entry ahead), then we step
 * down to base and replace base with `url`. What remains of the app is one entry ahead, and it is the left page.
 * `requested` runs right after `url` is asked for, in the same task, so whatever it does to the page (the exit's
 * blank cover) is drawn while the everyday page loads, not before the step down, which waits for that drawing.
 */
export function leaveAppFor(url: string, requested: () => void = () => undefined): void {
  let gone = false;
  const go = () => {
    if (gone) return;
    gone = true;
    window.location.replace(url);
    // The page is going; should it stay after all (a browser that ignores the replace), its history works again.
    leaving = false;
    requested();
  };
  if (leaving) {
    go();
    return;
  }
  leaving = true;
  const left = { triage: LEFT, to: url };
  try {
    if (entryOf(window.history.state) === TOP) window.history.replaceState(left, '', LEFT_PAGE);
    else window.history.pushState(left, '', LEFT_PAGE);
  } catch {
    // A browser that refuses history changes still leaves at once.
    go();
    return;
  }
  window.addEventListener('popstate', go, { once: true });
  // The step down must not scroll the page back to where base was: on a long page (the whole log listed) that
  // scroll, and drawing what it brings into view, held the exit up by hundreds of milliseconds on a slow phone.
  window.history.scrollRestoration = 'manual';
  // Should a browser bring this page back from its cache, it leaves again.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) window.location.replace(url);
  });
  window.history.back();
  window.setTimeout(go, STEP_DOWN_TIMEOUT_MS);
}
