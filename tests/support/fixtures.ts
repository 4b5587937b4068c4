// Loads the test fixture flows from disk, optionally with some files replaced (for the broken-flow cases).
import { join } from 'node:path';
import { readFlowFiles } from '../../scripts/flow-files.ts';
import { loadFlowBundle, loadFlowBundleOrThrow } from '../../src/check/load.ts';
import type { FlowFile, LoadOptions, LoadResult } from '../../src/check/load.ts';
import type { Flow, FlowBundle } from '../../src/flow/schema.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
export const MINI_ROOT = join(PROJECT_ROOT, 'tests', 'fixtures', 'mini');
export const TODAY = '2026-11-28';

export function miniFiles(): FlowFile[] {
  return readFlowFiles(MINI_ROOT);
}

/** The mini fixture with the given files replaced (or added); `null` removes a file. */
/** `options.checkTranslations: false` for tests that rewrite the Chinese on purpose (hostile text). */
export function miniWith(changes: Record<string, string | null>, options: LoadOptions = {}): LoadResult {
  const files = new Map(miniFiles().map((f) => [f.path, f.text]));
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) files.delete(path);
    else files.set(path, text);
  }
  return loadFlowBundle(
    [...files].map(([path, text]) => ({ path, text })),
    TODAY,
    options,
  );
}

export function miniBundle(): FlowBundle {
  return loadFlowBundleOrThrow(miniFiles(), TODAY);
}

export function miniFlow(): Flow {
  const flow = miniBundle().flows.mini;
  if (!flow) throw new Error('the mini fixture has no flow "mini"');
  return flow;
}

let real: FlowBundle | undefined;

/** The project's own flows/, loaded once per test file (once per worker where files share modules). */
export function realBundle(): FlowBundle {
  real ??= loadFlowBundleOrThrow(readFlowFiles(PROJECT_ROOT), TODAY);
  return real;
}

export function realFlow(flowId: string): Flow {
  const flow = realBundle().flows[flowId];
  if (!flow) throw new Error(`flows/ has no flow "${flowId}"`);
  return flow;
}
