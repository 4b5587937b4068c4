// Vite plugin: puts the start screen, rendered from the app's own components, into the built index.html, so the
// first question paints before any script has run.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import type { Plugin } from 'vite';

const MOUNT = /<div id="root">([\s\S]*?)<\/div>/;

export function prerenderPlugin(root: string): Plugin {
  return {
    name: 'collection-guide:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { module } = await runnerImport<typeof import('./first-screen.tsx')>(
          resolve(root, 'scripts/first-screen.tsx'),
          { root, configFile: false, logLevel: 'error' },
        );
        const markup = module.renderFirstScreen(root);
        if (!MOUNT.test(html)) throw new Error('index.html has no <div id="root"> to prerender into');
        // The noscript note stays: without scripts the first question shows but cannot be answered.
        return html.replace(MOUNT, (_all, inner: string) => `<div id="root">${markup}${inner.trim()}</div>`);
      },
    },
  };
}
