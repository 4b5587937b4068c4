// The root actor without React, as the machine tests drive it: a bundle's first download, and its full bundle on
// request, at hand.
import { createActor, waitFor } from 'xstate';
import type { FlowBundle } from '../../src/flow/schema.ts';
import { coreBundle } from '../../src/flow/split.ts';
import { buildAppMachine } from '../../src/machine/appMachine.ts';
import type { AppInput } from '../../src/machine/appMachine.ts';
import { bundleFacts } from '../../src/machine/bundleFacts.ts';

/** The facts of each bundle, worked out once: property tests start many actors. */
const factsOf = new WeakMap<FlowBundle, ReturnType<typeof bundleFacts>>();
function factsFor(bundle: FlowBundle) {
  const known = factsOf.get(bundle) ?? bundleFacts(bundle);
  factsOf.set(bundle, known);
  return known;
}

export function startRoot(bundle: FlowBundle, flowId: string, input: Partial<AppInput> = {}) {
  const core = coreBundle(bundle, flowId);
  const machine = buildAppMachine({
    core: () => Promise.resolve(core),
    bundle: () => Promise.resolve(factsFor(bundle)),
  });
  return createActor(machine, { input: { language: 'zh-CN', core, sharedMode: false, ...input } }).start();
}

export type RootActor = ReturnType<typeof startRoot>;

/** Asks for the full bundle and waits until the actor has taken its facts. */
export async function loadBundle(actor: RootActor): Promise<void> {
  actor.send({ type: 'bundle.load' });
  await waitFor(actor, (s) => s.matches({ bundle: 'ready' }));
}

/** The open flow's triage snapshot. */
export function triageOf(actor: RootActor) {
  const { triage } = actor.getSnapshot().context;
  if (!triage) throw new Error('no flow is running');
  return triage.getSnapshot();
}

/** The machine started at a saved step, as the app resumes a flow. */
export const resumeAt = (saved: {
  stateValue: string;
  context: { answers: Record<string, readonly string[]>; editing: boolean };
}) => ({
  at: saved.stateValue,
  answers: saved.context.answers,
  editing: saved.context.editing,
});
