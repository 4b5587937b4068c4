// The running app actor, handed to every screen through React context; screens read it with useSelector.
import { createContext, useContext } from 'react';
import type { Actor } from 'xstate';
import type { AppMachine } from '../machine/appMachine.ts';

const AppActorContext = createContext<Actor<AppMachine> | undefined>(undefined);

export const AppActorProvider = AppActorContext.Provider;

export function useAppActor(): Actor<AppMachine> {
  const actor = useContext(AppActorContext);
  if (!actor) throw new Error('useAppActor needs an AppActorProvider above it');
  return actor;
}
