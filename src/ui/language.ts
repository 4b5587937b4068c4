// Which language the page speaks: the address wins (shared-phone mode keeps the choice there), then this device's.
import { SOURCE_LANGUAGE } from '../flow/languages.ts';
import type { Language } from '../flow/languages.ts';
import { isLanguage, readLanguage, storeLanguage } from '../storage/language.ts';
import type { AppStorage } from '../storage/store.ts';

const LANGUAGE_PARAM = 'lang';

export function initialLanguage(storage: AppStorage, search: string): Language {
  const fromAddress = new URLSearchParams(search).get(LANGUAGE_PARAM);
  if (isLanguage(fromAddress)) return fromAddress;
  return readLanguage(storage) ?? SOURCE_LANGUAGE;
}

/** Remembers the choice: in storage normally, only in the address when nothing may be stored. */
export function rememberLanguage(language: Language, storage: AppStorage, sharedMode: boolean): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(LANGUAGE_PARAM);
  if ((sharedMode || !storage.available || !storeLanguage(storage, language)) && language !== SOURCE_LANGUAGE)
    url.searchParams.set(LANGUAGE_PARAM, language);
  window.history.replaceState(window.history.state, '', url);
  document.documentElement.lang = language;
}
