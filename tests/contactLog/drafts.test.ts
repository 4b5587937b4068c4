// Complaint drafts carry the logged facts, mark every gap, and go to the channels the facts point to.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkLog } from '../../src/contactLog/breaches.ts';
import { buildComplaintDrafts } from '../../src/contactLog/drafts.ts';
import { newEntry } from '../../src/contactLog/entry.ts';
import type { ContactEntry } from '../../src/contactLog/entry.ts';
import { formatTimeline } from '../../src/contactLog/timeline.ts';
import { selectActions } from '../../src/flow/actionList.ts';
import { lenderFor } from '../../src/flow/lenders.ts';
import { realBundle, realFlow } from '../support/fixtures.ts';
import { PERSONAS } from '../scenarios/personas.ts';

const bundle = realBundle();
const { catalogue } = bundle;
const entry = (id: string, at: string, changes: Partial<ContactEntry> = {}): ContactEntry => ({
  ...newEntry(id, at),
  ...changes,
});
const fourCalls = [
  entry('a', '2026-11-23T09:30', { callerGave: '13800000000', firmNamed: '某某资产管理公司' }),
  entry('b', '2026-11-23T14:00', { happened: ['insults'] }),
  entry('c', '2026-11-23T23:10', { notes: '说明天再不还就上门' }),
  entry('d', '2026-11-23T15:00', { contacted: 'colleague', happened: ['disclosedDebt'] }),
];

const flow = realFlow('collection-triage');
/** The lender the triage answers name, as the drafts page picks it. */
const lenderOf = (chosen: string[]) => lenderFor(flow, catalogue, { lender: chosen });

/** Anything in brackets must be a marked placeholder; nothing may leak from templates or missing data. */
function expectCleanDraft(text: string) {
  for (const bracket of text.match(/【[^】]*】/g) ?? []) expect(bracket).toMatch(/^【请填写：[^【】]+】$/);
  expect(text).not.toMatch(/undefined|null|NaN|\{tel:|\{count\}|\{date\}|\[object/);
}

describe('complaint drafts', () => {
  const log = checkLog(fourCalls, catalogue.contactLog.breachRules);
  const drafts = buildComplaintDrafts(catalogue, {
    log,
    result: undefined,
    complaintsMade: {},
    lender: catalogue.lenders.webank,
  });
  const byId = Object.fromEntries(drafts.map((d) => [d.channelId, d]));

  it('the 12378 draft quotes the 23:10 call, the colleague call and the rules they likely break', () => {
    const text = byId.nfra?.text ?? '';
    expect(text).toContain('12378');
    expect(text).toContain('2026-11-23 23:10');
    expect(text).toContain('联系了：同事');
    expect(text).toContain('可能违规：在晚上 10 点到早上 8 点之间催收');
    expect(text).toContain('GB/T 45251—2025');
    expect(text).toContain('「说明天再不还就上门」');
    expectCleanDraft(text);
  });

  it('every draft has who I am, what happened, evidence and requests, with gaps marked', () => {
    for (const draft of drafts) {
      for (const heading of ['一、我是谁', '二、发生了什么', '三、我保存的证据', '四、我的请求'])
        expect(draft.text).toContain(heading);
      expect(draft.text).toContain('【请填写：姓名】');
      expectCleanDraft(draft.text);
    }
  });

  it('goes to the fitting channels: the bank, the regulator and 12321 for late calls; not the police without a threat', () => {
    expect(drafts.filter((d) => d.fitting).map((d) => d.channelId)).toEqual(['webank', 'nfra', 'spamReport']);
    expect(byId.police?.fitting).toBe(false);
    const threatened = checkLog(
      [entry('t', '2026-11-23T10:00', { happened: ['threats'] })],
      catalogue.contactLog.breachRules,
    );
    const withThreat = buildComplaintDrafts(catalogue, {
      log: threatened,
      result: undefined,
      complaintsMade: {},
      lender: catalogue.lenders.webank,
    });
    expect(withThreat.find((d) => d.channelId === 'police')?.fitting).toBe(true);
    expect(withThreat.find((d) => d.channelId === 'police')?.text).toContain('威胁我或我的家人');
  });

  it('mentions the earlier bank complaint in the regulator draft once the user marked it made', () => {
    const withMade = buildComplaintDrafts(catalogue, {
      log,
      result: undefined,
      complaintsMade: { webank: '2026-11-20' },
      lender: catalogue.lenders.webank,
    });
    const nfra = withMade.find((d) => d.channelId === 'nfra')?.text ?? '';
    expect(nfra).toContain('2026-11-20');
    expect(nfra).toContain('【请填写：工单号】');
  });

  it('with an empty log, uses the triage answers that made the result suggest the channel', () => {
    const persona = PERSONAS.find((p) => p.it.includes('23:00'));
    if (!persona) throw new Error('the persona with 23:00 calls is missing');
    const flow = realFlow('collection-triage');
    const result = selectActions(flow, catalogue, Object.fromEntries(persona.answers));
    const empty = checkLog([], catalogue.contactLog.breachRules);
    const fromTriage = buildComplaintDrafts(catalogue, {
      log: empty,
      result,
      complaintsMade: {},
      lender: catalogue.lenders.webank,
    });
    const webank = fromTriage.find((d) => d.channelId === 'webank');
    expect(webank?.fitting).toBe(true);
    expect(webank?.text).toContain('我在向导里选择的情况');
    for (const draft of fromTriage) expectCleanDraft(draft.text);
  });

  it('with nothing at all, still offers a draft with the story left as a marked gap', () => {
    const drafts = buildComplaintDrafts(catalogue, {
      log: checkLog([], catalogue.contactLog.breachRules),
      result: undefined,
      complaintsMade: {},
      lender: catalogue.lenders.webank,
    });
    expect(drafts.every((d) => !d.fitting)).toBe(true);
    for (const draft of drafts) {
      expect(draft.text).toContain('【请填写：时间和经过】');
      expectCleanDraft(draft.text);
    }
  });
});

describe('timeline export', () => {
  it('lists every entry by time with its flags and says flags are not findings', () => {
    const log = checkLog(fourCalls, catalogue.contactLog.breachRules);
    const text = formatTimeline(log, catalogue, '2026-11-24T08:00');
    expect(text).toContain('共 4 条');
    const order = ['09:30', '14:00', '15:00', '23:10'].map((t) => text.indexOf(`2026-11-23 ${t}`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text.match(/⚠/g)?.length).toBe(4);
    expect(text).toContain('不是法院或监管部门的认定');
  });
});

describe('draft counts', () => {
  it('says how many were logged, not how many are listed: 3 logged, 2 of them flagged for the bank', () => {
    const three = [
      entry('a', '2026-11-23T09:30'),
      entry('b', '2026-11-23T23:10'),
      entry('c', '2026-11-23T10:00', { contacted: 'colleague' }),
    ];
    const log = checkLog(three, catalogue.contactLog.breachRules);
    const drafts = buildComplaintDrafts(catalogue, {
      log,
      result: undefined,
      complaintsMade: {},
      lender: catalogue.lenders.webank,
    });
    const webank = drafts.find((d) => d.channelId === 'webank')?.text ?? '';
    expect(webank).toContain('我记录的联系共 3 条，下面列出其中可能违规的 2 条。');
    expect(webank).toContain('我记录的联系，共 3 条。');
    expect(webank).not.toMatch(/共 2 条/);
    expect(webank.split('\n').filter((line) => /^\d+\. \d{4}-/.test(line))).toEqual([
      '2. 2026-11-23 10:00 · 电话（接通） · 联系了：同事',
      '3. 2026-11-23 23:10 · 电话（接通） · 联系了：我本人',
    ]);
    expect(webank).toContain('下载成文本文件');
  });

  it('for any log, every draft states the number logged, lists what it says it lists, and names the cut', () => {
    const rules = catalogue.contactLog.breachRules;
    const seen = { flagged: 0, latest: 0, all: 0 };
    const arbitraryEntry = fc.record({
      hour: fc.integer({ min: 0, max: 23 }),
      day: fc.integer({ min: 1, max: 28 }),
      contacted: fc.constantFrom('me', 'family', 'colleague'),
      insults: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 30, size: 'max' }), (specs) => {
        const entries = specs.map((s, i) =>
          entry(`e${String(i)}`, `2026-10-${String(s.day).padStart(2, '0')}T${String(s.hour).padStart(2, '0')}:05`, {
            contacted: s.contacted as ContactEntry['contacted'],
            happened: s.insults ? ['insults'] : [],
          }),
        );
        const log = checkLog(entries, rules);
        for (const draft of buildComplaintDrafts(catalogue, {
          log,
          result: undefined,
          complaintsMade: {},
          lender: catalogue.lenders.webank,
        })) {
          const listed = draft.text.split('\n').filter((line) => /^\d+\. \d{4}-/.test(line)).length;
          const n = entries.length;
          if (n === 0) {
            expect(listed).toBe(0);
            continue;
          }
          const forRules = draft.channel.forRules as readonly string[];
          const flagged = log.entries.filter((c) => c.breaches.some((r) => forRules.includes(r))).length;
          const candidates = flagged || n;
          expect(listed).toBe(Math.min(candidates, 10));
          expect(draft.text).toContain(`我记录的联系共 ${String(n)} 条`);
          expect(draft.text).toContain(`我记录的联系，共 ${String(n)} 条。`);
          if (flagged > 0 && flagged < n) {
            seen.flagged += 1;
            expect(draft.text).toContain(`可能违规的 ${String(flagged)} 条`);
          }
          if (candidates > 10) {
            seen.latest += 1;
            expect(draft.text).toContain('下面列出最近 10 条。');
          } else expect(draft.text).not.toContain('最近');
          if (listed === n) {
            seen.all += 1;
            expect(draft.text).toContain('都列在下面。');
            expect(draft.text).not.toContain('下载成文本文件');
          } else expect(draft.text).toContain('下载成文本文件');
        }
      }),
      { numRuns: 200 },
    );
    // Each kind of count line was produced, so none of the checks above passed for want of a case.
    expect(seen.flagged).toBeGreaterThan(0);
    expect(seen.latest).toBeGreaterThan(0);
    expect(seen.all).toBeGreaterThan(0);
  });
});

describe('the lender channel follows the lender the answers name', () => {
  const log = checkLog(fourCalls, catalogue.contactLog.breachRules);
  const draftsFor = (chosen: string[], complaintsMade: Record<string, string> = {}) =>
    buildComplaintDrafts(catalogue, { log, result: undefined, complaintsMade, lender: lenderOf(chosen) });
  const lenderDraft = (chosen: string[]) => draftsFor(chosen).find((d) => d.channelId === 'webank');

  it('WeBank named: addressed to 微众银行客服 with 95384', () => {
    const draft = lenderDraft(['webank']);
    expect(draft?.channel.name).toBe('微众银行客服');
    expect(draft?.phone?.number).toBe('95384');
    expect(draft?.text.split('\n')[0]).toBe('微众银行客服（95384）：投诉微众银行借款的催收行为');
    expect(draft?.text).toContain('是不是受微众银行委托的');
  });

  for (const [situation, chosen] of [
    ['another lender', ['otherOrUnsure']],
    ['WeBank and another lender', ['webank', 'otherOrUnsure']],
    ['no lender answered', []],
  ] as const)
    it(`${situation}: addressed to the lender's official service, with no number and no WeBank words`, () => {
      const draft = lenderDraft([...chosen]);
      expect(draft?.channel.name).toBe('放贷方客服');
      expect(draft?.phone).toBeUndefined();
      expect(draft?.reach).toContain('借款合同或官方 App 里写的官方客服电话');
      expect(draft?.text.split('\n')[0]).toBe('放贷方客服：投诉放贷方借款的催收行为');
      expect(draft?.text).toContain('是不是受放贷方委托的');
      for (const words of ['95384', '95017', '微众', '微粒贷', '贵行', '{lender:']) {
        expect(draft?.text).not.toContain(words);
        expect(draft?.channel.handles).not.toContain(words);
        expect(draft?.reach).not.toContain(words);
      }
      expectCleanDraft(draft?.text ?? '');
    });

  it('the "already complained" line names the lender it was made to', () => {
    const toWebank = draftsFor(['webank'], { webank: '2026-11-20' }).find((d) => d.channelId === 'nfra');
    expect(toWebank?.text).toContain('我已经在 2026-11-20 向微众银行投诉过');
    const toOther = draftsFor(['otherOrUnsure'], { webank: '2026-11-20' }).find((d) => d.channelId === 'nfra');
    expect(toOther?.text).toContain('我已经在 2026-11-20 向放贷方投诉过');
    expect(toOther?.text.split('\n').find((line) => line.includes('投诉过'))).not.toContain('微众');
  });

  it('the other channels keep their own numbers whatever the lender', () => {
    for (const chosen of [['webank'], ['otherOrUnsure']]) {
      const numbers = Object.fromEntries(draftsFor(chosen).map((d) => [d.channelId, d.phone?.number]));
      expect(numbers.nfra).toBe('12378');
      expect(numbers.police).toBe('110');
      // Whether 010-12321 still works is not confirmed, so the spam centre is reached by its website, not a number.
      expect(numbers.spamReport).toBeUndefined();
    }
  });
});
