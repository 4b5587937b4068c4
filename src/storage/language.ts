// The language the person chose, kept on this device (only when it is not 简体, and never in shared-phone mode).
import { LANGUAGES, SOURCE_LANGUAGE } from '../flow/languages.ts';
import type { Language } from '../flow/languages.ts';
import { holdsSavedData } from './store.ts';
import type { AppStorage } from './store.ts';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.id === value);
}

export function readLanguage(storage: AppStorage): Language | undefined {
  const saved = storage.read('language');
  return isLanguage(saved) ? saved : undefined;
}

/** Stored only when it differs from 简体, so a first visit in 简体 leaves nothing. */
export function storeLanguage(storage: AppStorage, language: Language): boolean {
  return language === SOURCE_LANGUAGE ? storage.remove('language') : storage.write('language', language);
}

/** Nothing of the person's is stored (a language choice is not theirs to lose, but it needs another screen). */
export function storesNothing(storage: AppStorage): boolean {
  return storage.available && !holdsSavedData(storage) && storage.read('language') === null;
}
