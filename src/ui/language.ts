// Which language the page speaks: chosen by the user, kept on this device (or in the address in shared-phone mode).
import { LANGUAGES, SOURCE_LANGUAGE } from '../flow/languages.ts';
import type { Language } from '../flow/languages.ts';
import type { KeyValueStore } from '../machine/persistence.ts';

export const LANGUAGE_KEY = 'collection-guide.lang';
const LANGUAGE_PARAM = 'lang';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.id === value);
}

/** The address wins (shared-phone mode keeps the choice there), then this device's saved choice, then 简体. */
export function initialLanguage(store: KeyValueStore | undefined, search: string): Language {
  const fromAddress = new URLSearchParams(search).get(LANGUAGE_PARAM);
  if (isLanguage(fromAddress)) return fromAddress;
  const saved = store?.get(LANGUAGE_KEY);
  return isLanguage(saved) ? saved : SOURCE_LANGUAGE;
}

/** Remembers the choice: in storage normally, only in the address when nothing may be stored. */
export function rememberLanguage(language: Language, store: KeyValueStore | undefined, sharedMode: boolean): void {
  const url = new URL(window.location.href);
  if (sharedMode || !store) {
    if (language === SOURCE_LANGUAGE) url.searchParams.delete(LANGUAGE_PARAM);
    else url.searchParams.set(LANGUAGE_PARAM, language);
  } else {
    url.searchParams.delete(LANGUAGE_PARAM);
    if (language === SOURCE_LANGUAGE) store.remove(LANGUAGE_KEY);
    else store.set(LANGUAGE_KEY, language);
  }
  window.history.replaceState(window.history.state, '', url);
  document.documentElement.lang = language;
}
