// The languages the app speaks: the one part of the flow vocabulary the first screen reads.

/** Each named in its own script; the first is the authored source. */
export const LANGUAGES = [
  { id: 'zh-CN', name: '简体中文' },
  { id: 'zh-TW', name: '繁體中文' },
  { id: 'en', name: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['id'];
export const SOURCE_LANGUAGE: Language = 'zh-CN';
