// The outermost frame: a calm fallback if a screen fails, which still offers the quick exit and a fresh start.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { leaveAppFor } from './useHistorySync.ts';

interface ShellProps {
  children: ReactNode;
  /** Its own words, given from outside: the fallback must not depend on the tree that failed. */
  words: { heading: string; body: string; restart: string; exit: string };
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
          <h1>{this.props.words.heading}</h1>
          <p>{this.props.words.body}</p>
          <div className="buttons">
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                this.props.onReset();
                this.setState({ failed: false });
              }}
            >
              {this.props.words.restart}
            </button>
            <button
              type="button"
              className="quick-exit"
              onClick={() => {
                leaveAppFor(this.props.exitUrl);
              }}
            >
              {this.props.words.exit}
            </button>
          </div>
        </section>
      </main>
    );
  }
}
