// The running app actor, handed to every screen through React context; screens read it with useSelector.
import { createContext, useContext } from 'react';
import type { Actor } from 'xstate';
import { useSelector } from '@xstate/react';
import type { AppMachine, TriageRef } from '../../machine/appMachine.ts';

const AppActorContext = createContext<Actor<AppMachine> | undefined>(undefined);

export const AppActorProvider = AppActorContext.Provider;

export function useAppActor(): Actor<AppMachine> {
  const actor = useContext(AppActorContext);
  if (!actor) throw new Error('useAppActor needs an AppActorProvider above it');
  return actor;
}

/** The open flow's triage machine; screens of a flow render only while it runs. */
export function useTriage(): TriageRef {
  const triage = useSelector(useAppActor(), (s) => s.context.triage);
  if (!triage) throw new Error('useTriage needs a running flow');
  return triage;
}
