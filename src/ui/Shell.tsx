// The outermost frame: a calm fallback if a screen fails, which still offers the quick exit and a fresh start.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface ShellProps {
  children: ReactNode;
  exitUrl: string;
  /** Forgets saved progress, so a fresh start cannot fall into the same failure. */
  onReset: () => void;
}

interface ShellState {
  failed: boolean;
}

/** A broken screen must never leave a frightened person with a blank page. */
export class Shell extends Component<ShellProps, ShellState> {
  override state: ShellState = { failed: false };

  static getDerivedStateFromError(): ShellState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page">
        <section className="screen-error" role="alert">
          <h1>这一页出了点问题</h1>
          <p>不是你的错。请点下面的按钮重新开始。</p>
          <div className="buttons">
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                this.props.onReset();
                this.setState({ failed: false });
              }}
            >
              重新开始
            </button>
            <button
              type="button"
              className="quick-exit"
              onClick={() => {
                window.location.replace(this.props.exitUrl);
              }}
            >
              快速离开
            </button>
          </div>
        </section>
      </main>
    );
  }
}
