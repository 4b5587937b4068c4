// The situation catalogue (flows/shared/situations.json): what people say happened, and what each situation means.
import { z } from 'zod';
import { IdSchema, TextSchema } from './schema.ts';

export const SITUATIONS_FILE = 'flows/shared/situations.json';
/** The English labels live beside the other translations; they are checked with the catalogue, not with the flow texts. */
export const SITUATIONS_TRANSLATION_OWNER = 'situations';

/** Which side of a person's story a situation describes; the catalogue must cover each. */
export const SITUATION_DIMENSIONS = [
  'who',
  'how',
  'threat',
  'done',
  'demand',
  'scam',
  'danger',
  'person',
  'stage',
  'money',
  'court',
  'lender',
  'other',
] as const;

export const SituationSchema = z.strictObject({
  /** Stable id, unique in the catalogue. */
  id: IdSchema,
  dimension: z.enum(SITUATION_DIMENSIONS),
  /** How the app names it back to the person ("我们理解到：…"). */
  label: TextSchema,
  /** How people say it, in their own words: several in 简体 (繁體 is converted from them), and in English. */
  phrasings: z.strictObject({
    zh: z.array(TextSchema).min(2, { error: 'needs at least two ways people say it' }),
    en: z.array(TextSchema).min(1, { error: 'needs at least one English phrasing' }),
  }),
  /** The answers a person describing it has already given: in which flow, question id → option ids. */
  implies: z.strictObject({
    flow: IdSchema,
    answers: z.record(IdSchema, z.array(IdSchema).min(1)),
  }),
  /** The verdict that names this situation. */
  verdict: IdSchema,
  /** Its actions, most important first. */
  actions: z.array(IdSchema).min(1),
  /** True where the fact sheet cannot answer it yet: it gets the plain safe answer and free advice (12348). */
  factsGap: z.literal(true).optional(),
});

/** The words of the search under "别的情况"; they travel with the lexicon, in its lazy chunk. */
export const SituationUiSchema = z.strictObject({
  searchLabel: TextSchema,
  searchHint: TextSchema,
  /** Between the option labels a found situation would choose. */
  optionSeparator: TextSchema,
  found: TextSchema,
  /** {options}: the option labels a match would choose. */
  replace: TextSchema,
  elsewhere: TextSchema,
  none: TextSchema,
});
export type SituationUi = z.infer<typeof SituationUiSchema>;

/** How a description is read: words that deny what follows, words too common to count, words that start a new clause. */
export const ReadingWordsSchema = z.strictObject({
  negators: z.array(TextSchema).min(1),
  stopWords: z.array(TextSchema),
  stopCharacters: z.string(),
  clauseBreaks: z.array(TextSchema),
});

export const SituationsFileSchema = z.strictObject({
  ui: SituationUiSchema,
  reading: ReadingWordsSchema,
  /**
   * Words people use for the same thing, the first of each group standing for all ("来我家" → "上门"): read the
   * same way in the phrasings and in what a person types, so a description need not use the catalogue's words.
   */
  synonyms: z.array(z.array(TextSchema).min(2, { error: 'a group needs a word and at least one other word' })),
  situations: z.array(SituationSchema).min(1),
});

export type Situation = z.infer<typeof SituationSchema>;
export type SituationsFile = z.infer<typeof SituationsFileSchema>;
