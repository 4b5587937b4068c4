// The app as the browser runs it: the root actor's snapshot rendered inside the frame that survives a failed screen.
import { useSelector } from '@xstate/react';
import { useEffect } from 'react';
import type { AppActor } from '../../machine/persistence.ts';
import { App } from './App.tsx';
import { AppActorProvider } from './appActor.ts';
import type { BundleSource } from '../loading/bundles.ts';
import { Shell } from './Shell.tsx';
import { EXIT_URL } from '../privacy/exitUrl.ts';

export interface RootProps {
  /** The one root actor, started by persistence (main.tsx, and the tests the same way). */
  actor: AppActor;
  /** The full bundle of each language, for the screens' words (or at hand, in tests). */
  bundles: BundleSource;
  exitUrl?: string;
  now?: () => number;
}

export function Root({ actor, bundles, exitUrl = EXIT_URL, now }: RootProps) {
  const ui = useSelector(actor, (s) => s.context.core.ui);
  const language = useSelector(actor, (s) => s.context.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // Until now the page was the prerendered markup, which looks the same; src/boot/boot.js hands the taps it kept to the
  // app at this mark, and browser tests wait for it.
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  return (
    <Shell
      exitUrl={exitUrl}
      words={{ ...ui.shell, exit: ui.quickExit.button }}
      onReset={() => {
        // A fresh start is the opening flow: whatever failed may belong to the flow that was open.
        actor.send({ type: 'app.reset' });
      }}
    >
      <AppActorProvider value={actor}>
        <App bundles={bundles} exitUrl={exitUrl} {...(now ? { now } : {})} />
      </AppActorProvider>
    </Shell>
  );
}
