// The frame around every screen: the app name, the main landmark, and a calm fallback if a screen fails.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

export function Shell({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <p className="site-name">催收应对向导</p>
      </header>
      <main id="main" className="page">
        <ScreenErrorBoundary>{children}</ScreenErrorBoundary>
      </main>
    </>
  );
}

interface BoundaryState {
  failed: boolean;
}

/** A broken screen must never leave a frightened person with a blank page: offer a fresh start instead. */
class ScreenErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="screen-error" role="alert">
        <h1>这一页出了点问题</h1>
        <p>不是你的错。请点下面的按钮重新开始。</p>
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          重新开始
        </button>
      </section>
    );
  }
}
