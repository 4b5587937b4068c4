// Runs the triage machine for a component's lifetime and reads its snapshot during render.
import { useCallback, useState, useSyncExternalStore } from 'react';
import { createActor } from 'xstate';
import type { Actor, ActorOptions, SnapshotFrom } from 'xstate';
import type { TriageMachine } from '../machine/buildTriageMachine.ts';

/**
 * Started once and never stopped: the triage machine has no timers, children or outside subscriptions, so an
 * actor whose component is gone holds nothing and is collected with it, and StrictMode's double mount cannot leave
 * a stopped actor behind. Written here rather than taken from @xstate/react to keep about 1 KB out of the first
 * download.
 */
export function useActor(machine: TriageMachine, options: ActorOptions<TriageMachine>): Actor<TriageMachine> {
  const [actor] = useState(() => createActor(machine, options).start());
  return actor;
}

/** `select` must return a primitive or a reference held by the snapshot, so an unchanged snapshot reads the same. */
export function useActorSelector<T>(
  actor: Actor<TriageMachine>,
  select: (snapshot: SnapshotFrom<TriageMachine>) => T,
): T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe(onChange);
      return () => {
        subscription.unsubscribe();
      };
    },
    [actor],
  );
  const read = () => select(actor.getSnapshot());
  // The build renders the start screen too (scripts/first-screen.tsx); there the actor is the same kind of object.
  return useSyncExternalStore(subscribe, read, read);
}
