// What a description means in one guide: only situations that answer its questions are listed, in its words.
import { describe, expect, it } from 'vitest';
import { questionById } from '../../src/flow/graph.ts';
import { understoodIn } from '../../src/flow/understood.ts';
import { realFlow } from '../support/fixtures.ts';

const flow = realFlow('collection-triage');
const label = (questionId: string, optionId: string) =>
  questionById(flow, questionId)?.options.find((o) => o.id === optionId)?.label;
const situation = (id: string, flowId: string, answers: Record<string, string[]>) => ({
  id,
  implies: { flow: flowId, answers },
});

describe('understoodIn', () => {
  it('keeps the matches of this guide, best first, with the options they would choose in its words', () => {
    const situations = [
      situation('calls', 'collection-triage', { contactKind: ['call'], conduct: ['manyCalls'] }),
      situation('summons', 'court-papers', { documentKind: ['summons'] }),
      situation('insults', 'collection-triage', { conduct: ['insults'] }),
    ];
    const listed = understoodIn(flow, situations, [
      { id: 'insults', score: 3 },
      { id: 'summons', score: 2 },
      { id: 'calls', score: 1 },
    ]);
    expect(listed.map((u) => u.id)).toEqual(['insults', 'calls']);
    expect(listed[1]?.answers).toEqual({ contactKind: ['call'], conduct: ['manyCalls'] });
    expect(listed[1]?.optionLabels).toEqual([label('contactKind', 'call'), label('conduct', 'manyCalls')]);
  });

  it('never offers "别的情况", an unknown option or question, nor a situation left with nothing to record', () => {
    const situations = [
      situation('vague', 'collection-triage', { contactKind: ['otherSituation'], nowhere: ['x'] }),
      situation('mixed', 'collection-triage', { contactKind: ['otherSituation', 'sms', 'nope'] }),
    ];
    const listed = understoodIn(flow, situations, [
      { id: 'vague', score: 2 },
      { id: 'mixed', score: 1 },
      { id: 'unknown', score: 1 },
    ]);
    expect(listed).toEqual([
      { id: 'mixed', answers: { contactKind: ['sms'] }, optionLabels: [label('contactKind', 'sms')] },
    ]);
  });
});
