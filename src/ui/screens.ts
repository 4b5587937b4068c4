// The screens that come after the first question, each a download of its own, fetched once the first screen is up.
import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';

/**
 * A lazily loaded screen that, once its download is in (fetched ahead by preloadScreens), renders at once instead
 * of suspending for a moment on first use.
 */
function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Screen, preload };
}

const review = lazyScreen(() => import('./ReviewPage.tsx').then((m) => m.ReviewPage));
const result = lazyScreen(() => import('./ResultScreen.tsx').then((m) => m.ResultScreen));
const tools = lazyScreen(() => import('./ToolPage.tsx').then((m) => m.ToolPage));
const guidance = lazyScreen(() => import('./GuidanceCards.tsx').then((m) => m.GuidanceCards));

export const ReviewPage = review.Screen;
export const ResultScreen = result.Screen;
export const ToolPage = tools.Screen;
export const GuidanceCards = guidance.Screen;

/** Starts every download, so the answers page and the result are at hand when the person gets there. */
export function preloadScreens(): Promise<unknown> {
  return Promise.all([review, result, tools, guidance].map((screen) => screen.preload())).catch(() => undefined);
}
