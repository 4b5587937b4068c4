// A bad flow fails the build: the Vite plugin that hands flows to the app throws the same friendly message.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flowsPlugin } from '../../scripts/flows-plugin.ts';
import { MINI_ROOT } from '../support/fixtures.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function loadVirtualModule(root: string): unknown {
  const plugin = flowsPlugin(root);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: { addWatchFile: (f: string) => void }, id: string) => string | undefined;
  const id = resolveId('virtual:flow-bundle/zh-CN');
  if (!id) throw new Error('the plugin did not resolve virtual:flow-bundle/zh-CN');
  return load.call({ addWatchFile: () => undefined }, id);
}

describe('the flows build plugin', () => {
  it('serves the checked flows as a module, as JSON text the browser reads with JSON.parse', () => {
    const loaded = loadVirtualModule(MINI_ROOT);
    expect(typeof loaded).toBe('string');
    const code = String(loaded);
    const text = /^export default JSON\.parse\((".*")\);$/s.exec(code)?.[1];
    expect(text, code.slice(0, 80)).toBeDefined();
    const served = JSON.parse(JSON.parse(text ?? '""') as string) as Record<string, unknown>;
    expect(Object.keys(served)).toEqual(expect.arrayContaining(['catalogue', 'flows']));
  });

  it('stops the build with file, path and problem when a flow is broken', () => {
    const root = mkdtempSync(join(tmpdir(), 'flows-'));
    dirs.push(root);
    cpSync(join(MINI_ROOT, 'flows'), join(root, 'flows'), { recursive: true });
    writeFileSync(
      join(root, 'flows', 'shared', 'phones.json'),
      '{ "police": { "number": "110", "name": "报警电话" } }',
    );
    expect(() => loadVirtualModule(root)).toThrow(
      'flows/ has 1 problem:\n  flows/shared/phones.json › police.citation: is missing',
    );
  });
});
