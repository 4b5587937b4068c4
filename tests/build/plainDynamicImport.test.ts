// The build's plain dynamic import: lazy chunks load without Vite's preload helper, and a lazy stylesheet stops the build.
import { describe, expect, it } from 'vitest';
import { plainDynamicImportPlugin } from '../../scripts/plain-dynamic-import-plugin.ts';

type Hook = (this: { error: (message: string) => never }, ...args: unknown[]) => unknown;
const plugin = plainDynamicImportPlugin();
const context = {
  error(message: string): never {
    throw new Error(message);
  },
};
const chunk = (fileName: string, isEntry: boolean, css: string[]) => ({
  type: 'chunk',
  fileName,
  isEntry,
  viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
});

describe('plainDynamicImportPlugin', () => {
  it('replaces the preload helper with a function that only imports', async () => {
    const code = (plugin.load as Hook).call(context, '\0vite/preload-helper.js');
    expect(code).toBe('export const __vitePreload = (load) => load();');
    expect((plugin.load as Hook).call(context, '/src/main.tsx')).toBeUndefined();
    const url = `data:text/javascript,${encodeURIComponent(String(code))}`;
    const { __vitePreload } = (await import(/* @vite-ignore */ url)) as {
      __vitePreload: (load: () => Promise<string>) => Promise<string>;
    };
    await expect(__vitePreload(() => Promise.resolve('loaded'))).resolves.toBe('loaded');
  });

  it('accepts CSS imported by the entry', () => {
    const bundle = { 'index.js': chunk('index.js', true, ['index.css']), 'later.js': chunk('later.js', false, []) };
    expect(() => (plugin.generateBundle as Hook).call(context, {}, bundle)).not.toThrow();
  });

  it('stops the build when a lazy chunk imports CSS, naming the chunk and the stylesheet', () => {
    const bundle = { 'index.js': chunk('index.js', true, []), 'later.js': chunk('later.js', false, ['later.css']) };
    expect(() => (plugin.generateBundle as Hook).call(context, {}, bundle)).toThrow(/later\.js .*later\.css/);
  });
});
