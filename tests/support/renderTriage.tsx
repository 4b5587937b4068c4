// Renders the whole triage app for a bundle, the way main.tsx does, with an in-memory store and user-event.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { FlowBundle } from '../../src/flow/schema.ts';
import { coreBundle } from '../../src/flow/split.ts';
import type { KeyValueStore } from '../../src/machine/persistence.ts';
import { App } from '../../src/ui/App.tsx';
import type { AppProps } from '../../src/ui/App.tsx';
import { deferredParts } from '../../src/ui/deferred.ts';
import { Shell } from '../../src/ui/Shell.tsx';

export const TEST_EXIT_URL = 'https://exit.test/weather';

/**
 * Opens the result from the answers page and waits for the whole list: its first part comes with the tap, the rest
 * once that is painted (ResultPage), and the tools section closes the list.
 */
export async function openResult(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: '查看我的应对清单' }));
  await screen.findByRole('heading', { level: 2, name: '接下来可以用的工具' }, { timeout: 10_000 });
}

/** Resolves once the next frame has been painted, when writes kept off a tap's path have been done. */
export function afterNextPaint(): Promise<void> {
  return new Promise((done) => {
    requestAnimationFrame(() => {
      setTimeout(done, 0);
    });
  });
}

/** A Map standing in for localStorage; `writes` counts every write, to prove shared-phone mode writes nothing. */
export function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore & { data: Map<string, string>; writes: number } {
  const data = new Map(Object.entries(initial));
  const store = {
    data,
    writes: 0,
    get: (key: string) => data.get(key) ?? null,
    set: (key: string, value: string) => {
      store.writes += 1;
      data.set(key, value);
    },
    remove: (key: string) => {
      data.delete(key);
    },
  };
  return store;
}

interface Options {
  store?: KeyValueStore | undefined;
  sharedMode?: boolean;
  now?: () => number;
  /** How the screens after the questions arrive; at hand unless a test says otherwise. */
  later?: AppProps['later'];
}

export function renderTriage(bundle: FlowBundle, flowId: string, options: Options = {}) {
  const user = userEvent.setup();
  const store = 'store' in options ? options.store : memoryStore();
  const core = coreBundle(bundle);
  const later = options.later ?? deferredParts(bundle);
  function Harness() {
    const [shared, setShared] = useState(options.sharedMode ?? false);
    return (
      <Shell
        exitUrl={TEST_EXIT_URL}
        words={{ ...core.ui.shell, exit: core.ui.quickExit.button }}
        onReset={() => undefined}
      >
        <App
          bundle={core}
          later={later}
          flowId={flowId}
          store={store}
          exitUrl={TEST_EXIT_URL}
          sharedMode={shared}
          onSharedModeChange={setShared}
          {...(options.now ? { now: options.now } : {})}
        />
      </Shell>
    );
  }
  const utils = render(<Harness />);
  /** Picks options by their visible labels and presses Continue. */
  const answer = async (...labels: string[]) => {
    for (const label of labels) {
      const choice = screen.queryByRole('radio', { name: label }) ?? screen.getByRole('checkbox', { name: label });
      await user.click(choice);
    }
    await user.click(screen.getByRole('button', { name: '继续' }));
  };
  return { user, answer, showResult: () => openResult(user), store, ...utils };
}
