/**
 * Fitting confidence (scrapers/cli/calibrate.ts) and what the fitted log-odds mean
 * (scrapers/extract/confidence.ts): 0.8 is where the odds of being right reach 95%.
 */
import { describe, expect, it } from 'vitest';
import { fitLogOdds, fittedLogOdds, type CalibrationRow } from '../../scrapers/cli/calibrate';
import { CONFIDENCE_CEILING, confidenceFromLogOdds, confidenceOf, crowdUnits, MIN_CONFIDENCE, type ConfidenceSignals } from '../../scrapers/extract/confidence';
import { confidenceSignalsOf, extractFacts } from '../../scrapers/extract/index';

const signals = (over: Partial<ConfidenceSignals> = {}): ConfidenceSignals => ({
  wording: 0.9, key: 'contribution.subsidy_annual', regions: 1, region: 'sentence', year: 'sentence', scheme: 'rule',
  hedged: false, snippet: false, foreignRegion: false, changedFrom: false, assistedGroup: false, ...over,
});
const rows = (count: number, right: number, over: Partial<ConfidenceSignals>, extra: Partial<CalibrationRow> = {}): CalibrationRow[] =>
  Array.from({ length: count }, (_, i) => ({ corpus: 0, tuned: false, correct: i < right, signals: signals(over), ...extra }));

describe('what a confidence means', () => {
  it('is 0.8 where the fitted odds of being right reach 95%, and rises with them', () => {
    expect(confidenceFromLogOdds(Math.log(0.95 / 0.05))).toBe(0.8);
    expect(confidenceFromLogOdds(Math.log(0.99 / 0.01))).toBeGreaterThan(0.9);
    // An even chance is stated (above the floor), far below 0.8; odds of 1 in 4 are not.
    expect(confidenceFromLogOdds(0)).toBeGreaterThan(MIN_CONFIDENCE);
    expect(confidenceFromLogOdds(0)).toBeLessThan(0.3);
    expect(confidenceFromLogOdds(Math.log(1 / 3))).toBeLessThan(MIN_CONFIDENCE);
  });
});

describe('fitting the log-odds', () => {
  it('gives a signal that comes with wrong facts a lower weight than one that comes with right ones', () => {
    const fit = fitLogOdds([...rows(60, 57, { region: 'title' }), ...rows(60, 30, { region: 'lead' })]);
    expect(fittedLogOdds(fit, signals({ region: 'title' }))).toBeGreaterThan(fittedLogOdds(fit, signals({ region: 'lead' })) + 1);
  });

  it('keeps a tuned corpus’s easy wins in its own offset, out of the weights unseen pages get', () => {
    const unseen = rows(80, 56, {});
    const tuned = rows(80, 80, {}, { corpus: 1, tuned: true });
    const alone = fitLogOdds(unseen);
    const both = fitLogOdds([...unseen, ...tuned]);
    const odds = (fit: ReturnType<typeof fitLogOdds>) => 1 / (1 + Math.exp(-fittedLogOdds(fit, signals())));
    expect(odds(alone)).toBeCloseTo(0.7, 1);
    expect(Math.abs(odds(both) - odds(alone))).toBeLessThan(0.06);
  });
});

describe('a crowded sentence', () => {
  it('counts the values its sentence states, every key, as the crowd the model weighs', () => {
    const one = extractFacts({ title: '2026年度泸州居民医保', text: '泸州市居民医保个人缴费标准为每人每年410元。' });
    const table = extractFacts({ title: '2026年度泸州居民医保', text: '泸州市居民医保筹资标准为每人每年1140元,其中个人缴费410元,财政补助730元。' });
    expect(one.map((f) => confidenceSignalsOf(f)?.values)).toEqual([1]);
    expect(table.map((f) => [f.key, confidenceSignalsOf(f)?.values])).toEqual([
      ['contribution.total_annual', 3], ['contribution.individual_annual', 3], ['contribution.subsidy_annual', 3],
    ]);
    expect(crowdUnits(signals({ values: 1 }))).toBe(0);
    expect(crowdUnits(signals({ values: 3 }))).toBe(2);
    expect(crowdUnits(signals({ values: 9 }))).toBe(3);
  });

  it('gets a weight of its own when crowded sentences are read wrong more often', () => {
    const fit = fitLogOdds([...rows(80, 76, { values: 1 }), ...rows(80, 48, { values: 4 })]);
    expect(fittedLogOdds(fit, signals({ values: 4 }))).toBeLessThan(fittedLogOdds(fit, signals({ values: 1 })) - 1);
  });
});

describe('the ceiling', () => {
  it('keeps every fact read from a page under 0.8 until a held-out band earns it', () => {
    const sure = { wording: 1, key: 'contribution.subsidy_annual', regions: 1, region: 'sentence', year: 'rule', scheme: 'rule', hedged: false, snippet: false, foreignRegion: true, changedFrom: false, payerPart: true, assistedGroup: false } as const;
    expect(confidenceOf(sure)).toBe(CONFIDENCE_CEILING);
    expect(CONFIDENCE_CEILING).toBeLessThan(0.8);
  });
});

describe('a named group and a contested value', () => {
  it('marks a fact that names a group, tier or part as named', () => {
    const facts = extractFacts({ title: '2026年度泸州居民医保', text: '泸州市居民医保个人缴费标准为每人每年410元,在校学生每人每年350元。' });
    expect(facts.map((f) => [f.variant ?? '', confidenceSignalsOf(f)?.named])).toEqual([['', false], ['在校学生', true]]);
  });

  it('marks a value the page contradicts for the same scope as contested, and sure less than one stated alone', () => {
    const text = ['泸州市居民医保个人缴费标准为每人每年410元。', '泸州市居民医保个人缴费标准为每人每年420元。'].join('\n');
    const contested = extractFacts({ title: '2026年度泸州居民医保', text });
    const alone = extractFacts({ title: '2026年度泸州居民医保', text: '泸州市居民医保个人缴费标准为每人每年410元。' });
    expect(contested.map((f) => [f.value, confidenceSignalsOf(f)?.contested])).toEqual([[410, true], [420, true]]);
    expect(confidenceSignalsOf(alone[0])?.contested).toBeUndefined();
    expect(contested[0].confidence).toBeLessThan(alone[0].confidence);
  });

  it('fits each a weight of its own', () => {
    const fit = fitLogOdds([...rows(80, 76, {}), ...rows(80, 40, { contested: true })]);
    expect(fittedLogOdds(fit, signals({ contested: true }))).toBeLessThan(fittedLogOdds(fit, signals()) - 1);
  });
});
