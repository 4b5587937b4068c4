// A person's own words find the situations they describe: negation, 繁體, English, and browsers with no segmenter.
import { describe, expect, it } from 'vitest';
import { readSituations, situationCatalogue, traditionalTable } from '../../scripts/situation-lexicon.ts';
import { traditionalConverter } from '../../scripts/traditional.ts';
import { buildLexicon, defaultSegmenter, fallbackSegment, matchSituations } from '../../src/flow/situationMatch.ts';
import type { Segment } from '../../src/flow/situationMatch.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

const { lexicon } = situationCatalogue(PROJECT_ROOT);
const segmenter = defaultSegmenter();
if (!segmenter) throw new Error('this Node has no Intl.Segmenter');
const READERS: [string, Segment | null][] = [
  ['with Intl.Segmenter', segmenter],
  ['without Intl.Segmenter', null],
];
const ids = (text: string, segment: Segment | null) => matchSituations(text, lexicon, segment).map((m) => m.id);

describe.each(READERS)('matching %s', (_name, segment) => {
  it('finds what was said', () => {
    expect(ids('他们说明天要上门来找我', segment)).toContain('visitThreatened');
    expect(ids('催收一天打十几个电话', segment)).toContain('manyCalls');
    expect(ids('说要冻结我的微信和银行卡', segment)).toContain('freezeThreat');
  });

  it('does not count what was denied', () => {
    const denied = ids('他们没有威胁我，只是一天打十几个电话', segment);
    expect(denied).toContain('manyCalls');
    for (const threat of ['violenceThreatened', 'familyThreatened', 'contactsThreatened', 'shamingThreatened'])
      expect(denied).not.toContain(threat);
    expect(ids('他们没有威胁我', segment)).not.toContain('violenceThreatened');
    expect(ids('威胁要打我', segment)).toContain('violenceThreatened');
  });

  it('reads "not mine" as not the borrower’s own loan', () => {
    expect(ids('不是我借的', segment)).toContain('neverBorrowed');
    expect(ids('这笔钱我从来没借过', segment)).toContain('neverBorrowed');
  });

  it('reads 繁體 as its 简体', () => {
    expect(ids('他們說要上門找我', segment)).toContain('visitThreatened');
    expect(ids('威脅要打我', segment)).toContain('violenceThreatened');
    expect(ids('他們沒有威脅我', segment)).not.toContain('violenceThreatened');
  });

  it('reads English', () => {
    expect(ids('The collector threatened to beat me up', segment)).toContain('violenceThreatened');
    expect(ids('they did not threaten me, they just call many times a day', segment)).not.toContain(
      'violenceThreatened',
    );
  });

  it('says nothing about nothing, and survives any text', () => {
    expect(matchSituations('', lexicon, segment)).toEqual([]);
    expect(matchSituations('   ', lexicon, segment)).toEqual([]);
    expect(matchSituations('我想买一台新电脑', lexicon, segment)).toEqual([]);
    expect(() => matchSituations('<script>alert(1)</script>'.repeat(50), lexicon, segment)).not.toThrow();
  });
});

describe('the lexicon', () => {
  it('maps every 繁體 form OpenCC gives a catalogue character back to it', () => {
    const table = traditionalTable(readSituations(PROJECT_ROOT));
    const convert = traditionalConverter();
    expect(table['門']).toBe('门');
    expect(table['脅']).toBe('胁');
    expect(table['闆']).toBe('板');
    for (const [traditional, simplified] of Object.entries(table)) {
      expect(Array.from(traditional)).toHaveLength(1);
      expect(Array.from(simplified)).toHaveLength(1);
    }
    expect(convert('他们说要上门')).toBe('他們說要上門');
  });

  it('cuts after a negation when there is no segmenter', () => {
    expect(fallbackSegment('他没有威胁我但是骂我', lexicon.reading)).toEqual(['他', '没有', '威胁', '我但是骂我']);
  });

  it('on phrasings it has not seen (the catalogue’s own, held out): a figure, not a blind measure', () => {
    const data = readSituations(PROJECT_ROOT);
    const held = data.situations.map((s) => ({
      id: s.id,
      zh: s.phrasings.zh.at(-1) ?? '',
      en: s.phrasings.en.length > 1 ? s.phrasings.en.at(-1) : undefined,
    }));
    const training = {
      reading: data.reading,
      synonyms: data.synonyms,
      situations: data.situations.map((s) => ({
        id: s.id,
        phrasings: {
          zh: s.phrasings.zh.slice(0, -1),
          en: s.phrasings.en.length > 1 ? s.phrasings.en.slice(0, -1) : [],
        },
      })),
    };
    const trained = buildLexicon(training, segmenter, lexicon.traditional);
    const measure = (lang: 'zh' | 'en', segment: Segment | null) => {
      let found = 0;
      let listed = 0;
      let asked = 0;
      for (const h of held) {
        const text = h[lang];
        if (text === undefined) continue;
        asked += 1;
        const got = matchSituations(text, trained, segment).map((m) => m.id);
        if (got.includes(h.id)) found += 1;
        listed += got.length;
      }
      return { recall: found / asked, precision: listed ? found / listed : 0, asked };
    };
    const zh = measure('zh', segmenter);
    const en = measure('en', segmenter);
    const zhFallback = measure('zh', null);
    console.log(
      `held-out phrasings: 简体 recall ${zh.recall.toFixed(2)} precision ${zh.precision.toFixed(2)} (${String(zh.asked)}); ` +
        `English recall ${en.recall.toFixed(2)} precision ${en.precision.toFixed(2)} (${String(en.asked)}); ` +
        `简体 without Intl.Segmenter recall ${zhFallback.recall.toFixed(2)} precision ${zhFallback.precision.toFixed(2)}`,
    );
    // Floors that catch a broken matcher, set below today's figures; not targets.
    expect(zh.recall).toBeGreaterThan(0.45);
    expect(zhFallback.recall).toBeGreaterThan(0.4);
  });
});
