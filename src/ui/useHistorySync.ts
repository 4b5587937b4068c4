// Keeps the browser's Back and Forward buttons in step with the triage machine, without putting answers in the URL.
import { useCallback, useEffect, useRef } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { TriageMachine } from '../machine/buildTriageMachine.ts';
import type { TriageEvent } from '../machine/events.ts';
import { REVIEW_STATE } from '../machine/events.ts';

interface EntryState {
  triageStep: number;
}

function stepOf(state: unknown): number {
  return typeof state === 'object' && state !== null && typeof (state as EntryState).triageStep === 'number'
    ? (state as EntryState).triageStep
    : 0;
}

/**
 * Every forward move adds a history entry; the browser's Back sends `nav.back`, its Forward repeats the saved
 * answer. The in-app Back uses history too, so both stay in line. Returns the in-app Back handler.
 */
export function useHistorySync(actorRef: ActorRefFrom<TriageMachine>, screenKey: string): () => void {
  const step = useRef(0);
  const moveFromHistory = useRef(false);
  const shownKey = useRef<string | null>(null);

  useEffect(() => {
    // Compare with the screen last recorded, not "first run": React may run this effect twice for one screen.
    if (shownKey.current === null) {
      shownKey.current = screenKey;
      step.current = stepOf(window.history.state);
      window.history.replaceState({ ...(window.history.state as object), triageStep: step.current }, '');
      return;
    }
    if (shownKey.current === screenKey) return;
    shownKey.current = screenKey;
    if (moveFromHistory.current) {
      moveFromHistory.current = false;
      return;
    }
    step.current += 1;
    window.history.pushState({ triageStep: step.current }, '');
  }, [screenKey]);

  useEffect(() => {
    const trySend = (event: TriageEvent): boolean => {
      if (!actorRef.getSnapshot().can(event)) return false;
      moveFromHistory.current = true;
      actorRef.send(event);
      return true;
    };
    const redo = (): boolean => {
      const snapshot = actorRef.getSnapshot();
      const value = snapshot.value;
      if (value === REVIEW_STATE) return trySend({ type: 'review.confirm' });
      const saved = snapshot.context.answers[value];
      return saved ? trySend({ type: 'answer', optionIds: saved }) : false;
    };
    const onPopState = (e: PopStateEvent) => {
      const target = stepOf(e.state);
      while (step.current > target && trySend({ type: 'nav.back' })) step.current -= 1;
      while (step.current < target && redo()) step.current += 1;
      // Where the machine could not follow, bring the entry in line with the screen shown.
      step.current = target;
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, [actorRef]);

  return useCallback(() => {
    if (step.current > 0) window.history.back();
    else actorRef.send({ type: 'nav.back' });
  }, [actorRef]);
}
