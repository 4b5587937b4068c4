// Matches a person's own description to situations in the catalogue, on the device: a small lexicon, no model.
import type { Situation } from './situations.ts';

/**
 * Built once from the catalogue at build time and shipped as a lazy chunk. Phrasings are reduced to terms
 * (characters and character pairs, English stems, "!…" for what is negated); a description matches a situation
 * when the terms it shares with that situation's phrasings weigh enough.
 */
export interface SituationLexicon {
  /** Situation ids; phrasings point into this list. */
  situations: string[];
  /** term → [weight, …indexes of the situations whose phrasings contain it]. */
  terms: Record<string, number[]>;
  /** 繁體 → 简体, one character each: what OpenCC turned each catalogue character into, reversed. */
  traditional: Record<string, string>;
  /** [word, the word that stands for it], longest first: read alike on both sides. */
  synonyms: [string, string][];
  reading: ReadingWords;
}

export interface SituationMatch {
  id: string;
  /** The weight of the catalogue's words for this situation that the description contains. */
  score: number;
}

/** Splits text into words; Intl.Segmenter where present. */
export type Segment = (text: string) => string[];

/** A situation must gather this much weight, and come near the best one, to count. */
const MIN_SCORE = 4;
const NEAR_TOP = 0.7;
/** Matches from the whole description, and from all its clauses together: a confirm list longer than that is no
 * longer read on a phone. */
const MAX_MATCHES = 4;
const MAX_LISTED = 8;
/** How many words after "没有", "不是", "not" the negation reaches. */
const NEGATION_REACH = 2;

const CJK = /\p{Script=Han}/u;

/** Punctuation that ends a clause; the words that do ("但是", "but") come from the catalogue's reading words. */
const CLAUSE_PUNCTUATION = /[，。,.;；!！?？、\n：:（）()“”"]/u.source;

/** The catalogue's words for reading a description: what negates, what says nothing, what starts a new clause. */
export interface ReadingWords {
  negators: string[];
  stopWords: string[];
  stopCharacters: string;
  clauseBreaks: string[];
}

interface Reading {
  negators: ReadonlySet<string>;
  /** Chinese negators the segmenter may glue to the next word ("没借", "不还"), longest first. */
  prefixes: string[];
  stop: ReadonlySet<string>;
  stopCharacters: ReadonlySet<string>;
  clauseBreak: RegExp;
  /** A Chinese negator and the two characters it reaches, for text read without a segmenter. */
  negatorSplit: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new WeakMap<ReadingWords, Reading>();

function reading(words: ReadingWords): Reading {
  let out = compiled.get(words);
  if (!out) {
    const chinese = words.negators.filter((n) => CJK.test(n)).sort((x, y) => y.length - x.length);
    const breaks = words.clauseBreaks.map((w) => (CJK.test(w) ? escapeRegExp(w) : `\\b${escapeRegExp(w)}\\b`));
    out = {
      negators: new Set(words.negators),
      prefixes: chinese,
      stop: new Set(words.stopWords),
      stopCharacters: new Set(Array.from(words.stopCharacters)),
      clauseBreak: new RegExp([CLAUSE_PUNCTUATION, ...breaks].join('|'), 'u'),
      negatorSplit: new RegExp(`(${chinese.map(escapeRegExp).join('|')})(.{0,2})`, 'u'),
    };
    compiled.set(words, out);
  }
  return out;
}

/** Lower case, 繁體 characters read as their 简体 forms, and each synonym as the word that stands for it. */
export function normalise(text: string, lexicon: Pick<SituationLexicon, 'traditional' | 'synonyms'>): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'")) out += lexicon.traditional[ch] ?? ch;
  if (lexicon.synonyms.length === 0) return out;
  const canonical = new Map(lexicon.synonyms);
  return out.replace(synonymPattern(lexicon.synonyms), (word) => canonical.get(word) ?? word);
}

const patterns = new WeakMap<object, RegExp>();
function synonymPattern(synonyms: [string, string][]): RegExp {
  let pattern = patterns.get(synonyms);
  if (!pattern) {
    const escaped = synonyms.map(([word]) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(escaped.join('|'), 'g');
    patterns.set(synonyms, pattern);
  }
  return pattern;
}

/** The synonym table as the lexicon keeps it: every word of a group → its first word, longest words first. */
export function synonymPairs(groups: readonly (readonly string[])[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const group of groups) {
    const [head] = group;
    if (head === undefined) continue;
    for (const word of group) pairs.push([word.normalize('NFKC').toLowerCase(), head.normalize('NFKC').toLowerCase()]);
  }
  return pairs.sort(([a], [b]) => b.length - a.length);
}

/** A crude English stem, the same on both sides: "threatened", "threatens" → "threaten". */
function stem(word: string): string {
  if (!/^[a-z']+$/.test(word)) return word;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Intl.Segmenter's words, or undefined where the browser has none (then fallbackSegment is used). */
export function defaultSegmenter(): Segment | undefined {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return (text) => {
    const words: string[] = [];
    for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment);
    return words;
  };
}

/**
 * The terms of one clause. Chinese words become their characters and neighbouring character pairs, so a word cut
 * differently ("借过" / "借") still meets; English words are stemmed. A word inside a negation's reach becomes
 * "!word" and "!" + each character, so "没有威胁我" never counts as a threat and "不是我借的" meets "我没借过".
 */
function clauseTerms(words: readonly string[], r: Reading): string[] {
  const out: string[] = [];
  let negated = 0;
  let run = '';
  const push = (word: string) => {
    if (word === '' || r.stop.has(word)) return;
    if (r.negators.has(word)) {
      negated = NEGATION_REACH;
      run = '';
      return;
    }
    if (!CJK.test(word)) {
      out.push(negated > 0 ? `!${stem(word)}` : stem(word));
      if (negated > 0) negated -= 1;
      run = '';
      return;
    }
    if (negated > 0) {
      out.push(`!${word}`);
      for (const ch of word) if (!r.stopCharacters.has(ch)) out.push(`!${ch}`);
      negated -= 1;
      run = '';
      return;
    }
    for (const ch of word) {
      if (r.stopCharacters.has(ch)) {
        run = '';
        continue;
      }
      out.push(ch);
      const last = run.at(-1);
      if (last !== undefined) out.push(last + ch);
      run += ch;
    }
  };
  for (const word of words) {
    const prefix = r.negators.has(word) ? undefined : r.prefixes.find((p) => word.startsWith(p));
    if (prefix !== undefined && word.length > prefix.length) {
      push(prefix);
      push(word.slice(prefix.length));
    } else push(word);
  }
  return out;
}

/** Every term of a text, clause by clause. */
export function termsOf(
  text: string,
  segment: Segment,
  lexicon: Pick<SituationLexicon, 'traditional' | 'synonyms' | 'reading'>,
): string[] {
  const r = reading(lexicon.reading);
  return normalise(text, lexicon)
    .split(r.clauseBreak)
    .flatMap((clause) => clauseTerms(segment(clause), r));
}

/**
 * A single character says little on its own (天, 好); a pair says more; a denial ("!借") says a lot, because people
 * deny only what matters to them.
 */
function termStrength(term: string): number {
  if (term.startsWith('!')) return 2;
  return CJK.test(term) && Array.from(term).length === 1 ? 0.5 : 1;
}

/** The lexicon for a catalogue: each term weighted by how few situations use it (rarer words say more). */
export function buildLexicon(
  catalogue: {
    reading: ReadingWords;
    synonyms: readonly (readonly string[])[];
    situations: readonly Pick<Situation, 'id' | 'phrasings'>[];
  },
  segment: Segment,
  traditional: Readonly<Record<string, string>> = {},
): SituationLexicon {
  const { situations } = catalogue;
  const words = { traditional: {}, synonyms: synonymPairs(catalogue.synonyms), reading: catalogue.reading };
  const usedBy = new Map<string, Set<number>>();
  situations.forEach((situation, index) => {
    for (const text of [...situation.phrasings.zh, ...situation.phrasings.en])
      for (const term of termsOf(text, segment, words)) usedBy.set(term, (usedBy.get(term) ?? new Set()).add(index));
  });
  const terms: Record<string, number[]> = {};
  for (const [term, users] of usedBy) {
    // A term most situations share says nothing about which one this is.
    if (users.size > situations.length / 4) continue;
    const weight = Math.round(Math.log(situations.length / users.size) * termStrength(term) * 100) / 100;
    terms[term] = [weight, ...users];
  }
  return {
    situations: situations.map((s) => s.id),
    terms,
    traditional: { ...traditional },
    synonyms: words.synonyms,
    reading: catalogue.reading,
  };
}

/**
 * Without Intl.Segmenter: runs of Chinese characters and English words, each run cut after a negator and the two
 * characters it reaches, so the catalogue's characters and character pairs are found as substrings of what was
 * typed, and a negation still reaches only the words right after it.
 */
export function fallbackSegment(text: string, readingWords: ReadingWords): string[] {
  const { negatorSplit } = reading(readingWords);
  const words: string[] = [];
  for (const run of text.match(/\p{Script=Han}+|[a-z0-9']+/gu) ?? []) {
    if (!CJK.test(run)) {
      words.push(run);
      continue;
    }
    let rest = run;
    for (let match = negatorSplit.exec(rest); match; match = negatorSplit.exec(rest)) {
      if (match.index > 0) words.push(rest.slice(0, match.index));
      words.push(match[1] ?? '');
      if (match[2]) words.push(match[2]);
      rest = rest.slice(match.index + match[0].length);
    }
    if (rest) words.push(rest);
  }
  return words;
}

/** Situations scored by the weight of their terms among these. */
function scoresOf(terms: Iterable<string>, lexicon: SituationLexicon): Map<number, number> {
  const scores = new Map<number, number>();
  for (const term of new Set(terms)) {
    const [weight = 0, ...users] = lexicon.terms[term] ?? [];
    for (const situation of users) scores.set(situation, (scores.get(situation) ?? 0) + weight);
  }
  return scores;
}

/** The situations that stand out among these scores: enough weight, and near the best. */
function standOut(scores: Map<number, number>, limit: number): [number, number][] {
  const top = Math.max(0, ...scores.values());
  return [...scores]
    .filter(([, score]) => score >= MIN_SCORE && score >= top * NEAR_TOP)
    .sort(([, a], [, b]) => b - a)
    .slice(0, limit);
}

/**
 * The situations a description names, best first; an empty list when nothing fits well enough. A long
 * description tells several things, so each clause is matched on its own as well as the whole.
 */
export function matchSituations(
  text: string,
  lexicon: SituationLexicon,
  /** null: read as a browser without Intl.Segmenter would. */
  segment: Segment | null = defaultSegmenter() ?? null,
): SituationMatch[] {
  if (text.trim() === '') return [];
  const r = reading(lexicon.reading);
  const split = segment ?? ((clause: string) => fallbackSegment(clause, lexicon.reading));
  const clauses = normalise(text, lexicon)
    .split(r.clauseBreak)
    .map((clause) => clauseTerms(split(clause), r));
  const found = new Map<number, number>();
  const keep = ([situation, score]: [number, number]) =>
    found.set(situation, Math.max(found.get(situation) ?? 0, score));
  standOut(scoresOf(clauses.flat(), lexicon), MAX_MATCHES).forEach(keep);
  if (clauses.length > 1) for (const terms of clauses) standOut(scoresOf(terms, lexicon), 2).forEach(keep);
  return [...found]
    .sort(([, a], [, b]) => b - a)
    .slice(0, MAX_LISTED)
    .map(([index, score]) => ({ id: lexicon.situations[index] ?? '', score: Math.round(score * 100) / 100 }));
}
