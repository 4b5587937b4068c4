// The languages the app speaks: the one part of the flow vocabulary the first screen reads.

/**
 * Each named in its own script, with the short mark the header shows for it (one character or two letters, in that
 * language's own script); the first is the authored source.
 */
export const LANGUAGES = [
  { id: 'zh-CN', name: '简体中文', mark: '简' },
  { id: 'zh-TW', name: '繁體中文', mark: '繁' },
  { id: 'en', name: 'English', mark: 'EN' },
] as const;
export type Language = (typeof LANGUAGES)[number]['id'];
export const SOURCE_LANGUAGE: Language = 'zh-CN';
