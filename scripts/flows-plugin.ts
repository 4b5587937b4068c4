// Vite plugin: validates flows/ at build and test time and serves the result as `virtual:flow-bundle`.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadFlowDir, readFlowFiles } from './flow-files.ts';

const ID = 'virtual:flow-bundle';
const RESOLVED = `\0${ID}`;

/** A bad flow fails the build here with every problem listed, so the browser needs no schema parser. */
export function flowsPlugin(root: string): Plugin {
  return {
    name: 'collection-guide:flows',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of readFlowFiles(root)) this.addWatchFile(resolve(root, file.path));
      return `export default ${JSON.stringify(loadFlowDir(root))};`;
    },
  };
}
