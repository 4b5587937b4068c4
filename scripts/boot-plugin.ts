// Vite plugin: ships src/boot/boot.js, the one script the page starts with, minified as /boot.js.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifySync } from 'vite';
import type { Plugin } from 'vite';

/**
 * boot.js is a plain script, not a module: it runs before the app, so the bundler does not touch it. It is written
 * to be read (why each step is there) and shipped minified, as it is part of the first download.
 */
export function bootScriptPlugin(root: string): Plugin {
  const file = resolve(root, 'src/boot/boot.js');
  return {
    name: 'collection-guide:boot-script',
    apply: 'build',
    buildStart() {
      this.addWatchFile(file);
    },
    generateBundle() {
      const { code, errors } = minifySync('boot.js', readFileSync(file, 'utf8'), { compress: true, mangle: true });
      if (errors.length) throw new Error(`src/boot/boot.js: ${errors.map((e) => e.message).join('; ')}`);
      this.emitFile({ type: 'asset', fileName: 'boot.js', source: code });
    },
  };
}
