// The situation catalogue loads with the flows, covers what people describe, and every broken entry is named.
import { describe, expect, it } from 'vitest';
import { readFlowFiles } from '../../scripts/flow-files.ts';
import { loadFlowBundle } from '../../src/check/load.ts';
import type { FlowFile } from '../../src/check/load.ts';
import { lintSituations } from '../../src/check/lintSituations.ts';
import { SITUATIONS_FILE, SITUATION_DIMENSIONS, SituationsFileSchema } from '../../src/flow/situations.ts';
import type { SituationsFile } from '../../src/flow/situations.ts';
import { PROJECT_ROOT, TODAY, realBundle } from '../support/fixtures.ts';

const files = readFlowFiles(PROJECT_ROOT);
const catalogueFile = files.find((f) => f.path === SITUATIONS_FILE);
if (!catalogueFile) throw new Error(`${SITUATIONS_FILE} is missing`);
const catalogue: SituationsFile = SituationsFileSchema.parse(JSON.parse(catalogueFile.text));

/** The catalogue with one situation changed, checked against the real flows. */
function problemsWith(change: (data: SituationsFile) => void, translations: readonly FlowFile[] = files): string[] {
  const data = structuredClone(catalogue);
  change(data);
  const file = { path: SITUATIONS_FILE, text: JSON.stringify(data) };
  return lintSituations(file, realBundle(), translations).issues.map((i) => `${i.path}: ${i.message}`);
}

function first(data: SituationsFile) {
  const situation = data.situations[0];
  if (!situation) throw new Error('empty catalogue');
  return situation;
}

describe('the situation catalogue', () => {
  it('passes the flow check with the flows it points into', () => {
    const result = loadFlowBundle(files, TODAY);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(lintSituations(catalogueFile, realBundle(), files).issues).toEqual([]);
  });

  it('holds at least 80 situations and covers every side of a story', () => {
    expect(catalogue.situations.length).toBeGreaterThanOrEqual(80);
    const dimensions = new Set(catalogue.situations.map((s) => s.dimension));
    for (const dimension of SITUATION_DIMENSIONS) expect(dimensions, dimension).toContain(dimension);
  });

  it('names people who are not the borrower, threats both made and carried out, and several lenders', () => {
    const ids = new Set(catalogue.situations.map((s) => s.id));
    for (const id of ['familyOfBorrower', 'emergencyContact', 'friendOfBorrower', 'colleagueOfBorrower'])
      expect(ids).toContain(id);
    for (const id of ['recycledNumber', 'neverBorrowed']) expect(ids).toContain(id);
    for (const [threatened, done] of [
      ['visitThreatened', 'visitHome'],
      ['violenceThreatened', 'violenceDone'],
      ['contactsThreatened', 'contactsCalled'],
      ['shamingThreatened', 'shamingDone'],
      ['freezeThreat', 'accountFrozen'],
      ['hometownThreat', 'hometownVisited'],
      ['willSue', 'summonsReceived'],
    ])
      expect([ids.has(threatened ?? ''), ids.has(done ?? '')], `${threatened ?? ''} / ${done ?? ''}`).toEqual([
        true,
        true,
      ]);
    expect(catalogue.situations.filter((s) => s.dimension === 'lender').length).toBeGreaterThanOrEqual(5);
  });

  it('answers a situation the facts cannot serve with free advice, never with the calm verdict', () => {
    const gaps = catalogue.situations.filter((s) => s.factsGap);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap.actions, gap.id).toContain('freeLegalAdvice');
      expect(gap.verdict, gap.id).not.toBe('lawfulReminder');
    }
    expect(catalogue.situations.filter((s) => s.verdict === 'lawfulReminder')).toEqual([]);
  });

  it('names an implied answer that is not an option of the question', () => {
    expect(
      problemsWith((d) => {
        first(d).implies = { flow: 'collection-triage', answers: { conduct: ['threatss'] } };
      }),
    ).toEqual([
      `situations[0](${first(catalogue).id}).implies.answers.conduct: "threatss" is not an option of question "conduct"`,
    ]);
  });

  it('names a question the flow does not have, and two answers to a one-answer question', () => {
    expect(
      problemsWith((d) => {
        first(d).implies = {
          flow: 'collection-triage',
          answers: { whoCalled: ['x'], loanStatus: ['overdue', 'settled'] },
        };
      }),
    ).toEqual([
      `situations[0](${first(catalogue).id}).implies.answers.whoCalled: "whoCalled" is not a question of flow "collection-triage"`,
      `situations[0](${first(catalogue).id}).implies.answers.loanStatus: question "loanStatus" takes one answer, not 2`,
    ]);
  });

  it('names an unknown verdict, an unknown action and an unknown flow', () => {
    const id = first(catalogue).id;
    expect(
      problemsWith((d) => {
        first(d).verdict = 'calmm';
        first(d).actions = ['keepRecordss'];
      }),
    ).toEqual([
      `situations[0](${id}).verdict: unknown verdict "calmm"`,
      `situations[0](${id}).actions: unknown action "keepRecordss"`,
    ]);
    expect(
      problemsWith((d) => {
        first(d).implies.flow = 'no-such-flow';
      }),
    ).toEqual([`situations[0](${id}).implies.flow: unknown flow "no-such-flow"`]);
  });

  it('names a duplicate id and a phrasing used by two situations', () => {
    const [a, b] = catalogue.situations;
    expect(
      problemsWith((d) => {
        const second = d.situations[1];
        if (!second || !a) throw new Error('short catalogue');
        second.id = a.id;
        second.phrasings.zh[0] = `${a.phrasings.zh[0] ?? ''}。`;
      }),
    ).toContain(`situations[1](${a?.id ?? ''}): id "${a?.id ?? ''}" is used twice`);
    expect(b).toBeDefined();
  });

  it('rejects an empty phrasing and a gap without free advice', () => {
    const empty = problemsWith((d) => {
      first(d).phrasings.zh = ['  ', '有人催我'];
    });
    expect(empty.join('\n')).toMatch(/must not be empty/);
    expect(
      problemsWith((d) => {
        first(d).factsGap = true;
        first(d).actions = ['keepRecords'];
      }),
    ).toEqual([
      `situations[0](${first(catalogue).id}).actions: a situation the facts cannot serve must offer "freeLegalAdvice"`,
    ]);
  });

  it('needs an English label made from the current Chinese', () => {
    const id = first(catalogue).id;
    expect(
      problemsWith((d) => {
        first(d).label = '改过的说法';
      }),
    ).toEqual([`${id}.label: translation was made from older Chinese; now: “改过的说法”`]);
    const withoutEnglish = files.filter((f) => f.path !== 'flows/i18n/en/situations.json');
    expect(problemsWith(() => undefined, withoutEnglish)).toEqual([
      ': file is missing (English labels of the situations)',
    ]);
  });
});
