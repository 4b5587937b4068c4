// Vite plugin: validates flows/ at build and test time and serves the result as virtual modules.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { coreBundle } from '../src/flow/split.ts';
import { loadFlowDir, readFlowFiles } from './flow-files.ts';

/**
 * `virtual:flow-core` is what the first download carries (see src/flow/split.ts); `virtual:flow-bundle` is
 * everything, loaded by the browser after the first question is on screen.
 */
const IDS = ['virtual:flow-bundle', 'virtual:flow-core'] as const;

/** A bad flow fails the build here with every problem listed, so the browser needs no schema parser. */
export function flowsPlugin(root: string): Plugin {
  return {
    name: 'collection-guide:flows',
    resolveId(id) {
      return (IDS as readonly string[]).includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      const which = IDS.find((name) => id === `\0${name}`);
      if (!which) return undefined;
      for (const file of readFlowFiles(root)) this.addWatchFile(resolve(root, file.path));
      const bundle = loadFlowDir(root);
      return `export default ${JSON.stringify(which === 'virtual:flow-core' ? coreBundle(bundle) : bundle)};`;
    },
  };
}
