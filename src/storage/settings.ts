// Reading the person's two settings back, through the schemas like every other stored value: how long data is kept,
// and the language they chose.
import * as z from 'zod/mini';
import { LANGUAGES } from '../flow/languages.ts';
import type { Language } from '../flow/languages.ts';
import { parseJson } from './envelope.ts';
import type { RetentionDays } from './retention.ts';
import { RetentionSchema } from './schemas.ts';

const LanguageSchema = z.enum(LANGUAGES.map((l) => l.id) as [Language, ...Language[]]);

/** The stored retention choice (written as its number of days); undefined for anything else. */
export function decodeRetention(text: string | null): RetentionDays | undefined {
  const parsed = text === null ? undefined : parseJson(text);
  const days = parsed?.ok ? RetentionSchema.safeParse(parsed.json) : undefined;
  return days?.success ? days.data : undefined;
}

/** The stored language choice (written as its id, unquoted); undefined for anything else. */
export function decodeLanguage(text: string | null): Language | undefined {
  const language = LanguageSchema.safeParse(text);
  return language.success ? language.data : undefined;
}
