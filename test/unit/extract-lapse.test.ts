import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * Lapse, resumption and retirement keys (waiting.*, lapse.*, backpay.*, incentive.*, retirement.*):
 * the traps of real pages, each pinned with a sentence of our own (other places, other figures).
 */
const facts = (title: string, text: string, prefix = '') =>
  extractFacts({ title, text })
    .filter((f) => f.key.startsWith(prefix))
    .map((f) => [f.region, f.scheme, f.year, f.key, f.value, ...(f.variant ? [f.variant] : [])]);

describe('worked cases about a named person', () => {
  it('reads no wait from a case about 小+surname (小吴…修复后需等待5个月)', () => {
    expect(facts('2027年烟台居民医保', '小吴补缴2年居民医保费修复了变动等待期,修复后需等待5个月,从2027年6月1日起享受待遇。', 'waiting.')).toEqual([]);
  });

  it('still reads the rule beside the case (每多缴1年减少1个月)', () => {
    expect(facts('2027年烟台居民医保', '参保人每多缴纳1年,可减少1个月变动待遇等待期。', 'waiting.')).toEqual([
      ['370600', 'resident', 2027, 'waiting.repair_per_year_months', 1],
    ]);
  });
});

describe('dates bounding a past record', () => {
  it('takes no policy year from the end of deemed years (…以前的连续工龄视同缴费年限)', () => {
    expect(facts('株洲医保退休要求', '职工累计缴费年限男满28年、女满23年(1998年7月1日以前符合规定的连续工龄视同缴费年限)的,退休后不再缴费。', 'retirement.')).toEqual([]);
  });

  it('takes no policy year from a cutoff of deemed years (认定的截止时间为Y年M月)', () => {
    expect(facts('', '湘潭职工医保规定男职工须缴满28年、女职工须缴满23年方可退休后免缴。此前按国家规定的工作年限可算作视同缴费,认定截止时间为2001年6月。', 'retirement.')).toEqual([]);
  });
});

describe('waits that are not the fixed wait', () => {
  it('reads no fixed wait from a newborn enrolled after its window (出生之日起90天后参保的,等待60天)', () => {
    expect(facts('2024年绵阳居民医保', '婴儿在出生之日起90天后才参保的,需要等待60天才能享受待遇。', 'waiting.')).toEqual([]);
  });

  it('reads no fixed wait from another cover joined beside it (首次参加补充互助保险有60天等待期)', () => {
    expect(facts('2024年绵阳居民医保', '首次参加城乡居民补充互助保险的,有60天等待期。', 'waiting.')).toEqual([]);
  });

  it('still reads a late payer\'s wait in days (逾期缴费的,待遇等待期90天)', () => {
    expect(facts('2024年绵阳居民医保', '集中缴费期结束后参保缴费的,待遇等待期为90天。', 'waiting.')).toEqual([
      ['510700', 'resident', 2024, 'waiting.fixed_months', 3],
    ]);
  });
});

describe('retirement years phased in by year', () => {
  it('pairs the sexes stated respectively, one pair a year, for the cohort named at the head', () => {
    expect(facts('茂名职工医保', '一是2016年前在本市有参保记录的,缴费年限要求2027年男职工和女职工分别为23年和20年,2028年男职工和女职工分别为25年和21年。', 'retirement.')).toEqual([
      ['440900', 'employee', 2027, 'retirement.min_years_male', 23, '2016年前'],
      ['440900', 'employee', 2027, 'retirement.min_years_female', 20, '2016年前'],
      ['440900', 'employee', 2028, 'retirement.min_years_male', 25, '2016年前'],
      ['440900', 'employee', 2028, 'retirement.min_years_female', 21, '2016年前'],
    ]);
  });

  it('pairs the sexes stated respectively without a cohort (男性和女性分别为28年和23年)', () => {
    expect(facts('2024年茂名职工医保', '退休时男性和女性的累计缴费年限分别为28年和23年。', 'retirement.')).toEqual([
      ['440900', 'employee', 2024, 'retirement.min_years_male', 28],
      ['440900', 'employee', 2024, 'retirement.min_years_female', 23],
    ]);
  });

  it('dates each end of a rise across a span of years (2027年至2031年男性从27年逐年递增至31年)', () => {
    expect(facts('茂名职工医保', '退休缴费年限2027年至2031年男性从27年逐年递增至31年。', 'retirement.')).toEqual([
      ['440900', 'employee', 2027, 'retirement.min_years_male', 27],
      ['440900', 'employee', 2031, 'retirement.min_years_male', 31],
    ]);
  });
});

describe('grace of a lapse', () => {
  it('reads no grace where benefits resume but the lapse stays uncovered (补缴后次月恢复,但中断期间费用不予报销)', () => {
    expect(facts('2025年绍兴职工医保', '停缴2个月以内的,补缴后次月恢复医保待遇,但中断期间发生的医疗费用不予报销。', 'lapse.')).toEqual([]);
  });

  it('still reads the grace where the lapse counts as continuous too (视同连续)', () => {
    expect(facts('2025年绍兴职工医保', '停缴2个月以内的,补缴后视同连续参保,中断期间发生的医疗费用不予报销。', 'lapse.')).toEqual([
      ['330600', 'employee', 2025, 'lapse.grace_months', 2],
    ]);
  });

  it('reads the grace where the lapse is covered, the benefits named first (可享受断保期内的待遇)', () => {
    expect(facts('2025年绍兴灵活就业医保', '断保8个月以内的,补齐本金和利息后可享受断保期内的医保待遇。', 'lapse.')).toEqual([
      ['330600', 'flexible', 2025, 'lapse.grace_months', 8],
    ]);
  });
});

describe('continuous-enrolment incentive and the variable wait', () => {
  it('reads the incentive stated by years paid (连续缴费满5年后…每年不低于800元)', () => {
    expect(facts('2025年安徽居民医保', '参保人连续缴费满5年后,再每多缴一年,大病保险封顶线可提高(每年不低于800元)。', 'incentive.')).toEqual([
      ['340000', 'resident', 2025, 'incentive.continuous_years', 5],
      ['340000', 'resident', 2025, 'incentive.cap_increase_annual', 800],
    ]);
  });

  it('reads the incentive after those with the years (满5年的参保人员,此后每连续参保1年,提高…800元)', () => {
    expect(facts('2025年安徽居民医保', '从2025年开始,满5年的参保人员,此后每连续参保1年,每年提高大病保险最高支付限额800元。', 'incentive.')).toEqual([
      ['340000', 'resident', 2025, 'incentive.cap_increase_annual', 800],
      ['340000', 'resident', 2025, 'incentive.continuous_years', 5],
    ]);
  });

  it('reads the variable wait with the wait unnamed (断保1年额外增加2个月等待期)', () => {
    expect(facts('2025年安徽居民医保', '断缴1年额外增加2个月等待期。', 'waiting.')).toEqual([
      ['340000', 'resident', 2025, 'waiting.per_lapsed_year_months', 2],
    ]);
  });
});

describe('keys carried to a sibling item', () => {
  it('carries no window to a rate item after it (集中缴费期:…。大额补助:0.4%。)', () => {
    expect(facts('2025年昌吉医保', '集中缴费期:2024年10月8日到2024年12月20日。大额补助:0.4%。')).toEqual([
      ['652300', 'resident', 2025, 'enrollment.window', { start: '2024-10-08', end: '2024-12-20' }],
    ]);
  });
});

describe('resumption wordings and the scheme of an excerpt', () => {
  it('reads a grace from benefits in the month of payment (中断不满2个月的,自缴费当月起享受)', () => {
    expect(facts('2024年威海灵活就业医保', '停缴不满2个月的,自缴费当月起享受职工医保待遇,停缴超过2个月的,自缴费当月起4个月后享受待遇。', 'lapse.')).toEqual([
      ['371000', 'flexible', 2024, 'lapse.grace_months', 2],
    ]);
  });

  it('takes the scheme from the title line below a page\'s chrome (本地生活, then the title)', () => {
    expect(facts('', '威海生活网\n\n2024年威海灵活就业人员断保怎么办\n断缴2个月以内补缴的,视同连续参保。', 'lapse.')).toEqual([
      ['371000', 'flexible', 2024, 'lapse.grace_months', 2],
    ]);
  });
});
