// Turns the raw files under flows/ into a validated FlowBundle, or into every problem found, named by file and path.
import { lintFlows, CATALOGUE_FILES } from './lint.ts';
import { lintSituations } from './lintSituations.ts';
import { SITUATIONS_FILE } from '../flow/situations.ts';
import { AUTHORED_LANGUAGES, lintTranslations, translateBundle } from './translations.ts';
import type { AuthoredLanguage } from './translations.ts';
import type { FlowIssue } from './lint.ts';
import {
  ActionsFileSchema,
  ContactLogContentSchema,
  FlowSchema,
  LendersFileSchema,
  PhonesFileSchema,
  SourcesFileSchema,
  UiTextSchema,
  VerdictsFileSchema,
} from '../flow/schema.ts';
import type { Catalogue, Flow, FlowBundle } from '../flow/schema.ts';
import type { z } from 'zod';

export interface FlowFile {
  /** Project-relative path, e.g. "flows/collection-triage.json". */
  path: string;
  text: string;
}

export type LoadResult = { ok: true; bundle: FlowBundle } | { ok: false; issues: FlowIssue[] };

/** Raised by the build and the tests when flows/ is not valid; its message lists every problem. */
export class FlowFilesError extends Error {
  readonly issues: FlowIssue[];
  constructor(issues: FlowIssue[]) {
    super(`flows/ has ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}:\n${formatIssues(issues)}`);
    this.name = 'FlowFilesError';
    this.issues = issues;
  }
}

export function formatIssues(issues: readonly FlowIssue[]): string {
  return issues.map((i) => `  ${i.file}${i.path ? ` › ${i.path}` : ''}: ${i.message}`).join('\n');
}

/** Is this file a flow (as opposed to the shared catalogue or the generated JSON Schemas)? */
export function isFlowFile(path: string): boolean {
  return /^flows\/[^/]+\.json$/.test(path);
}

export interface LoadOptions {
  /** Off only for the tool that creates translation files: it needs the Chinese before any translation exists. */
  checkTranslations?: boolean;
}

export function loadFlowBundle(files: readonly FlowFile[], today: string, options: LoadOptions = {}): LoadResult {
  const issues: FlowIssue[] = [];
  const parse = <S extends z.ZodType>(schema: S, file: FlowFile | undefined, path: string): z.infer<S> | undefined => {
    if (!file) {
      issues.push({ file: path, path: '', message: 'file is missing' });
      return undefined;
    }
    const json = parseJson(file, issues);
    if (json === undefined) return undefined;
    const result = schema.safeParse(json, { reportInput: true });
    if (result.success) return result.data;
    issues.push(...result.error.issues.map((issue) => toFlowIssue(file.path, issue, json)));
    return undefined;
  };
  const byPath = new Map(files.map((f) => [f.path, f]));
  const catalogue = {
    sources: parse(SourcesFileSchema, byPath.get(CATALOGUE_FILES.sources), CATALOGUE_FILES.sources),
    phones: parse(PhonesFileSchema, byPath.get(CATALOGUE_FILES.phones), CATALOGUE_FILES.phones),
    actions: parse(ActionsFileSchema, byPath.get(CATALOGUE_FILES.actions), CATALOGUE_FILES.actions),
    verdicts: parse(VerdictsFileSchema, byPath.get(CATALOGUE_FILES.verdicts), CATALOGUE_FILES.verdicts),
    contactLog: parse(ContactLogContentSchema, byPath.get(CATALOGUE_FILES.contactLog), CATALOGUE_FILES.contactLog),
    ui: parse(UiTextSchema, byPath.get(CATALOGUE_FILES.ui), CATALOGUE_FILES.ui),
    lenders: parse(LendersFileSchema, byPath.get(CATALOGUE_FILES.lenders), CATALOGUE_FILES.lenders),
  };
  const flowFiles = files.filter((f) => isFlowFile(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  if (flowFiles.length === 0) issues.push({ file: 'flows/', path: '', message: 'no flow files found' });
  const flows = flowFiles.map((file) => ({ file: file.path, flow: parse(FlowSchema, file, file.path) }));

  // Lint what parsed: every flow that passed its schema, against the catalogue (which every check reads, so a broken
  // shared file stops here), then the translations of what was linted. Problems from every stage are reported.
  if (!isComplete(catalogue)) return { ok: false, issues };
  const parsedFlows = flows.filter((f): f is { file: string; flow: Flow } => f.flow !== undefined);
  const everyFlow = parsedFlows.length === flows.length;
  const lintIssues = lintFlows({ catalogue, flows: parsedFlows, today, everyFlow });
  issues.push(...lintIssues);
  const bundle = { catalogue, flows: Object.fromEntries(parsedFlows.map(({ flow }) => [flow.id, flow])) };
  if (options.checkTranslations !== false) {
    // Translations of a flow that did not parse cannot be matched to its texts: they wait until it parses.
    const unparsed = new Set(flows.filter((f) => f.flow === undefined).map((f) => ownerOfFlowFile(f.file)));
    const translationFiles = files.filter((f) => !unparsed.has(ownerOfTranslationFile(f.path)));
    issues.push(...lintAuthoredLanguages(bundle, translationFiles, parsedFlows, today, everyFlow, lintIssues));
  }
  // The situation catalogue is checked against the flows it points into, once they all parse; a folder without it
  // (a test's minimal flows) has nothing to check.
  const situations = byPath.get(SITUATIONS_FILE);
  if (situations && everyFlow) issues.push(...lintSituations(situations, bundle, files).issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, bundle };
}

/** "flows/court-papers.json" → "court-papers": a flow's file is named by its id. */
function ownerOfFlowFile(path: string): string {
  return path.slice('flows/'.length, -'.json'.length);
}

/** "flows/i18n/en/court-papers.json" → "court-papers"; "" for any other file. */
function ownerOfTranslationFile(path: string): string {
  return /^flows\/i18n\/[^/]+\/([^/]+)\.json$/.exec(path)?.[1] ?? '';
}

/**
 * Every authored language must translate every text, from the current Chinese, and the translated bundle must pass
 * the same text checks (phone numbers only as {tel:…} tokens, never 95017). A problem the Chinese already has is
 * reported once, for the Chinese.
 */
function lintAuthoredLanguages(
  bundle: FlowBundle,
  files: readonly FlowFile[],
  flowFiles: readonly { file: string; flow: Flow }[],
  today: string,
  everyFlow: boolean,
  sourceIssues: readonly FlowIssue[],
): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const inSource = new Set(sourceIssues.map(issueKey));
  for (const lang of Object.keys(AUTHORED_LANGUAGES) as AuthoredLanguage[]) {
    const found = lintTranslations(bundle, files, lang);
    if (found.length > 0) {
      issues.push(...found);
      continue;
    }
    const translated = translateBundle(bundle, files, lang);
    const fileOf = new Map(flowFiles.map(({ file, flow }) => [flow.id, file]));
    const again = lintFlows({
      catalogue: translated.catalogue,
      flows: Object.values(translated.flows).map((flow) => ({ file: fileOf.get(flow.id) ?? flow.id, flow })),
      today,
      everyFlow,
    });
    issues.push(
      ...again
        .filter((i) => !inSource.has(issueKey(i)))
        .map((i) => ({ ...i, message: `in ${AUTHORED_LANGUAGES[lang]} (${lang}): ${i.message}` })),
    );
  }
  return issues;
}

function issueKey(issue: FlowIssue): string {
  return `${issue.file}|${issue.path}|${issue.message}`;
}

/** As loadFlowBundle, but throws FlowFilesError listing every problem. */
export function loadFlowBundleOrThrow(
  files: readonly FlowFile[],
  today: string,
  options: LoadOptions = {},
): FlowBundle {
  const result = loadFlowBundle(files, today, options);
  if (!result.ok) throw new FlowFilesError(result.issues);
  return result.bundle;
}

function isComplete(c: Partial<Record<keyof Catalogue, unknown>>): c is Catalogue {
  return (
    c.sources !== undefined &&
    c.phones !== undefined &&
    c.actions !== undefined &&
    c.verdicts !== undefined &&
    c.contactLog !== undefined &&
    c.ui !== undefined &&
    c.lenders !== undefined
  );
}

function parseJson(file: FlowFile, issues: FlowIssue[]): unknown {
  try {
    return JSON.parse(file.text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    issues.push({ file: file.path, path: '', message: `not valid JSON: ${detail}` });
    return undefined;
  }
}

/** "nodes[3].options[1].next", naming the node by id too, because authors think in ids, not indexes. */
export function formatJsonPath(path: readonly PropertyKey[], json: unknown): string {
  let out = '';
  let cursor: unknown = json;
  for (const key of path) {
    out += typeof key === 'number' ? `[${String(key)}]` : `${out ? '.' : ''}${String(key)}`;
    cursor = isRecord(cursor) || Array.isArray(cursor) ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && isRecord(cursor) && typeof cursor.id === 'string') out += `(${cursor.id})`;
  }
  return out;
}

function toFlowIssue(file: string, issue: z.core.$ZodIssue, json: unknown): FlowIssue {
  const path = formatJsonPath(issue.path, json);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return { file, path, message: `unknown field ${keys} (check the spelling)` };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return { file, path, message: 'is missing' };
  if (issue.code === 'too_small' && issue.origin === 'array' && issue.message.startsWith('Too small'))
    return { file, path, message: `needs at least ${String(issue.minimum)} item(s)` };
  if (issue.code === 'invalid_type')
    return { file, path, message: `must be ${issue.expected}, not ${describe(issue.input)}` };
  return { file, path, message: issue.message };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
