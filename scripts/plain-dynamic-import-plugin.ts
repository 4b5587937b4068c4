// Vite plugin: replaces Vite's preload helper, which wraps every dynamic import, with one that just imports.
import type { Plugin } from 'vite';

const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * With `build.modulePreload: false` Vite still wraps each `import()` in a helper (about 0.6 KB gzip in the first
 * download) whose only remaining job is to add the stylesheets a lazy chunk imports. Ours import none: the one
 * stylesheet belongs to the entry. The build fails if that ever changes, rather than ship a chunk without its CSS.
 */
export function plainDynamicImportPlugin(): Plugin {
  return {
    name: 'collection-guide:plain-dynamic-import',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id === PRELOAD_HELPER_ID) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.isEntry) continue;
        const css = chunk.viteMetadata?.importedCss;
        if (css && css.size > 0)
          this.error(
            `${chunk.fileName} is loaded lazily and imports CSS (${[...css].join(', ')}), which the plain dynamic ` +
              'import would not add to the page: import the stylesheet from src/main.tsx instead.',
          );
      }
    },
  };
}
