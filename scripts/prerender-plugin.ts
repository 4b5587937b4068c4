// Vite plugin: puts the start screen, rendered from the app's own components, into the built index.html, so the
// first question paints before any script has run.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import type { Plugin } from 'vite';

const MOUNT = /<div id="root"><\/div>/;
const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

export function prerenderPlugin(root: string): Plugin {
  return {
    name: 'collection-guide:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const { module } = await runnerImport<typeof import('./first-screen.tsx')>(
          resolve(root, 'scripts/first-screen.tsx'),
          { root, configFile: false, logLevel: 'error' },
        );
        const markup = module.renderFirstScreen(root);
        const { module: exitUrl } = await runnerImport<typeof import('../src/ui/privacy/exitUrl.ts')>(
          resolve(root, 'src/ui/privacy/exitUrl.ts'),
          { root, configFile: false, logLevel: 'error' },
        );
        // Empty on purpose: anything else inside it would not match what the browser renders there.
        if (!MOUNT.test(html)) throw new Error('index.html needs an empty <div id="root"></div> to prerender into');
        // The first paint needs no script, so the entry is started by src/boot/boot.js once that paint is done.
        const entry = ENTRY.exec(html);
        if (!entry) throw new Error('index.html has no module script to defer');
        // The entry's static imports (React's chunk, shared with the later screens) are named too, so that boot.js
        // fetches them beside the entry rather than after it has been read: one round trip fewer on a slow network.
        const imports = (context.chunk?.imports ?? []).map((file) => `/${file}`);
        const preload = imports.length ? `<meta name="app-preload" content="${imports.join(' ')}" />\n    ` : '';
        // Where boot.js sends a quick exit pressed before the app has started.
        const exit = `<meta name="app-exit" content="${exitUrl.EXIT_URL.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`;
        return html
          .replace(MOUNT, () => `<div id="root">${markup}</div>`)
          .replace(
            entry[0],
            `<meta name="app-entry" content="${entry[1] ?? ''}" />\n    ${exit}\n    ${preload}<script src="/boot.js" defer></script>`,
          );
      },
    },
  };
}
