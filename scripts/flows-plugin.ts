// Vite plugin: validates flows/ at build and test time and serves the result, per language, as virtual modules.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { OPENING_FLOW_ID, coreBundle } from '../src/flow/split.ts';
import type { FlowBundle } from '../src/flow/schema.ts';
import { LANGUAGES } from '../src/flow/vocabulary.ts';
import type { Language } from '../src/flow/vocabulary.ts';
import { loadLocalizedFlowDir, readFlowFiles } from './flow-files.ts';
import { situationCatalogue } from './situation-lexicon.ts';

/** The situation lexicon: its own lazy chunk, fetched only when a person starts to describe what happened. */
const SITUATION_LEXICON = 'virtual:situation-lexicon';

/**
 * `virtual:flow-core/<lang>` is what the first download carries (see src/flow/split.ts); `virtual:flow-bundle/<lang>`
 * is everything, loaded by the browser after the first question is on screen. One pair per language.
 */
const MODULE = /^virtual:flow-(core|bundle)\/(.+)$/;

function parse(id: string): { part: 'core' | 'bundle'; language: Language } | undefined {
  const match = MODULE.exec(id.startsWith('\0') ? id.slice(1) : id);
  const language = LANGUAGES.find((l) => l.id === match?.[2])?.id;
  return match && language ? { part: match[1] === 'core' ? 'core' : 'bundle', language } : undefined;
}

/**
 * A module whose default export is this data. Large data is shipped as JSON text read by JSON.parse, which browsers
 * read faster than the same data written as a JavaScript object; the first download's small part stays an object,
 * where the longer text would cost bytes on the slowest moment of a visit.
 */
function dataModule(data: unknown, asJson: boolean): string {
  const json = JSON.stringify(data);
  return asJson ? `export default JSON.parse(${JSON.stringify(json)});` : `export default ${json};`;
}

/** A bad flow or a missing translation fails the build here with every problem listed; no parser ships. */
export function flowsPlugin(root: string): Plugin {
  let cached: Record<Language, FlowBundle> | undefined;
  return {
    name: 'collection-guide:flows',
    resolveId(id) {
      return parse(id) || id === SITUATION_LEXICON ? `\0${id}` : undefined;
    },
    watchChange(id) {
      if (id.includes(resolve(root, 'flows'))) cached = undefined;
    },
    load(id) {
      if (id === `\0${SITUATION_LEXICON}`) {
        for (const file of readFlowFiles(root)) this.addWatchFile(resolve(root, file.path));
        return dataModule(situationCatalogue(root), true);
      }
      const which = id.startsWith('\0') ? parse(id) : undefined;
      if (!which) return undefined;
      for (const file of readFlowFiles(root)) this.addWatchFile(resolve(root, file.path));
      cached ??= loadLocalizedFlowDir(root);
      const bundle = cached[which.language];
      return which.part === 'core' ? dataModule(coreBundle(bundle, OPENING_FLOW_ID), false) : dataModule(bundle, true);
    },
  };
}
