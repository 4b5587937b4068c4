// Starts and renders the whole app for a bundle, the way main.tsx does, with an in-memory store and user-event.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import type { FlowBundle } from '../../src/flow/schema.ts';
import { coreBundle } from '../../src/flow/split.ts';
import type { CoreBundle } from '../../src/flow/split.ts';
import { bundleFacts } from '../../src/machine/bundleFacts.ts';
import { startApp } from '../../src/machine/persistence.ts';
import { appStorage } from '../../src/storage/store.ts';
import type { AppStorage, KeyValueStore } from '../../src/storage/store.ts';
import { bundleSource } from '../../src/ui/loading/bundles.ts';
import type { BundleSource } from '../../src/ui/loading/bundles.ts';
import { Root } from '../../src/ui/app/Root.tsx';

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
  /** Shows the step for their own words after the first question; passed by unless a test asks for it. */
  ownWords?: boolean;
}

/** The root actor, started as main.tsx starts it (persistence's startApp), over `storage`; stopped after the test. */
export async function startTestApp(options: {
  storage: AppStorage;
  core: CoreBundle;
  /** How the full bundle arrives: the same source the screens read. */
  bundles: BundleSource;
  sharedMode?: boolean;
  now?: () => number;
}) {
  const { actor, stop } = await startApp({
    storage: options.storage,
    search: options.sharedMode ? '?shared=1' : '',
    core: () => Promise.resolve(options.core),
    bundle: (language) => options.bundles.load(language).then(bundleFacts),
    decoder: () => import('../../src/machine/restore.ts'),
    now: options.now ?? (() => Date.now()),
  });
  onTestFinished(() => {
    stop();
    actor.stop();
  });
  return actor;
}

/** Starts the app as main.tsx does, with `flowId` as the flow of the first download, and renders it. */
export async function renderTriage(bundle: FlowBundle, flowId: string, options: Options = {}) {
  const user = userEvent.setup();
  const store = 'store' in options ? options.store : memoryStore();
  const bundles = options.bundles ?? bundleSource(() => bundle);
  const actor = await startTestApp({
    storage: appStorage(store),
    core: coreBundle(bundle, flowId),
    bundles,
    ...(options.sharedMode ? { sharedMode: true } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const utils = render(
    <Root actor={actor} bundles={bundles} exitUrl={TEST_EXIT_URL} {...(options.now ? { now: options.now } : {})} />,
  );
  const answer = async (...labels: string[]) => {
    await answerWith(user, labels);
    // The offer of the box for their own words, under the question after the first, is withdrawn as answering that
    // question would, so each screen is the question alone (tests/ui/questions/describeStep.test.tsx opens the box).
    if (!options.ownWords) actor.send({ type: 'describe.skip' });
    // The answers page and the result are downloads of their own: wait until the next screen is there.
    await screen.findByRole('heading', { level: 1 });
  };
  return { user, answer, showResult: openResult, confirmAnswers: () => confirmAnswers(user), store, actor, ...utils };
}
