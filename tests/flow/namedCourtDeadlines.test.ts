// The deadline verdict names the paper the person has: a payment order, a judgment, a summons or a copy of the
// complaint each get their own line, which still says the deadline runs while they check.
import { describe, expect, it } from 'vitest';
import { selectActions } from '../../src/flow/actionList.ts';
import { everyAnswerSet } from '../../src/check/outcomes.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import { PERSONAS } from '../scenarios/personas.ts';

const bundle = realBundle();
const lines = bundle.catalogue.verdicts.courtDeadlines?.named ?? [];
const titleOf = (id: string) => lines.find((l) => l.id === id)?.title ?? `missing line ${id}`;

describe('courtDeadlines names the paper', () => {
  it('has a line for each paper whose deadline differs, each saying the deadline does not wait', () => {
    expect(lines.map((l) => l.id).sort()).toEqual([
      'complaintCopy',
      'enforcementNotice',
      'judgment',
      'kindUnsure',
      // A "lawyer's letter" that came from a court: its papers may be of any kind.
      'lawyerLetterByCourt',
      'papersDelivered',
      'paymentOrder',
      'summons',
    ]);
    for (const line of lines) expect(line.summary, line.id).toMatch(/不会等你核实完/);
  });

  it('court-papers: every answer set naming a paper shows that paper’s line', () => {
    const flow = realFlow('court-papers');
    const questionId = 'documentKind';
    const papers = ['paymentOrder', 'judgment', 'summons', 'complaintCopy', 'enforcementNotice', 'notSure'];
    const lineFor = (paper: string) => (paper === 'notSure' ? 'kindUnsure' : paper);
    const seen = new Map<string, number>();
    // The walk merges answers that meet the same rules; the lines are titled by the paper, so every paper is walked.
    const alsoRead = papers.map((paper) => ({ questionId, optionIds: [paper] }));
    for (const answers of everyAnswerSet(flow, 10_000, { alsoRead }) ?? []) {
      const paper = answers[questionId]?.[0];
      const view = selectActions(flow, bundle.catalogue, answers);
      const deadlineLines = view?.verdicts.filter((v) => v.id === 'courtDeadlines') ?? [];
      if (!paper || !papers.includes(paper) || deadlineLines.length === 0) continue;
      expect(
        deadlineLines.map((v) => v.title),
        JSON.stringify(answers),
      ).toEqual([titleOf(lineFor(paper))]);
      seen.set(paper, (seen.get(paper) ?? 0) + 1);
    }
    console.log(`court-papers: answer sets per named paper ${JSON.stringify(Object.fromEntries(seen))}`);
    // Every named paper was reached, so the check above ran for each.
    expect([...seen.keys()].sort()).toEqual([...papers].sort());
  });

  it('collection-triage: a payment order named on the contact screens shows the payment-order line', () => {
    const flow = realFlow('collection-triage');
    // Every persona of the table who said a payment order arrived.
    const people = PERSONAS.filter((p) =>
      p.answers.some(([q, ids]) => q === 'courtPaperKind' && ids.includes('paymentOrder')),
    );
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      const view = selectActions(flow, bundle.catalogue, Object.fromEntries(person.answers));
      expect(
        view?.verdicts.filter((v) => v.id === 'courtDeadlines').map((v) => v.title),
        person.it,
      ).toEqual([titleOf('paymentOrder')]);
    }
  });
});
