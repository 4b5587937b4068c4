// Around every screen that is a download of its own: when the download fails (offline before the offline copy was
// installed, or a tab left open while a new version replaced the old files), it says so where the person is, with
// "try again", and nothing they entered is touched.
import { Component } from 'react';
import type { ReactNode } from 'react';
import { LoadFailed } from './Loading.tsx';

/** The name retryableScreen.ts gives a failed download; other errors are a broken screen, for Shell.tsx. */
export const LOAD_ERROR = 'ScreenLoadError';

interface LoadBoundaryProps {
  /** Called at each render, so that a retry renders a fresh download rather than the failed one. */
  render: () => ReactNode;
  onRetry: () => void;
}

export class LoadBoundary extends Component<LoadBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === undefined) return this.props.render();
    if (!(error instanceof Error)) throw new Error('a screen failed', { cause: error });
    if (error.name !== LOAD_ERROR) throw error;
    return (
      <LoadFailed
        onRetry={() => {
          this.props.onRetry();
          this.setState({ error: undefined });
        }}
      />
    );
  }
}
