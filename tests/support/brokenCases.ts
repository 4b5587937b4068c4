// Applies a broken-flow fixture (tests/fixtures/broken/<case>) on top of the valid mini fixture.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFlowFiles } from '../../scripts/flow-files.ts';
import { formatIssues } from '../../src/check/load.ts';
import { miniWith, PROJECT_ROOT } from './fixtures.ts';

export const BROKEN_ROOT = join(PROJECT_ROOT, 'tests', 'fixtures', 'broken');

export function brokenCaseNames(): string[] {
  return readdirSync(BROKEN_ROOT).sort();
}

/**
 * The problems reported for one broken case, one formatted line each. Each case plants one kind of problem; the
 * translation stage runs only for the translation cases, as a case that adds Chinese would otherwise also list its
 * (rightly) missing English. Every stage together is tested with several problems at once in load.test.ts.
 */
export function problemsFor(caseName: string): string[] {
  const dir = join(BROKEN_ROOT, caseName);
  const changes: Record<string, string | null> = {};
  if (existsSync(join(dir, 'flows'))) for (const f of readFlowFiles(dir)) changes[f.path] = f.text;
  const deleteList = join(dir, 'DELETE');
  if (existsSync(deleteList))
    for (const path of readFileSync(deleteList, 'utf8').split('\n').filter(Boolean)) changes[path] = null;
  const result = miniWith(changes, { checkTranslations: caseName.startsWith('translation-') });
  return result.ok
    ? []
    : formatIssues(result.issues)
        .split('\n')
        .map((l) => l.trim());
}
