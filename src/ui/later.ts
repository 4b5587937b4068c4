// The lazily loaded chunk: the parts after the first question, bound to the full flows and catalogue of a language.
import type { Language } from '../flow/languages.ts';
import { deferredParts } from './deferred.ts';
import type { Later } from './deferred.ts';

/** One chunk per language, so a reader downloads only the words they read. */
const BUNDLES: Record<Language, () => Promise<{ default: import('../flow/schema.ts').FlowBundle }>> = {
  'zh-CN': () => import('virtual:flow-bundle/zh-CN'),
  'zh-TW': () => import('virtual:flow-bundle/zh-TW'),
  en: () => import('virtual:flow-bundle/en'),
};

export async function loadLater(language: Language): Promise<Later> {
  const { default: bundle } = await BUNDLES[language]();
  return deferredParts(bundle);
}
