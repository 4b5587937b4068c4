// A lazily loaded screen whose failed download says so where the person is and can be tried again (LoadBoundary).
import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';
import { LOAD_ERROR, LoadBoundary } from './LoadBoundary.tsx';

/** A screen's download failed: offline, or its file replaced by a newer version. */
class ScreenLoadError extends Error {
  override name = LOAD_ERROR;
}

/**
 * A lazily loaded screen whose failed download can be tried again: React keeps a lazy component's failure for good,
 * so a failure makes a fresh one for the next try. `preload` fetches ahead; once in, the screen renders at once.
 */
export function retryableScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const fresh = () =>
    lazy(() =>
      preload().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          throw new ScreenLoadError(String(error));
        },
      ),
    );
  let current = fresh();
  const retry = () => {
    current = fresh();
  };
  function Screen(props: P) {
    return createElement(LoadBoundary, {
      render: () => createElement(loaded ?? current, props),
      onRetry: retry,
    });
  }
  return { Screen, preload };
}
