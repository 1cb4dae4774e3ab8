import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * Wordings that only look like a fact: totals, parts, worked cases, figures quoted from a
 * notice's title. Each pinned with a sentence of our own (other places, other figures).
 */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const keyed = (title: string, text: string, key: string) => facts(title, text).filter((f) => f[3] === key);

describe('a total wait is not the fixed wait', () => {
  const title = '2026年吉林省居民医保待遇等待期';
  it('passes over a total stated as 总等待期N个月, with or without its parts', () => {
    expect(keyed(title, '断保2年的:总等待期5个月(3个月+2个月)。', 'waiting.fixed_months')).toEqual([]);
    expect(keyed(title, '补缴1年后:总等待期4个月。', 'waiting.fixed_months')).toEqual([]);
  });

  it('passes over a wait followed by a bracket summing its parts, but keeps the fixed part it names', () => {
    const got = keyed(title, '2026年参保需5个月等待期(含3个月固定等待期+2个月变动待遇等待期)。', 'waiting.fixed_months');
    expect(got.map((f) => f[5])).toEqual([3]);
  });

  it('still reads a plain fixed wait', () => {
    expect(keyed(title, '未在集中参保期参保的,设置3个月固定待遇等待期。', 'waiting.fixed_months').map((f) => f[5])).toEqual([3]);
  });

  it('reads no cap from a case of a lapse of four years or more (where the rule sets a floor)', () => {
    expect(keyed(title, '连续断保5年及以上:总等待期最多为7个月。', 'waiting.max_months')).toEqual([]);
    expect(keyed(title, '每多断保1年增加1个月变动等待期,最长不超过8个月。', 'waiting.max_months').map((f) => f[5])).toEqual([8]);
  });
});

describe('parts of a subsidy by level of government', () => {
  it('reads the subsidy, not its central and local parts (补助N元(中央A元、地方B元))', () => {
    const got = keyed('2023年全国城乡居民医保筹资标准', '2023年全国城乡居民医保人均财政补助标准为640元(中央512元、地方128元),个人缴费标准为380元。', 'contribution.subsidy_annual');
    expect(got.map((f) => f[5])).toEqual([640]);
  });
  it('also when the parts name who bears them (省级财政承担A元,市县B元)', () => {
    const got = keyed('2024年福建省城乡居民医保', '福建省居民医保财政补助每人每年670元(省级财政承担400元,市县270元)。', 'contribution.subsidy_annual');
    expect(got.map((f) => f[5])).toEqual([670]);
  });
});

describe('a year in a cited document title', () => {
  it('dates only the title when the sentence states its own year outside it', () => {
    const text = '依据《关于做好2022年度居民医保征缴工作的意见》中"个人缴费标准提高到每人每年360元"的规定,2023年度广安市城乡居民医保个人缴费标准调整为360元。';
    const got = keyed('2023年度广安市城乡居民医保个人缴费标准', text, 'contribution.individual_annual');
    expect(got.map((f) => f[2])).toEqual([2023]);
  });
  it('still scopes a sentence whose only year is in the title', () => {
    const text = '根据《2024年度南充市城乡居民医保缴费标准》,个人缴费标准为每人每年380元。';
    expect(keyed('南充市城乡居民医保', text, 'contribution.individual_annual').map((f) => f[2])).toEqual([2024]);
  });
});

describe('a year stated as the month a rule took effect', () => {
  it('dates what follows (YYYY年M月执行/实施)', () => {
    const got = keyed('2026年绵阳灵活就业人员医保', '以当地政策为准,绵阳市2025年7月执行的灵活就业人员缴费基数为5120元。', 'contribution.base_monthly');
    expect(got.map((f) => [f[2], f[5]])).toEqual([[2025, 5120]]);
  });
});

describe('a year stated of one place in a clause', () => {
  it('does not date the next clause, which opens with another place', () => {
    const text = ['2026年职工医保退休缴费年限因地区而异。', '-', '性别差异:例如福建省2031年将统一为男32年、女27年;兰州市则执行男26年、女21年(实际缴费均需满12年)。'].join('\n');
    const got = keyed('', text, 'retirement.min_years_male');
    expect(got.find((f) => f[0] === '620100')?.[2]).toBe(2026);
    expect(got.find((f) => f[0] === '350000')?.[2]).toBe(2031);
  });
  it('still dates a list of places after a year that heads it', () => {
    const text = '2026年度各地个人缴费标准:南宁市个人缴费400元;柳州市个人缴费410元。';
    expect(keyed('广西居民医保', text, 'contribution.individual_annual').map((f) => f[2])).toEqual([2026, 2026]);
  });
});

describe('a window after a calendar year, its dates yearless', () => {
  it('is read more loosely than a dated one: the year may be the one it falls in or the one it pays for', () => {
    const got = extractFacts({ title: '黑龙江省居民医保', text: '2027年居民医保集中参保期为10月8日至12月26日,错过的参保人需设等待期。' }).filter((f) => f.key === 'enrollment.window');
    expect(got).toHaveLength(1);
    const dated = extractFacts({ title: '黑龙江省居民医保', text: '2027年度居民医保集中参保期为2026年10月8日至12月26日。' }).filter((f) => f.key === 'enrollment.window');
    expect(got[0].confidence).toBeLessThan(dated[0].confidence);
  });
});

describe('a worked sum written in words', () => {
  it('takes no operand of 乘以 or times as the monthly payment', () => {
    const text = ['德州市灵活就业人员月缴费基数为4188.6元,缴费比例为8.5%。', '每月缴费:4188.6元乘以8.5%等于356.03元。', '[ 4188.6元 times 8.5% = 356.03元]'].join('\n');
    const got = keyed('2026年德州灵活就业人员医保', text, 'contribution.monthly_amount');
    expect(got.map((f) => f[5])).toEqual([356.03]);
  });
});

describe('a rate lowered in the bracket after it', () => {
  it('reads the lowered rate, not the nominal one (费率N%(阶段性降低1个百分点,即M%))', () => {
    const text = '洛阳市灵活就业人员缴费费率:11%(2026年阶段性降低1个百分点,即10%)。';
    expect(keyed('2026年洛阳灵活就业人员医保', text, 'contribution.rate').map((f) => f[5])).toEqual([0.1]);
    expect(keyed('2026年洛阳灵活就业人员医保', '洛阳市灵活就业人员缴费比例为8%(现阶段减按7%执行)。', 'contribution.rate').map((f) => f[5])).toEqual([0.07]);
  });
});

