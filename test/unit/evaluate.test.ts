/**
 * The matcher behind `npm run eval` (scrapers/extract/evaluate.ts): DOMAIN.md's matching rules,
 * the totals, and the breakdowns by key, scheme and confidence band.
 */
import { describe, expect, it } from 'vitest';
import {
  atOrAbove,
  factMatches,
  missReason,
  precision,
  precisionByBand,
  recall,
  sameValue,
  scoreArticle,
  tallyBy,
  totalScore,
  type GoldFact,
  type PredictedFact,
} from '../../scrapers/extract/evaluate';

const gold = (over: Partial<GoldFact> = {}): GoldFact => ({
  region: '430100', scheme: 'resident', year: 2026, key: 'contribution.individual_annual', value: 420, ...over,
});
const predicted = (over: Partial<PredictedFact> = {}): PredictedFact => ({
  region: '430100', scheme: 'resident', year: 2026, key: 'contribution.individual_annual', value: 420, ...over,
});

describe('matching one predicted fact to one gold fact', () => {
  it('needs key, scheme and year equal', () => {
    expect(factMatches(predicted(), gold())).toBe(true);
    expect(factMatches(predicted({ key: 'contribution.subsidy_annual' }), gold())).toBe(false);
    expect(factMatches(predicted({ scheme: 'flexible' }), gold())).toBe(false);
    expect(factMatches(predicted({ year: 2025 }), gold())).toBe(false);
  });

  it('accepts a region that is an ancestor or a descendant, never a sibling', () => {
    expect(factMatches(predicted({ region: '430000' }), gold())).toBe(true);
    expect(factMatches(predicted({ region: '100000' }), gold())).toBe(true);
    expect(factMatches(predicted(), gold({ region: '430000' }))).toBe(true);
    expect(factMatches(predicted({ region: '430200' }), gold())).toBe(false);
  });

  it('needs the gold variant inside the predicted one, punctuation and spaces ignored', () => {
    expect(factMatches(predicted({ variant: '一档(成年居民)' }), gold({ variant: '一档' }))).toBe(true);
    expect(factMatches(predicted({ variant: '二档' }), gold({ variant: '一档' }))).toBe(false);
    expect(factMatches(predicted(), gold({ variant: '一档' }))).toBe(false);
    expect(factMatches(predicted({ variant: '一档' }), gold())).toBe(true);
  });

  it('compares variants in one script: a traditional label matches its simplified reading and back', () => {
    expect(factMatches(predicted({ variant: '单位' }), gold({ variant: '單位' }))).toBe(true);
    expect(factMatches(predicted({ variant: '60周歲以上的人員' }), gold({ variant: '60周岁以上' }))).toBe(true);
    expect(factMatches(predicted({ variant: '个人' }), gold({ variant: '單位' }))).toBe(false);
  });

  it('compares variants without the pinyin glosses a copied page leaves in them', () => {
    expect(factMatches(predicted({ variant: '防止返贫监测对象' }), gold({ variant: '防止返貧監(jiān)測對象' }))).toBe(true);
    expect(factMatches(predicted({ variant: '高校大学生' }), gold({ variant: '大學(xué)生' }))).toBe(true);
    expect(factMatches(predicted({ variant: '高校研究生' }), gold({ variant: '大學(xué)生' }))).toBe(false);
  });

  it('compares numbers within 0.5% or 0.01, ranges and lists exactly', () => {
    expect(sameValue(420.005, 420)).toBe(true);
    expect(sameValue(421, 420)).toBe(true);
    expect(sameValue(423, 420)).toBe(false);
    expect(sameValue(0.0005, 0.0004)).toBe(true); // within 0.01
    expect(sameValue({ start: '2025-09-01', end: '2025-12-31' }, { start: '2025-09-01', end: '2025-12-31' })).toBe(true);
    expect(sameValue({ start: '2025-09-01', end: null }, { start: '2025-09-01', end: '2025-12-31' })).toBe(false);
    const tiers = [{ maxLapseDays: 90, startOffsetMonths: 1 }, { maxLapseDays: null, startOffsetMonths: 3 }];
    expect(sameValue(tiers, tiers.map((t) => ({ ...t })))).toBe(true);
    expect(sameValue(tiers.slice(0, 1), tiers)).toBe(false);
  });
});

describe('scoring an article', () => {
  it('counts an optional gold fact as right when found and never as missed', () => {
    const score = scoreArticle(
      [predicted(), predicted({ key: 'waiting.fixed_months', value: 3 }), predicted({ value: 999 })],
      [gold(), gold({ key: 'waiting.fixed_months', value: 3, optional: true }), gold({ key: 'contribution.subsidy_annual', value: 700 })],
    );
    expect(score).toMatchObject({ predicted: 3, correct: 2, required: 2, found: 1 });
    expect(score.spurious).toEqual([predicted({ value: 999 })]);
    expect(score.missed).toEqual([gold({ key: 'contribution.subsidy_annual', value: 700 })]);
    expect(precision(score)).toBeCloseTo(2 / 3);
    expect(recall(score)).toBe(0.5);
  });

  it('reports precision 1 with nothing predicted and recall 1 with nothing required', () => {
    const score = scoreArticle([], []);
    expect(precision(score)).toBe(1);
    expect(recall(score)).toBe(1);
  });

  it('adds articles up fact by fact, not article by article', () => {
    const a = scoreArticle([predicted()], [gold()]);
    const b = scoreArticle([predicted({ value: 1 }), predicted({ value: 2 }), predicted({ value: 3 })], [gold()]);
    const total = totalScore([a, b]);
    expect(total).toEqual({ predicted: 4, correct: 1, required: 2, found: 1 });
    expect(precision(total)).toBe(0.25);
  });
});

describe('breakdowns', () => {
  const scores = [
    scoreArticle(
      [
        predicted({ confidence: 0.95 }),
        predicted({ key: 'waiting.fixed_months', value: 6, confidence: 0.85 }),
        predicted({ scheme: 'flexible', key: 'contribution.rate', value: 0.08, confidence: 0.3 }),
      ],
      [gold(), gold({ key: 'waiting.fixed_months', value: 3 }), gold({ scheme: 'flexible', key: 'contribution.rate', value: 0.08 })],
    ),
  ];

  it('tallies precision and recall per key and per scheme', () => {
    const byKey = tallyBy(scores, (f) => f.key);
    expect(byKey.get('waiting.fixed_months')).toEqual({ predicted: 1, correct: 0, required: 1, found: 0 });
    expect(byKey.get('contribution.rate')).toEqual({ predicted: 1, correct: 1, required: 1, found: 1 });
    const byScheme = tallyBy(scores, (f) => f.scheme);
    expect(byScheme.get('resident')).toEqual({ predicted: 2, correct: 1, required: 2, found: 1 });
    expect([...byScheme.keys()]).toEqual(['flexible', 'resident']);
  });

  it('puts each fact in the band of its confidence, 1 in the top band and none as 0', () => {
    const bands = precisionByBand(
      [scoreArticle([predicted({ confidence: 1 }), predicted({ value: 5 }), predicted({ value: 6, confidence: 0.8 })], [gold()])],
      [0, 0.5, 0.8, 0.9],
    );
    expect(bands.map((b) => [b.from, b.to, b.predicted, b.correct])).toEqual([
      [0, 0.5, 1, 0],
      [0.5, 0.8, 0, 0],
      [0.8, 0.9, 1, 0],
      [0.9, 1, 1, 1],
    ]);
  });

  it('counts the facts at or above a confidence and how many of them are right', () => {
    expect(atOrAbove(scores, 0.8)).toEqual({ predicted: 2, correct: 1 });
    expect(atOrAbove(scores, 0.9)).toEqual({ predicted: 1, correct: 1 });
  });
});

describe('why a wrong fact is wrong', () => {
  it('names the one field that keeps it from a gold fact, scope before value before key', () => {
    const golds = [gold(), gold({ key: 'contribution.subsidy_annual', value: 700, region: '430000' })];
    expect(missReason(predicted({ year: 2025 }), golds)).toBe('year');
    expect(missReason(predicted({ region: '440100' }), golds)).toBe('region');
    expect(missReason(predicted({ scheme: 'flexible' }), golds)).toBe('scheme');
    expect(missReason(predicted({ value: 400 }), golds)).toBe('value');
    expect(missReason(predicted({ key: 'contribution.total_annual', value: 700, region: '430000' }), golds)).toBe('key');
  });

  it('names a variant that does not contain the gold one, and calls a fact two fields away unstated', () => {
    expect(missReason(predicted({ variant: '成年居民' }), [gold({ variant: '学生' })])).toBe('variant');
    expect(missReason(predicted({ year: 2024, value: 380 }), [gold()])).toBe('unstated');
    expect(missReason(predicted(), [])).toBe('unstated');
  });
});
