/**
 * What the extractor reads: the quality bar on the shared gold corpus, and specific extractions
 * pinned on small hand-written articles (the sentences below are written for these tests).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, signalRows } from '../../scrapers/cli/eval';
import { extractFacts, type Fact } from '../../scrapers/extract/index';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const goldDir = join(repoRoot, '..', 'shared', 'corpus', 'gold');
const seedsDir = join(repoRoot, '..', 'shared', 'corpus', 'seeds');
const corpusPresent = existsSync(goldDir) && existsSync(seedsDir);

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;

/** The facts without their evidence and confidence, for comparing what was read rather than where. */
function read(title: string, text: string): Omit<Fact, 'evidence' | 'confidence'>[] {
  return extractFacts({ title, text }).map(({ evidence: _evidence, confidence: _confidence, ...fact }) => fact);
}

describe('the shared gold corpus', () => {
  if (!corpusPresent && process.env.CI === 'true') {
    // Under CI a missing corpus is a broken checkout, not a reason to skip the quality bar.
    it(`is present under CI (${goldDir}, ${seedsDir})`, () => {
      expect(corpusPresent, 'CI=true and ../shared/corpus is missing').toBe(true);
    });
    return;
  }
  if (!corpusPresent) {
    it.skip(`is absent (${goldDir}, ${seedsDir}): quality bar not checked`, () => {});
    return;
  }

  it(`keeps overall precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    const report = evaluateCorpus(goldDir, seedsDir);
    expect(report.articles.length).toBeGreaterThan(0);
    const misses = report.articles.flatMap(({ name, score }) => [
      ...score.spurious.map((fact) => `${name} spurious ${JSON.stringify(fact)}`),
      ...score.missed.map((fact) => `${name} missed ${JSON.stringify(fact)}`),
    ]);
    const detail = `\n${misses.join('\n')}`;
    expect(report.overall.precision, `precision ${report.overall.precision}${detail}`).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(report.overall.recall, `recall ${report.overall.recall}${detail}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('lists every fact read with whether it is right and the signals of its confidence (eval --signals)', () => {
    const report = evaluateCorpus(goldDir, seedsDir);
    const [header, ...rows] = signalRows(report);
    const judged = report.articles.flatMap((a) => a.score.judged);
    expect(rows).toHaveLength(judged.length);
    const column = (name: string) => header.indexOf(name);
    for (const [i, row] of rows.entries()) {
      expect(row[column('correct')]).toBe(judged[i].correct ? 1 : 0);
      expect(row[column('key')]).toBe(judged[i].fact.key);
      expect(row[column('region')], `row ${i}`).toMatch(/^(sentence|label|section|title|issuer|body|none)$/);
      expect(row[column('scheme')], `row ${i}`).toMatch(/^(rule|sentence|context|default)$/);
      expect(row[column('wording')]).toBeGreaterThan(0);
    }
  });
});

describe('contribution standards', () => {
  it('reads a resident individual share of 400元 for 柳州 2025 from the title scope', () => {
    expect(read('2025柳州居民医保', '2025年度城乡居民医保个人缴费标准为每人每年400元。')).toEqual([
      {
        region: '450200',
        scheme: 'resident',
        year: 2025,
        key: 'contribution.individual_annual',
        value: 400,
        hedged: false,
      },
    ]);
  });

  it('reads a fiscal subsidy beside the individual share in one sentence', () => {
    const facts = read('2025柳州居民医保', '柳州市城乡居民医保个人缴费每人每年400元,财政补助标准为每人每年不低于700元。');
    expect(facts).toContainEqual(expect.objectContaining({ key: 'contribution.individual_annual', value: 400, region: '450200' }));
    expect(facts).toContainEqual(expect.objectContaining({ key: 'contribution.subsidy_annual', value: 700, region: '450200' }));
  });

  it('takes variants from list labels under 个人缴费标准 (一档:400元/年)', () => {
    const facts = read('2025柳州居民医保', '  • 个人缴费标准\n    • 一档:400元/年\n    • 二档:750元/年\n');
    expect(facts).toEqual([
      expect.objectContaining({ key: 'contribution.individual_annual', value: 400, variant: '一档', year: 2025, region: '450200' }),
      expect.objectContaining({ key: 'contribution.individual_annual', value: 750, variant: '二档', year: 2025, region: '450200' }),
    ]);
  });

  it('takes the key of a 一档/二档 list from the heading line above it', () => {
    const facts = read('2025柳州居民医保', '个人缴费标准\n  • 一档:400元/年\n  • 二档:750元/年\n');
    expect(facts.map((f) => [f.key, f.variant, f.value])).toEqual([
      ['contribution.individual_annual', '一档', 400],
      ['contribution.individual_annual', '二档', 750],
    ]);
  });

  it('takes variants named inline (个人缴费标准:一档…,二档…)', () => {
    const facts = read('2025柳州居民医保', '个人缴费标准:一档400元/年,二档750元/年。');
    expect(facts.map((f) => [f.variant, f.value])).toEqual([
      ['一档', 400],
      ['二档', 750],
    ]);
  });

  it('dates a 2024 standard quoted inside a 2025 article to 2024', () => {
    expect(read('2025柳州居民医保', '2024年城乡居民医保个人缴费标准是380元。')).toEqual([
      expect.objectContaining({ key: 'contribution.individual_annual', value: 380, year: 2024 }),
    ]);
  });

  it('reads 11.5% as a contribution rate of 0.115 for flexible workers', () => {
    expect(read('2025柳州灵活就业医保', '灵活就业人员缴费费率为11.5%。')).toEqual([
      expect.objectContaining({ key: 'contribution.rate', value: 0.115, scheme: 'flexible' }),
    ]);
  });

  it('reads the bounds of a flexible worker contribution base', () => {
    const facts = read('2025柳州灵活就业医保', '灵活就业人员缴费基数下限为4500元/月,上限为22500元/月。');
    expect(facts).toContainEqual(expect.objectContaining({ key: 'contribution.base_min_monthly', value: 4500, scheme: 'flexible' }));
    expect(facts).toContainEqual(expect.objectContaining({ key: 'contribution.base_max_monthly', value: 22500, scheme: 'flexible' }));
  });

  it('reads 10万元 as an aid cap of 100000', () => {
    expect(read('2025柳州居民医保', '倾斜救助年度救助限额为10万元。')).toEqual([
      expect.objectContaining({ key: 'aid.annual_cap', value: 100000 }),
    ]);
  });
});

describe('regions and hypotheticals', () => {
  it('gives a 相关推荐 snippet about 丹东 to 丹东, not to the article city', () => {
    const text = [
      '柳州市居民医保个人缴费标准为每人每年400元。',
      '',
      '相关推荐',
      '',
      '丹东居民医保断缴怎么补缴',
      '',
      '城乡居民医保个人缴费标准为每人每年380元。',
      '',
      '健康新闻 2025-03-11',
    ].join('\n');
    const facts = read('2025柳州居民医保', text);
    expect(facts).toContainEqual(expect.objectContaining({ region: '450200', value: 400 }));
    expect(facts).toContainEqual(expect.objectContaining({ region: '210600', value: 380, year: 2025 }));
    expect(facts).not.toContainEqual(expect.objectContaining({ region: '450200', value: 380 }));
  });

  it('ignores a standard of a hypothetical 某省', () => {
    expect(read('2025柳州居民医保', '2025年某省城乡居民医保个人缴费标准为每人每年500元。')).toEqual([]);
  });

  it('ignores an example introduced by 比如某市', () => {
    expect(read('2025柳州居民医保', '比如某市规定居民医保个人缴费为每人每年500元。')).toEqual([]);
  });
});

describe('late fees and lapses', () => {
  it('reads 每日加收万分之五的滞纳金 as a daily rate of 0.0005', () => {
    expect(read('2025柳州职工医保', '未按时缴费的,每日加收万分之五的滞纳金。')).toEqual([
      {
        region: '450200',
        scheme: 'employee',
        year: 2025,
        key: 'late_fee.daily_rate',
        value: 0.0005,
        hedged: false,
      },
    ]);
  });

  it('reads 千分之二 and 2‰ alike as 0.002 a day', () => {
    for (const rate of ['千分之二', '2‰']) {
      expect(read('2025柳州职工医保', `欠缴医保费的,按日加收${rate}的滞纳金。`)).toEqual([
        expect.objectContaining({ key: 'late_fee.daily_rate', value: 0.002 }),
      ]);
    }
  });

  it('reads 三个月内补缴 as a 3-month grace', () => {
    expect(read('2025柳州职工医保', '职工医保断缴三个月内补缴的,视为连续参保。')).toEqual([
      expect.objectContaining({ key: 'lapse.grace_months', value: 3, scheme: 'employee' }),
    ]);
  });

  it('reads 最近2年内 as a 24-month back-payment lookback', () => {
    expect(read('2025柳州职工医保', '职工医保只能补缴最近2年内的欠费。')).toEqual([
      expect.objectContaining({ key: 'backpay.max_lookback_months', value: 24 }),
    ]);
  });
});

describe('waiting periods', () => {
  it('reads the 60天内 / 60–180天 / 超过180天 ladder as waiting tiers', () => {
    const text = '职工医保断缴后,中断60天内的,自次月起享受待遇;超过60天不超过180天的,从补缴当月起算3个月后享受待遇;超过180天的,从补缴当月起算6个月后享受待遇。';
    expect(read('2025柳州职工医保', text)).toEqual([
      expect.objectContaining({
        key: 'waiting.tiers',
        scheme: 'employee',
        year: 2025,
        value: [
          { maxLapseDays: 60, startOffsetMonths: 1 },
          { maxLapseDays: 180, startOffsetMonths: 3 },
          { maxLapseDays: null, startOffsetMonths: 6 },
        ],
      }),
    ]);
  });

  it('reads one more month of waiting for each further year lapsed', () => {
    expect(read('2025柳州居民医保', '断保1年以上的,每多断保1年增加1个月变动等待期。')).toEqual([
      expect.objectContaining({ key: 'waiting.per_lapsed_year_months', value: 1, scheme: 'resident' }),
    ]);
  });

  it('marks a 部分地区 statement as hedged', () => {
    expect(read('2025柳州居民医保', '部分地区规定,居民医保断缴后有3个月的待遇等待期。')).toEqual([
      expect.objectContaining({ key: 'waiting.fixed_months', value: 3, hedged: true }),
    ]);
  });

  it('marks a 一般来说 statement as hedged', () => {
    expect(read('2025柳州居民医保', '一般来说,居民医保个人缴费为每人每年400元。')).toEqual([
      expect.objectContaining({ key: 'contribution.individual_annual', value: 400, hedged: true }),
    ]);
  });

  it('prefers the unhedged statement of the same value', () => {
    const text = '部分地区规定,居民医保断缴后有3个月的待遇等待期。\n柳州市居民医保固定待遇等待期为3个月。';
    expect(read('2025柳州居民医保', text)).toEqual([
      expect.objectContaining({ key: 'waiting.fixed_months', value: 3, hedged: false }),
    ]);
  });
});

describe('enrolment', () => {
  it('places 集中缴费期为2024年9月1日至12月31日 in policy year 2025', () => {
    expect(read('柳州居民医保怎么交', '集中缴费期为2024年9月1日至12月31日。')).toEqual([
      expect.objectContaining({
        key: 'enrollment.window',
        year: 2025,
        scheme: 'resident',
        value: { start: '2024-09-01', end: '2024-12-31' },
      }),
    ]);
  });

  it('reads 2024年9月至12月底 as 2024-09-01 to 2024-12-31', () => {
    expect(read('2025柳州居民医保', '2025年度集中参保期为2024年9月至12月底。')).toEqual([
      expect.objectContaining({ key: 'enrollment.window', year: 2025, value: { start: '2024-09-01', end: '2024-12-31' } }),
    ]);
  });

  it('reads a 90-day newborn enrolment rule as a resident rule', () => {
    expect(read('2025柳州居民医保', '新生儿出生后90天内参保的,自出生之日起享受待遇。')).toEqual([
      expect.objectContaining({ key: 'enrollment.newborn_days', value: 90, scheme: 'resident' }),
    ]);
  });

  it('reads the continuous-enrolment incentive (满4年, 每年提高1000元)', () => {
    const facts = read('2025柳州居民医保', '连续参保满4年后,大病保险最高支付限额每年提高1000元。');
    expect(facts).toContainEqual(expect.objectContaining({ key: 'incentive.continuous_years', value: 4 }));
    expect(facts).toContainEqual(expect.objectContaining({ key: 'incentive.cap_increase_annual', value: 1000 }));
  });
});

describe('retirement', () => {
  it('reads 男25年, 女20年, 本地10年 as retirement contribution years', () => {
    const facts = read('2025柳州职工医保', '男性累计缴费满25年、女性累计缴费满20年,其中在本市实际缴费满10年,退休后可享受医保待遇。');
    expect(facts.map((f) => [f.key, f.value])).toEqual([
      ['retirement.min_years_male', 25],
      ['retirement.min_years_female', 20],
      ['retirement.min_local_years', 10],
    ]);
  });
});
