import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * Constructions of search-result excerpts (no title line; the text starts mid-page), read on real
 * pages the rules were not written from, each pinned with a sentence of our own: other places,
 * other figures.
 */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const keyed = (title: string, text: string, key: string) => facts(title, text).filter((f) => f[3] === key);

describe('an excerpt without a title', () => {
  it('takes the scheme its first line names for the sections below it (…灵活就业人员医保缴费标准如下:)', () => {
    const text = [
      '下面汇总几地规定,2023年灵活就业人员医保缴费标准如下:',
      '一、烟台市',
      '- 缴费基数:最低4380元,最高21900元。',
      '- 缴费比例:可选择6%或8%。',
    ].join('\n');
    expect(keyed('', text, 'contribution.base_min_monthly')).toEqual([['370600', 'flexible', 2023, 'contribution.base_min_monthly', '', 4380]]);
    expect(keyed('', text, 'contribution.rate').map((f) => f[1])).toEqual(['flexible', 'flexible']);
  });

  it('leaves the scheme to each sentence when the first line names two', () => {
    const text = ['职工和灵活就业人员2024年医保缴费说明:', '烟台市职工医保单位缴费比例为7%。'].join('\n');
    expect(keyed('', text, 'contribution.rate').map((f) => f[1])).toEqual(['employee']);
  });
});

describe('resident shares of named groups in an excerpt', () => {
  const conf = (title: string, text: string, value: number) =>
    extractFacts({ title, text }).find((f) => f.key === 'contribution.individual_annual' && f.value === value)?.confidence ?? 0;

  it('takes region and year from the first line of an untitled excerpt, about as sure as from a title', () => {
    const text = ['2026年潍坊市城乡居民医保缴费指南', '缴费标准', '- 普通居民:420元/人。', '- 定额资助对象:个人缴纳100元/人。'].join('\n');
    expect(keyed('', text, 'contribution.individual_annual')).toEqual([
      ['370700', 'resident', 2026, 'contribution.individual_annual', '普通居民', 420],
      ['370700', 'resident', 2026, 'contribution.individual_annual', '定额资助对象', 100],
    ]);
    const lead = conf('', text, 420);
    expect(lead).toBeGreaterThanOrEqual(0.3);
    expect(lead).toBeLessThan(0.8);
    expect(Math.abs(lead - conf('2026年潍坊市城乡居民医保缴费指南', text.split('\n').slice(1).join('\n'), 420))).toBeLessThan(0.1);
  });

  it('passes over a source line to find the answer line', () => {
    const text = ['来源: 最后更新:25-10-02 08:11', '2026年潍坊市城乡居民医保缴费标准:普通居民420元/人。'].join('\n');
    expect(keyed('', text, 'contribution.individual_annual').map((f) => f[0])).toEqual(['370700']);
  });

  it('reads what each group only needs to pay (每人只需缴纳), groups split by semicolons', () => {
    const text = ['2026年潍坊市城乡居民医保缴费标准', '医疗救助对象: 其中,特困人员无需缴费;低保对象、重度残疾人每人只需缴纳50元;返贫致贫人口每人只需缴纳90元。'].join('\n');
    const got = keyed('', text, 'contribution.individual_annual');
    expect(got.map((f) => f[5])).toEqual([50, 90]);
    expect(got[0][4]).toMatch(/^低保对象、重度残疾人/);
    expect(got[1][4]).toMatch(/^返贫致贫人口/);
  });

  it('reads a group left to pay a share with no payer named (特殊群体仅需缴纳N元/年)', () => {
    const text = ['2026年潍坊市城乡居民医保缴费标准', '低保对象、脱贫人口等特殊群体仅需缴纳170元/年(减免55%)。'].join('\n');
    expect(keyed('', text, 'contribution.individual_annual')).toEqual([['370700', 'resident', 2026, 'contribution.individual_annual', '低保对象、脱贫人口等特殊群体', 170]]);
    // …but not in a payroll text.
    expect(keyed('2026年潍坊市灵活就业人员医保', '灵活就业人员选择低档后仅需缴纳350元。', 'contribution.individual_annual')).toEqual([]);
  });

  it('names the group a subsidy clause is aimed at (对X按…给予资助(即个人缴费标准为N元))', () => {
    const text = ['2026年潍坊市城乡居民医保缴费标准', '2026年度对特困供养人员、低保对象按本市个人最低缴费标准的80%给予定额资助(即个人缴费标准为76元/人)。'].join('\n');
    expect(keyed('', text, 'contribution.individual_annual').map((f) => [f[4], f[5]])).toEqual([['特困供养人员、低保对象', 76]]);
  });

  it('names the group a clause stating its subsidy opens with (定额资助对象财政资助N元,个人缴费标准为M元)', () => {
    const text = ['2026年潍坊市城乡居民医保缴费标准', '定额资助参保对象财政资助每人每年330元,个人缴费标准为每人每年90元。'].join('\n');
    expect(keyed('', text, 'contribution.individual_annual').map((f) => [f[4], f[5]])).toEqual([['定额资助参保对象', 90]]);
  });

  it('names a group after the place its condition names (在某省内就读的大学生)', () => {
    const text = ['2026年潍坊市城乡居民医保缴费标准', '在山东省内就读的大学生,财政资助180元,个人缴费标准为每人每年240元。'].join('\n');
    expect(keyed('', text, 'contribution.individual_annual').map((f) => [f[4], f[5]])).toEqual([['大学生', 240]]);
  });

  it('keeps the groups listed before the subject by semicolons (甲类对象;乙类对象定额资助N元,个人缴费M元)', () => {
    const text = ['2026年潍坊市城乡居民医保缴费标准', '具体资助标准如下:', '2.农村一类低保对象;城市特困对象定额资助320元,个人缴费80元。'].join('\n');
    expect(keyed('', text, 'contribution.individual_annual').map((f) => [f[4], f[5]])).toEqual([['农村一类低保对象;城市特困对象', 80]]);
  });
});

describe('resident tiers and parts in round-ups', () => {
  it('reads a tier pair split by a slash (低档N元/高档M元)', () => {
    const text = ['2026年宁德医保', '2026年宁德居民医保个人缴费标准为每人每年430元起,可选两个档次(低档430元/高档960元)。'].join('\n');
    expect(keyed('', text, 'contribution.individual_annual').map((f) => [f[4], f[5]])).toEqual([['低档', 430], ['高档', 960]]);
  });

  it('gives a figure in an example aside to the place the aside names, hedged below 0.8 (多地…(如某市低档N元/高档M元))', () => {
    const text = '2026年各地居民医保的个人缴费一般是每人每年420元,多地分档收取(如北京低档430元/高档990元),参保时间多在秋冬。';
    const got = extractFacts({ title: '', text }).filter((f) => f.key === 'contribution.individual_annual' && f.variant);
    expect(got.map((f) => [f.region, f.year, f.variant, f.value])).toEqual([['110000', 2026, '低档', 430], ['110000', 2026, '高档', 990]]);
    for (const fact of got) expect(fact.confidence).toBeLessThan(0.8);
  });

  it('reads no value of its own from the parts a figure includes (一档N元(含少儿M元、大学生M元))', () => {
    const text = ['2026年绍兴城乡居民医保', '财政补助:一档720元(含少儿80元、大学生80元)。'].join('\n');
    expect(facts('', text).map((f) => f[5])).not.toContain(80);
    // …while shares the bracket names stand.
    const shares = ['2026年绍兴城乡居民医保', '筹资标准为1150元(含个人缴费420元、财政补助730元)。'].join('\n');
    expect(keyed('', shares, 'contribution.individual_annual').map((f) => f[5])).toEqual([420]);
  });

  it('pairs the key phrases of the clause of 分别 with its figures, past a clause naming a share before', () => {
    const text = '2026年全国居民医保:今年继续加大财政投入,同时居民个人缴费增幅放缓,财政补助和个人缴费标准分别较上年增加25元和15元,每人每年分别不低于700元和415元。';
    expect(facts('', text).filter((f) => f[3] !== 'contribution.total_annual').map((f) => [f[3], f[5]])).toEqual([
      ['contribution.subsidy_annual', 700],
      ['contribution.individual_annual', 415],
    ]);
  });
});

describe('the continuous-enrolment incentive with its rise before the cover', () => {
  it('reads the years when the rise is named before 大病保险, below 0.8 (满N年的参保人员,…可适当提高大病保险最高支付限额)', () => {
    const got = extractFacts({ title: '2026年漳州居民医保', text: '凡连续参加居民医保满6年的参保人员,以后每多连续参保一年,均可适当提高大病保险最高支付限额。' })
      .filter((f) => f.key === 'incentive.continuous_years');
    expect(got.map((f) => [f.region, f.scheme, f.year, f.value])).toEqual([['350600', 'resident', 2026, 6]]);
    expect(got[0].confidence).toBeLessThan(0.8);
  });
});

describe('a resident share named inside a payroll text', () => {
  it('reads the share of the resident scheme a flexible worker may join instead, below 0.8', () => {
    const got = extractFacts({ title: '2026年莆田灵活就业医保', text: '灵活就业人员也可改为参加城乡居民医保,2026年个人缴费标准为430元/人/年。' })
      .filter((f) => f.key === 'contribution.individual_annual');
    expect(got.map((f) => [f.region, f.scheme, f.year, f.value])).toEqual([['350300', 'resident', 2026, 430]]);
    expect(got[0].confidence).toBeLessThan(0.8);
  });
});

describe('a period stated on two label lines', () => {
  it('reads 开始时间:… and 结束时间:… under a window caption as one window, below 0.8', () => {
    const text = ['根据最新通知,泉州市城乡居民医保缴费工作已启动:', '一、2026年度缴费时间', '- 集中缴费期', '-', '开始时间 :2025年9月20日', '-', '结束时间 :2025年12月25日'].join('\n');
    const got = extractFacts({ title: '', text }).filter((f) => f.key === 'enrollment.window');
    expect(got.map((f) => [f.region, f.year, f.value])).toEqual([['350500', 2026, { start: '2025-09-20', end: '2025-12-25' }]]);
    expect(got[0].confidence).toBeLessThan(0.8);
  });
});

describe('variants: an age group keeps its figures', () => {
  it('names a monthly payment by the age group before it (即40周岁以下参保人员…)', () => {
    const text = '2023年,柳州市灵活就业人员月缴费基数为5200元,即40周岁以下参保人员月缴费金额为218.4元,40周岁以上参保人员月缴费金额为270.4元。';
    expect(keyed('', text, 'contribution.monthly_amount')).toEqual([
      ['450200', 'flexible', 2023, 'contribution.monthly_amount', '40周岁以下参保人员', 218.4],
      ['450200', 'flexible', 2023, 'contribution.monthly_amount', '40周岁以上参保人员', 270.4],
    ]);
  });

  it('keeps an age span in a resident share’s group (0-17周岁的个人缴费标准)', () => {
    expect(keyed('2026年常德居民医保', '城乡居民中,0-17周岁的个人缴费标准为每人每年330元。', 'contribution.individual_annual'))
      .toEqual([['430700', 'resident', 2026, 'contribution.individual_annual', '0-17周岁', 330]]);
  });
});

describe('resident shares in short answer lines', () => {
  it('reads a share stated as 年缴N元/人 and a subsidy as 财政按人均N元提供补助', () => {
    const text = '缴费主体:2024年湛江市城乡居民个人年缴380元/人,财政按人均670元/年提供补助。';
    expect(facts('', text).filter((f) => String(f[3]).startsWith('contribution.'))).toEqual([
      ['440800', 'resident', 2024, 'contribution.individual_annual', '', 380],
      ['440800', 'resident', 2024, 'contribution.subsidy_annual', '', 670],
    ]);
  });

  it('reads no share from a payroll grade’s 全年缴费 nor a subsidy from 财政按人均… that is no subsidy', () => {
    expect(keyed('', '2024年湛江市城乡居民医保:一档全年缴费2600元。', 'contribution.individual_annual')).toEqual([]);
    expect(keyed('', '2024年湛江市城乡居民医保个人年缴380元,财政按人均670元的标准拨付资金。', 'contribution.subsidy_annual')).toEqual([]);
  });

  it('reads no yearly total from a month’s sum (每月总缴费金额约为N元)', () => {
    expect(keyed('', '2024年湛江市医保:两项合在一起,每月总缴费金额约为 463.5元 。', 'contribution.total_annual')).toEqual([]);
  });
});

describe('windows: a period a payment is conditioned on', () => {
  it('reads the central window, not a period stated as a condition (在…期间缴费的,只需缴纳…)', () => {
    const text = ['2024年贵港市居民医保缴费安排:', '- 集中缴费期:2023年10月至2023年12月底。', '- 其他缴费时间:', '- 在2023年10月至2024年4月期间缴费的,只需缴纳个人缴费部分。'].join('\n');
    expect(keyed('', text, 'enrollment.window')).toEqual([
      ['450800', 'resident', 2024, 'enrollment.window', '', { start: '2023-10-01', end: '2023-12-31' }],
    ]);
  });
});
