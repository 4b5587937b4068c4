// Checks the situation catalogue against the flows and shared files, and reads its English labels.
import type { FlowIssue } from './lint.ts';
import type { FlowFile } from './load.ts';
import type { FlowBundle } from '../flow/schema.ts';
import { SITUATIONS_FILE, SITUATIONS_TRANSLATION_OWNER, SituationsFileSchema } from '../flow/situations.ts';
import type { SituationsFile } from '../flow/situations.ts';

/** A situation the facts cannot serve must at least say where free advice is. */
const FREE_ADVICE_ACTION = 'freeLegalAdvice';

/** Same text for duplicate detection: case, width and punctuation do not make a phrasing new. */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');
}

/**
 * Parses and checks the catalogue against the flows and shared files: every implied answer names a real question
 * and option (one option for a one-answer question, no "none of these" beside another), every verdict and action
 * exists, no id or phrasing appears twice, and every label has a current English translation.
 */
export function lintSituations(
  file: FlowFile | undefined,
  bundle: FlowBundle,
  translationFiles: readonly FlowFile[],
): { situations?: SituationsFile; issues: FlowIssue[] } {
  const issues: FlowIssue[] = [];
  if (!file) return { issues: [{ file: SITUATIONS_FILE, path: '', message: 'file is missing' }] };
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return { issues: [{ file: SITUATIONS_FILE, path: '', message: `not valid JSON: ${String(error)}` }] };
  }
  const parsed = SituationsFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      issues: parsed.error.issues.map((i) => ({
        file: SITUATIONS_FILE,
        path: i.path.map(String).join('.'),
        message: i.message,
      })),
    };
  const at = (path: string, message: string) => issues.push({ file: SITUATIONS_FILE, path, message });
  const ids = new Set<string>();
  const phrasings = new Map<string, string>();
  const { catalogue, flows } = bundle;
  const groupOf = new Map<string, number>();
  parsed.data.synonyms.forEach((group, index) => {
    for (const word of group) {
      const key = comparable(word);
      const other = groupOf.get(key);
      if (other !== undefined) at(`synonyms[${String(index)}]`, `“${word}” is already in synonyms[${String(other)}]`);
      else groupOf.set(key, index);
    }
  });
  for (const [index, situation] of parsed.data.situations.entries()) {
    const path = `situations[${String(index)}](${situation.id})`;
    if (ids.has(situation.id)) at(path, `id "${situation.id}" is used twice`);
    ids.add(situation.id);
    for (const [lang, list] of Object.entries(situation.phrasings))
      for (const text of list) {
        const key = `${lang}:${comparable(text)}`;
        const owner = phrasings.get(key);
        if (owner !== undefined)
          at(
            `${path}.phrasings.${lang}`,
            `“${text}” is already a phrasing of ${owner === situation.id ? 'this situation' : `"${owner}"`}`,
          );
        else phrasings.set(key, situation.id);
      }
    if (!(situation.verdict in catalogue.verdicts)) at(`${path}.verdict`, `unknown verdict "${situation.verdict}"`);
    for (const action of situation.actions)
      if (!(action in catalogue.actions)) at(`${path}.actions`, `unknown action "${action}"`);
    if (new Set(situation.actions).size !== situation.actions.length)
      at(`${path}.actions`, 'an action is listed twice');
    if (situation.factsGap && !situation.actions.includes(FREE_ADVICE_ACTION))
      at(`${path}.actions`, `a situation the facts cannot serve must offer "${FREE_ADVICE_ACTION}"`);
    const flow = flows[situation.implies.flow];
    if (!flow) {
      at(`${path}.implies.flow`, `unknown flow "${situation.implies.flow}"`);
      continue;
    }
    for (const [questionId, optionIds] of Object.entries(situation.implies.answers)) {
      const where = `${path}.implies.answers.${questionId}`;
      const question = flow.nodes.find((n) => n.id === questionId);
      if (question?.kind !== 'question') {
        at(where, `"${questionId}" is not a question of flow "${flow.id}"`);
        continue;
      }
      for (const optionId of optionIds)
        if (!question.options.some((o) => o.id === optionId))
          at(where, `"${optionId}" is not an option of question "${questionId}"`);
      if (question.select === 'one' && optionIds.length !== 1)
        at(where, `question "${questionId}" takes one answer, not ${String(optionIds.length)}`);
      const exclusive = question.options.filter((o) => o.exclusive && optionIds.includes(o.id));
      if (exclusive.length > 0 && optionIds.length > 1)
        at(where, `"${exclusive[0]?.id ?? ''}" cannot be chosen together with another option`);
    }
  }
  issues.push(...lintLabelTranslations(parsed.data, translationFiles));
  return { situations: parsed.data, issues };
}

/** flows/i18n/en/situations.json: `<id>.label` → { zh, text }, made from the current Chinese, nothing left over. */
function lintLabelTranslations(data: SituationsFile, files: readonly FlowFile[]): FlowIssue[] {
  const path = `flows/i18n/en/${SITUATIONS_TRANSLATION_OWNER}.json`;
  const file = files.find((f) => f.path === path);
  if (!file) return [{ file: path, path: '', message: 'file is missing (English labels of the situations)' }];
  let entries: Record<string, { zh?: unknown; text?: unknown }>;
  try {
    entries = JSON.parse(file.text) as Record<string, { zh?: unknown; text?: unknown }>;
  } catch (error) {
    return [{ file: path, path: '', message: `not valid JSON: ${String(error)}` }];
  }
  const issues: FlowIssue[] = [];
  const wanted = new Set<string>();
  const texts: [string, string][] = [
    ...Object.entries(data.ui).map(([key, text]): [string, string] => [`ui.${key}`, text]),
    ...data.situations.map((s): [string, string] => [`${s.id}.label`, s.label]),
  ];
  const slots = (text: string) => (text.match(/\{[a-z]+\}/g) ?? []).join(' ');
  for (const [key, zh] of texts) {
    wanted.add(key);
    const entry = entries[key];
    if (typeof entry?.text !== 'string' || entry.text.trim() === '')
      issues.push({ file: path, path: key, message: `missing English translation: “${zh}”` });
    else if (entry.zh !== zh)
      issues.push({ file: path, path: key, message: `translation was made from older Chinese; now: “${zh}”` });
    else if (slots(entry.text) !== slots(zh))
      issues.push({ file: path, path: key, message: `translation must keep the slots of the Chinese: ${slots(zh)}` });
  }
  for (const key of Object.keys(entries))
    if (!wanted.has(key)) issues.push({ file: path, path: key, message: 'no such text any more; remove it' });
  return issues;
}

/** The English of a key of the translation file ("ui.none", "<id>.label"); the Chinese where none is present. */
export function englishTexts(files: readonly FlowFile[]): (key: string, zh: string) => string {
  const file = files.find((f) => f.path === `flows/i18n/en/${SITUATIONS_TRANSLATION_OWNER}.json`);
  const entries = file ? (JSON.parse(file.text) as Record<string, { text?: string }>) : {};
  return (key, zh) => entries[key]?.text ?? zh;
}
