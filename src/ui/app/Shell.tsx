// The outermost frame: a calm fallback if a screen fails, which keeps everything, still offers the quick exit, and
// asks before a fresh start deletes the answers.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { leaveAppFor } from './useHistorySync.ts';

interface ShellProps {
  children: ReactNode;
  /** Its own words, given from outside: the fallback must not depend on the tree that failed. */
  words: {
    heading: string;
    body: string;
    retry: string;
    restart: string;
    restartConfirm: string;
    restartConfirmButton: string;
    cancel: string;
    exit: string;
  };
  exitUrl: string;
  /** Starts the screen again from what is stored, keeping everything. */
  onRetry?: () => void;
  /** Forgets saved progress, so a fresh start cannot fall into the same failure. */
  onReset: () => void;
}

interface ShellState {
  failed: boolean;
  /** The person tapped "start over" and is asked before the answers are deleted. */
  confirming: boolean;
}

/** A broken screen must never leave a frightened person with a blank page, nor cost them what they entered. */
export class Shell extends Component<ShellProps, ShellState> {
  override state: ShellState = { failed: false, confirming: false };

  static getDerivedStateFromError(): Partial<ShellState> {
    return { failed: true, confirming: false };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { words } = this.props;
    return (
      <main className="page">
        <section className="screen-error" role="alert">
          <h1>{words.heading}</h1>
          <p>{words.body}</p>
          <div className="buttons">
            {/* Renders the same tree again: the answers are still stored, so nothing is lost by trying. */}
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                this.props.onRetry?.();
                this.setState({ failed: false, confirming: false });
              }}
            >
              {words.retry}
            </button>
            {this.state.confirming ? null : (
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  this.setState({ confirming: true });
                }}
              >
                {words.restart}
              </button>
            )}
            <button
              type="button"
              className="quick-exit"
              onClick={() => {
                leaveAppFor(this.props.exitUrl);
              }}
            >
              {words.exit}
            </button>
          </div>
          {this.state.confirming ? (
            <div className="confirm-delete" role="group" aria-label={words.restart}>
              <p>{words.restartConfirm}</p>
              <div className="buttons">
                <button
                  type="button"
                  className="button-danger"
                  onClick={() => {
                    this.props.onReset();
                    this.setState({ failed: false, confirming: false });
                  }}
                >
                  {words.restartConfirmButton}
                </button>
                <button
                  type="button"
                  className="button-link"
                  onClick={() => {
                    this.setState({ confirming: false });
                  }}
                >
                  {words.cancel}
                </button>
              </div>
            </div>
          ) : null}
        </section>
      </main>
    );
  }
}
