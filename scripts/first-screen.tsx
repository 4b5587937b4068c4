// Renders the fresh start screen to HTML at build time, with the same components and data the browser mounts.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { OPENING_FLOW_ID, coreBundle } from '../src/flow/split.ts';
import { createActor } from 'xstate';
import { buildAppMachine } from '../src/machine/appMachine.ts';
import { bundleSource } from '../src/ui/loading/bundles.ts';
import { Root } from '../src/ui/app/Root.tsx';
import { loadFlowDir } from './flow-files.ts';

const never = () => new Promise<never>(() => undefined);

export function renderFirstScreen(root: string): string {
  // The root actor of a first visit (nothing stored, storage that works), so the browser can hydrate the same tree.
  const actor = createActor(buildAppMachine({ core: never, bundle: never }), {
    input: { language: 'zh-CN', core: coreBundle(loadFlowDir(root), OPENING_FLOW_ID), sharedMode: false },
  }).start();
  const html = renderToString(
    <StrictMode>
      <Root actor={actor} bundles={bundleSource(never)} />
    </StrictMode>,
  );
  actor.stop();
  return html;
}
