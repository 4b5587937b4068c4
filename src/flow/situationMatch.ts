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

/** Parts of a description that are said separately: a negation never crosses them ("没来我家，但是骂我"). */
const CLAUSE_BREAK = /[，。,.;；!！?？、\n：:（）()“”"]|但是|可是|不过|只是|\bbut\b/u;

const NEGATORS = new Set([
  '没',
  '没有',
  '没再',
  '不',
  '不是',
  '不会',
  '并没有',
  '并没',
  '从没',
  '从来没',
  '从来没有',
  '从未',
  '未',
  '无',
  '别',
  'not',
  'no',
  'never',
  "didn't",
  'didnt',
  "don't",
  'dont',
  "doesn't",
  "haven't",
  "hasn't",
  "wasn't",
  "isn't",
  "won't",
  'nobody',
]);
/** Negating prefixes the segmenter may glue to the next word ("没借", "不还"): split off so both sides agree. */
const NEGATING_PREFIXES = ['从来没有', '从来没', '并没有', '没有', '不是', '从没', '从未', '没', '不', '未'];

const STOP = new Set(
  (
    '的 了 我 我们 我的 你 你们 他 他们 她 她们 它 这 那 这个 那个 个 一 一个 和 跟 与 把 被 给 都 也 就 吗 呢 啊 吧 呀 嘛 很 又 过 着 些 ' +
    '一些 什么 怎么 怎么办 时候 之后 以后 然后 还是 就是 已经 一直 说是 ' +
    'i me my mine we us our you your he him his she her it its they them their the a an to of and or is are am ' +
    'was were be been being have has had do does did will would can could as at in on for from with about this that ' +
    'these those so if then than just also very'
  ).split(/\s+/),
);

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

const CJK = /\p{Script=Han}/u;
/** Characters too common to say anything on their own. */
const STOP_CHARS = new Set(Array.from('的了我你他她它们是在有就都也吗呢啊吧呀个一这那着过'));

/**
 * The terms of one clause. Chinese words become their characters and neighbouring character pairs, so a word cut
 * differently ("借过" / "借") still meets; English words are stemmed. A word inside a negation's reach becomes
 * "!word" and "!" + each character, so "没有威胁我" never counts as a threat and "不是我借的" meets "我没借过".
 */
function clauseTerms(words: readonly string[]): string[] {
  const out: string[] = [];
  let negated = 0;
  let run = '';
  const push = (word: string) => {
    if (word === '' || STOP.has(word)) return;
    if (NEGATORS.has(word)) {
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
      for (const ch of word) if (!STOP_CHARS.has(ch)) out.push(`!${ch}`);
      negated -= 1;
      run = '';
      return;
    }
    for (const ch of word) {
      if (STOP_CHARS.has(ch)) {
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
    const prefix = NEGATORS.has(word) ? undefined : NEGATING_PREFIXES.find((p) => word.startsWith(p));
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
  lexicon: Pick<SituationLexicon, 'traditional' | 'synonyms'>,
): string[] {
  return normalise(text, lexicon)
    .split(CLAUSE_BREAK)
    .flatMap((clause) => clauseTerms(segment(clause)));
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
  catalogue: { synonyms: readonly (readonly string[])[]; situations: readonly Pick<Situation, 'id' | 'phrasings'>[] },
  segment: Segment,
  traditional: Readonly<Record<string, string>> = {},
): SituationLexicon {
  const { situations } = catalogue;
  const reading = { traditional: {}, synonyms: synonymPairs(catalogue.synonyms) };
  const usedBy = new Map<string, Set<number>>();
  situations.forEach((situation, index) => {
    for (const text of [...situation.phrasings.zh, ...situation.phrasings.en])
      for (const term of termsOf(text, segment, reading)) usedBy.set(term, (usedBy.get(term) ?? new Set()).add(index));
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
    synonyms: reading.synonyms,
  };
}

const NEGATOR_SPLIT = /(从来没有|从来没|并没有|没有|不是|从没|从未|没|不|未)(.{0,2})/u;

/**
 * Without Intl.Segmenter: runs of Chinese characters and English words, each run cut after a negator and the two
 * characters it reaches, so the catalogue's characters and character pairs are found as substrings of what was
 * typed, and a negation still reaches only the words right after it.
 */
export function fallbackSegment(text: string): string[] {
  const words: string[] = [];
  for (const run of text.match(/\p{Script=Han}+|[a-z0-9']+/gu) ?? []) {
    if (!CJK.test(run)) {
      words.push(run);
      continue;
    }
    let rest = run;
    for (let match = NEGATOR_SPLIT.exec(rest); match; match = NEGATOR_SPLIT.exec(rest)) {
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
  const split = segment ?? fallbackSegment;
  const clauses = normalise(text, lexicon)
    .split(CLAUSE_BREAK)
    .map((clause) => clauseTerms(split(clause)));
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
