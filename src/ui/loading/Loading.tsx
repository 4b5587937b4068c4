// What shows while the full bundle downloads, a retry when it failed, and the screens that need it.
import { Suspense, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { Language } from '../../flow/languages.ts';
import type { FlowBundle } from '../../flow/schema.ts';
import type { BundleSource } from './bundles.ts';
import { UiTextProvider, useFrameText } from '../app/uiText.ts';

export function Loading() {
  const { app } = useFrameText();
  return (
    <p className="notice" role="status">
      {app.loading}
    </p>
  );
}

export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { app } = useFrameText();
  return (
    <div className="notice" role="alert">
      <p>{app.loadFailed}</p>
      <button type="button" className="button-secondary" onClick={onRetry}>
        {app.retry}
      </button>
    </div>
  );
}

interface BundleProps {
  source: BundleSource;
  language: Language;
  children: (bundle: FlowBundle) => ReactNode;
  /** What shows until the bundle is there; "loading" by default. */
  fallback?: ReactNode;
  /** What a failed download shows instead of the retry alone (a whole frame, while a flow loads). */
  failed?: (retry: () => void) => ReactNode;
}

/**
 * Renders `children` with the full bundle and its words once it is there, and until then `fallback`; the lazily
 * loaded screens among the children wait in the Suspense boundary here.
 */
export function WithBundle({ source, language, children, fallback, failed }: BundleProps) {
  const state = useSyncExternalStore(
    source.subscribe,
    () => source.state(language),
    () => source.state(language),
  );
  const loading = fallback ?? <Loading />;
  if (state.kind === 'loading') return loading;
  if (state.kind === 'failed') {
    // The answers are in the actor, so a retry loses nothing.
    const retry = () => {
      source.retry(language);
    };
    return failed ? failed(retry) : <LoadFailed onRetry={retry} />;
  }
  return (
    <UiTextProvider value={state.bundle.catalogue.ui}>
      <Suspense fallback={loading}>{children(state.bundle)}</Suspense>
    </UiTextProvider>
  );
}
