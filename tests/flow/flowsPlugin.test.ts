// A bad flow fails the build: the Vite plugin that hands flows to the app throws the same friendly message.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocalizedFlowDir } from '../../scripts/flow-files.ts';
import { flowsPlugin } from '../../scripts/flows-plugin.ts';
import { situationCatalogue } from '../../scripts/situation-lexicon.ts';
import { MINI_ROOT, PROJECT_ROOT } from '../support/fixtures.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function loadVirtualModule(root: string, name = 'virtual:flow-bundle/zh-CN'): unknown {
  const plugin = flowsPlugin(root);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: { addWatchFile: (f: string) => void }, id: string) => string | undefined;
  const id = resolveId(name);
  if (!id) throw new Error(`the plugin did not resolve ${name}`);
  return load.call({ addWatchFile: () => undefined }, id);
}

describe('the flows build plugin', () => {
  /** The data a module written as `export default JSON.parse("…");` gives, or undefined for any other form. */
  const servedData = (code: unknown): unknown => {
    const text = /^export default JSON\.parse\((".*")\);$/s.exec(String(code))?.[1];
    return text === undefined ? undefined : JSON.parse(JSON.parse(text) as string);
  };

  it('serves the checked flows, and the situation lexicon, as JSON text the browser reads with JSON.parse', () => {
    // Equal to what the loaders give: nothing is lost or changed on the way.
    expect(servedData(loadVirtualModule(MINI_ROOT))).toEqual(loadLocalizedFlowDir(MINI_ROOT)['zh-CN']);
    // The small flows have no situation catalogue: the lexicon is the real one.
    expect(servedData(loadVirtualModule(PROJECT_ROOT, 'virtual:situation-lexicon'))).toEqual(
      situationCatalogue(PROJECT_ROOT),
    );
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
