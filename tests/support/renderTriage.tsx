// Renders the whole triage app for a bundle, the way main.tsx does, with an in-memory store and user-event.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { FlowBundle } from '../../src/flow/schema.ts';
import { coreBundle } from '../../src/flow/split.ts';
import { restore } from '../../src/machine/restore.ts';
import { appStorage } from '../../src/storage/store.ts';
import type { KeyValueStore } from '../../src/storage/store.ts';
import { App } from '../../src/ui/App.tsx';
import { bundleSource } from '../../src/ui/bundles.ts';
import type { BundleSource } from '../../src/ui/bundles.ts';
import { Shell } from '../../src/ui/Shell.tsx';

export const TEST_EXIT_URL = 'https://exit.test/weather';

/** Waits for the whole result, which the last answer opens (its screen is a download of its own). */
export async function openResult(): Promise<void> {
  await screen.findByRole('heading', { level: 2, name: '接下来可以用的工具' }, { timeout: 10_000 });
}

/**
 * Answers the question on screen as a person does, by the options' visible labels: one tap on an option that answers
 * alone, else a tick in each box and Continue.
 */
export async function answerWith(user: ReturnType<typeof userEvent.setup>, labels: readonly string[]): Promise<void> {
  const [only = ''] = labels;
  const tap = labels.length === 1 ? tapOption(only) : null;
  if (tap) {
    await user.click(tap);
    return;
  }
  for (const label of labels) await user.click(screen.getByRole('checkbox', { name: label }));
  await user.click(screen.getByRole('button', { name: '继续' }));
}

/** Shows the result again from the answers page, and waits for it. */
export async function confirmAnswers(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: '查看我的应对清单' }));
  await openResult();
}

/** An option that answers in one tap, by its label; one chosen before also says so. */
export function tapOption(label: string): HTMLElement | null {
  return screen.queryByRole('button', { name: (name) => name === label || name === `${label} 你选的` });
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
  /** How the full bundle arrives; at hand unless a test says otherwise. */
  bundles?: BundleSource;
}

export function renderTriage(bundle: FlowBundle, flowId: string, options: Options = {}) {
  const user = userEvent.setup();
  const store = 'store' in options ? options.store : memoryStore();
  const core = coreBundle(bundle);
  const bundles = options.bundles ?? bundleSource(() => bundle);
  const storage = appStorage(store);
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
          bundles={bundles}
          flowId={flowId}
          storage={storage}
          restore={restore}
          language="zh-CN"
          exitUrl={TEST_EXIT_URL}
          sharedMode={shared}
          onSharedModeChange={setShared}
          {...(options.now ? { now: options.now } : {})}
        />
      </Shell>
    );
  }
  const utils = render(<Harness />);
  const answer = async (...labels: string[]) => {
    await answerWith(user, labels);
    // The answers page and the result are downloads of their own: wait until the next screen is there.
    await screen.findByRole('heading', { level: 1 });
  };
  return { user, answer, showResult: openResult, confirmAnswers: () => confirmAnswers(user), store, ...utils };
}
