// Reads flows/ from disk for the build, the tests and the command-line check (Node only; the browser never sees this).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadFlowBundle, loadFlowBundleOrThrow } from '../src/check/load.ts';
import type { FlowFile, LoadOptions, LoadResult } from '../src/check/load.ts';
import type { FlowBundle } from '../src/flow/schema.ts';
import { translateBundle } from '../src/check/translations.ts';
import type { Language } from '../src/flow/vocabulary.ts';
import { toTraditional } from './traditional.ts';

/** Every .json file under dir, except the generated JSON Schemas in flows/schema/. */
export function readFlowFiles(root: string, dir = 'flows'): FlowFile[] {
  const base = join(root, dir);
  const out: FlowFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      const path = relative(root, full).split(sep).join('/');
      if (entry.isDirectory() && path !== `${dir}/schema`) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push({ path, text: readFileSync(full, 'utf8') });
    }
  };
  walk(base);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function checkFlowDir(root: string, options: LoadOptions = {}): LoadResult {
  return loadFlowBundle(readFlowFiles(root), today(), options);
}

export function loadFlowDir(root: string): FlowBundle {
  return loadFlowBundleOrThrow(readFlowFiles(root), today());
}
export { formatIssues } from '../src/check/load.ts';

/** The checked bundle in every language the app offers: 简体 as authored, 繁體 converted, English translated. */
export function loadLocalizedFlowDir(root: string): Record<Language, FlowBundle> {
  const files = readFlowFiles(root);
  const bundle = loadFlowBundleOrThrow(files, today());
  return { 'zh-CN': bundle, 'zh-TW': toTraditional(bundle), en: translateBundle(bundle, files, 'en') };
}
