// The statements a legal review found wrong or unsupported, pinned in their corrected form (简体 and English).
import { describe, expect, it } from 'vitest';
import { readFlowFiles } from '../../scripts/flow-files.ts';
import type { Action, FlowBundle } from '../../src/flow/schema.ts';
import { translateBundle } from '../../src/flow/translations.ts';
import { PROJECT_ROOT, realBundle } from '../support/fixtures.ts';

const zh = realBundle();
const en = translateBundle(zh, readFlowFiles(PROJECT_ROOT), 'en');
/** The day the fact sheet's corrections were recorded; every source behind a corrected statement is checked since. */
const CORRECTED_ON = '2026-11-27';

function action(bundle: FlowBundle, id: string): Action {
  const found = bundle.catalogue.actions[id];
  if (!found) throw new Error(`no action ${id}`);
  return found;
}
const stepsOf = (bundle: FlowBundle, id: string) => action(bundle, id).steps.join('\n');
function expectRechecked(...sourceIds: string[]) {
  for (const id of sourceIds) expect(zh.catalogue.sources[id]?.checked, id).toBe(CORRECTED_ON);
}

describe('1 · 失信 and 限高 do not need the ability to pay', () => {
  it('enforcement stage: report assets and obey a spending restriction even without money, citing 第二百五十二条', () => {
    const steps = stepsOf(zh, 'enforcementStageFacts');
    expect(steps).not.toMatch(/只用于.*有履行能力/);
    expect(steps).toContain('如实申报财产');
    expect(steps).toContain('限制消费令');
    expect(steps).toMatch(/执行通知书的期限.*限制高消费/);
    const articles = action(zh, 'enforcementStageFacts').basis.map((c) => `${c.source} ${c.article ?? ''}`);
    expect(articles).toEqual(
      expect.arrayContaining([
        'dishonestListRules 第一条',
        'consumptionRestrictionRules 第一条',
        'civilProcedureLaw 第二百五十二条',
      ]),
    );
    expect(zh.catalogue.sources.dishonestListRules?.title).toContain('法释〔2017〕7号');
    expectRechecked('dishonestListRules', 'consumptionRestrictionRules', 'civilProcedureLaw');
    expect(stepsOf(en, 'enforcementStageFacts')).toMatch(/report your assets truthfully/);
    expect(stepsOf(en, 'enforcementStageFacts')).not.toMatch(/only for people .* able to pay/);
  });

  it('“not a crime”: no longer ties 失信 and 限高 to being able to pay', () => {
    const steps = stepsOf(zh, 'notACrime');
    expect(steps).not.toContain('有能力还却拒不执行，会有失信、限高');
    expect(steps).toMatch(/没钱也可能被列入失信名单/);
    expect(stepsOf(en, 'notACrime')).toMatch(/even if you have no money/);
  });
});
