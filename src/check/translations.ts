// Authored translations of flow texts (flows/i18n/<lang>/<owner>.json): reading, applying and checking them.
import type { FlowIssue } from './lint.ts';
import type { FlowFile } from './load.ts';
import type { FlowBundle } from '../flow/schema.ts';
import { SITUATIONS_TRANSLATION_OWNER } from '../flow/situations.ts';
import { mapTexts, translatableTexts } from './texts.ts';

/** Languages whose texts are written by people; 繁體 is converted from 简体 at build time instead. */
export const AUTHORED_LANGUAGES = { en: 'English' } as const;
export type AuthoredLanguage = keyof typeof AUTHORED_LANGUAGES;

/**
 * One translated text. `zh` repeats the 简体 source it was translated from, so a change to the Chinese shows up as
 * a stale translation instead of silently keeping the old meaning.
 */
export interface TranslationEntry {
  zh: string;
  text: string;
  /** Written by i18n:sync when the Chinese changed: the old pair, to help the translator; dropped once re-translated. */
  previous?: { zh: string; text: string };
}

/** key within the owner (the part after "owner › ") → entry */
export type TranslationFile = Record<string, TranslationEntry>;

export function translationPath(lang: AuthoredLanguage, owner: string): string {
  return `flows/i18n/${lang}/${owner}.json`;
}

function splitKey(key: string): { owner: string; path: string } {
  const at = key.indexOf(' › ');
  return { owner: key.slice(0, at), path: key.slice(at + 3) };
}

/** "node safetyNow" for flow texts, "action call110Now" style for shared ones. */
function describeOwner(owner: string, path: string, flowIds: ReadonlySet<string>): string {
  const [first, second] = path.split('.');
  if (flowIds.has(owner)) return first === 'nodes' && second ? `flow "${owner}", node "${second}"` : `flow "${owner}"`;
  return `${owner} "${first ?? ''}"`;
}

/** The {tel:…} links and {slot}s in a text, in a canonical order. */
function tokensOf(text: string): string {
  return (text.match(/\{[a-z]+(?::[a-zA-Z0-9-]*)?\}/g) ?? []).sort().join(' ');
}

/** Parses the translation files present; unreadable ones become issues. */
export function readTranslations(
  files: readonly FlowFile[],
  lang: AuthoredLanguage,
): { byOwner: Map<string, TranslationFile>; issues: FlowIssue[] } {
  const byOwner = new Map<string, TranslationFile>();
  const issues: FlowIssue[] = [];
  const prefix = `flows/i18n/${lang}/`;
  for (const file of files) {
    if (!file.path.startsWith(prefix) || !file.path.endsWith('.json')) continue;
    const owner = file.path.slice(prefix.length, -'.json'.length);
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (error) {
      issues.push({ file: file.path, path: '', message: `not valid JSON: ${String(error)}` });
      continue;
    }
    const entries: TranslationFile = {};
    if (typeof json === 'object' && json !== null && !Array.isArray(json))
      for (const [key, value] of Object.entries(json)) {
        const v = value as Partial<TranslationEntry> | null;
        if (typeof v === 'object' && v !== null && typeof v.zh === 'string' && typeof v.text === 'string')
          entries[key] =
            v.text === '' && v.previous ? { zh: v.zh, text: '', previous: v.previous } : { zh: v.zh, text: v.text };
        else issues.push({ file: file.path, path: key, message: 'must be { "zh": "…", "text": "…" }' });
      }
    else issues.push({ file: file.path, path: '', message: 'must be an object of key → { "zh", "text" }' });
    byOwner.set(owner, entries);
  }
  return { byOwner, issues };
}

/** Every text must have a non-empty translation made from the current Chinese; no translation may be left over. */
export function lintTranslations(bundle: FlowBundle, files: readonly FlowFile[], lang: AuthoredLanguage): FlowIssue[] {
  const { byOwner, issues } = readTranslations(files, lang);
  const flowIds = new Set(Object.keys(bundle.flows));
  const language = `${AUTHORED_LANGUAGES[lang]} (${lang})`;
  const texts = translatableTexts(bundle);
  const wanted = new Set<string>();
  for (const { key, owner, text } of texts) {
    const { path } = splitKey(key);
    wanted.add(key);
    const file = translationPath(lang, owner);
    const entry = byOwner.get(owner)?.[path];
    const where = describeOwner(owner, path, flowIds);
    if (!entry || entry.text.trim() === '')
      issues.push({ file, path, message: `missing ${language} translation for ${where}: “${text}”` });
    else if (tokensOf(entry.text) !== tokensOf(text))
      issues.push({
        file,
        path,
        message: `${language} translation for ${where} must keep the same {…} links and slots as the Chinese: ${tokensOf(text) || 'none'}`,
      });
    else if (entry.zh !== text)
      issues.push({
        file,
        path,
        message: `${language} translation for ${where} was made from older Chinese; now: “${text}”`,
      });
  }
  for (const [owner, entries] of byOwner)
    // The situation labels are not flow texts: src/flow/situations.ts checks them against the catalogue.
    if (owner !== SITUATIONS_TRANSLATION_OWNER)
      for (const path of Object.keys(entries))
        if (!wanted.has(`${owner} › ${path}`))
          issues.push({ file: translationPath(lang, owner), path, message: 'no such text any more; remove it' });
  return issues;
}

/** The bundle in an authored language. Call only after lintTranslations found nothing. */
export function translateBundle(bundle: FlowBundle, files: readonly FlowFile[], lang: AuthoredLanguage): FlowBundle {
  const { byOwner } = readTranslations(files, lang);
  return mapTexts(bundle, (key, text) => {
    const { owner, path } = splitKey(key);
    return byOwner.get(owner)?.[path]?.text ?? text;
  });
}

/** Translation files brought up to date: new texts added with an empty translation, removed texts dropped. */
export function syncTranslations(
  bundle: FlowBundle,
  files: readonly FlowFile[],
  lang: AuthoredLanguage,
): Map<string, TranslationFile> {
  const { byOwner } = readTranslations(files, lang);
  const out = new Map<string, TranslationFile>();
  for (const { key, owner, text } of translatableTexts(bundle)) {
    const { path } = splitKey(key);
    const file = out.get(owner) ?? {};
    const existing = byOwner.get(owner)?.[path];
    file[path] =
      existing === undefined
        ? { zh: text, text: '' }
        : existing.zh === text
          ? existing
          : { zh: text, text: '', previous: { zh: existing.zh, text: existing.text } };
    out.set(owner, file);
  }
  return out;
}
