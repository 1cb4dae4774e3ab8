import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * More wordings of the payroll schemes (employee, flexible), each pinned with a sentence of our own
 * (other places, other figures than the pages they were found on).
 */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const keyed = (title: string, text: string, key: string) => facts(title, text).filter((f) => f[3] === key);
const bases = (title: string, text: string) => facts(title, text).filter((f) => String(f[3]).startsWith('contribution.base'));

describe('a bound of the base stated as 不低于 / 不超过', () => {
  it('reads 月缴费基数不低于N元 as the lower bound, not the base', () => {
    expect(bases('2023年湖南灵活就业医保', '全省灵活就业人员参加职工医保,月缴费基数不低于3720元。'))
      .toEqual([['430000', 'flexible', 2023, 'contribution.base_min_monthly', '', 3720]]);
  });

  it('reads 缴费基数不得超过N元 as the upper bound', () => {
    expect(bases('2024年贵州职工医保', '全省职工医保月缴费基数不得超过21000元。'))
      .toEqual([['520000', 'employee', 2024, 'contribution.base_max_monthly', '', 21000]]);
  });

  it('reads no bound from a floor that is a share of a wage without a figure', () => {
    expect(bases('2024年贵州职工医保', '职工医保缴费基数不低于上年度平均工资的60%。')).toEqual([]);
  });
});

describe('rates stated as a share of the base or as a formula on it', () => {
  it('reads 职工以本人缴费基数的N%, 按月缴纳 as the 个人 part, and the employer rate after its base', () => {
    const text = '(一)在职职工以本人缴费基数的2.5%,按月缴纳医疗保险费;用人单位以全体职工缴费基数之和作为缴费基数,以7.5%按月缴纳医疗保险费。';
    expect(keyed('2024年宜昌职工医保', text, 'contribution.rate')).toEqual([
      ['420500', 'employee', 2024, 'contribution.rate', '个人', 0.025],
      ['420500', 'employee', 2024, 'contribution.rate', '用人单位', 0.075],
    ]);
  });

  it("reads a flexible worker's share of the base before a comma (以缴费基数的 N%,按月缴纳)", () => {
    expect(keyed('2024年襄阳灵活就业医保', '灵活就业人员以缴费基数的 6.5%,按月缴纳职工基本医疗保险费。', 'contribution.rate'))
      .toEqual([['420600', 'flexible', 2024, 'contribution.rate', '', 0.065]]);
  });

  it("reads a payer's part written as a formula on the base (单位缴纳部分为:保险基数×N%)", () => {
    const text = ['每月医疗保险单位缴纳部分为:保险基数×6.8%;', '每月医疗保险个人缴纳部分为:缴费基数×2%'].join('\n');
    expect(keyed('2021年遵义职工医保缴费比例', text, 'contribution.rate')).toEqual([
      ['520300', 'employee', 2021, 'contribution.rate', '单位', 0.068],
      ['520300', 'employee', 2021, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it('reads no rate from a base raised by a share of itself (以上年度缴费基数的110%)', () => {
    expect(keyed('2021年遵义灵活就业医保', '灵活就业人员以上年度缴费基数的110%作为本年度缴费基数。', 'contribution.rate')).toEqual([]);
  });
});

describe('bounds, grades, waits and years of payroll figures', () => {
  it('reads a floor and a ceiling as the rule for a base outside them (基数低于N元/月(…的60%),则按N元计算)', () => {
    const text = '如果个人缴费基数低于 3100元/月(5200元的60%),则按3100元计算;如果高于 15600元/月(5200元的300%),则按15600元计算。';
    expect(bases('2024年抚顺职工医保', text)).toEqual([
      ['210400', 'employee', 2024, 'contribution.base_min_monthly', '', 3100],
      ['210400', 'employee', 2024, 'contribution.base_max_monthly', '', 15600],
    ]);
  });

  it('names each base by the grade in brackets right after it (N元(统账结合)或M元(单建统筹)), dated by 2024年7月执行', () => {
    expect(bases('2025年绵阳灵活就业医保', '绵阳2024年7月执行基数为5800元(统账结合)或7200元(单建统筹)。')).toEqual([
      ['510700', 'flexible', 2024, 'contribution.base_monthly', '统账结合', 5800],
      ['510700', 'flexible', 2024, 'contribution.base_monthly', '单建统筹', 7200],
    ]);
  });

  it('reads no fixed wait from a total wait (断缴2年:总等待期5个月)', () => {
    const text = ['连续断缴2年:总等待期5个月;', '补缴后缴费3年:总待遇等待期3个月。'].join('\n');
    expect(keyed('2025年辽宁居民医保等待期', text, 'waiting.fixed_months')).toEqual([]);
  });

  it('dates the years a rising requirement reaches by the year it reaches them (从Y1年…起至Y2年…逐步统一为)', () => {
    const text = '本市职工医保最低累计缴费年限逐年提高,从2025年1月1日起至2032年1月1日逐步统一为男职工27年,女职工22年。';
    expect(facts('汕头职工医保缴费年限', text).filter((f) => String(f[3]).startsWith('retirement.'))).toEqual([
      ['440500', 'employee', 2032, 'retirement.min_years_male', '', 27],
      ['440500', 'employee', 2032, 'retirement.min_years_female', '', 22],
    ]);
  });
});

describe('payers and schemes of payroll rates', () => {
  it("reads a payer's rate carried on, the key after the figure (单位缴费继续执行N%的缴费比例)", () => {
    expect(keyed('2025年重庆职工医保缴费比例', '(二)全市职工医保单位缴费继续执行7.5%的缴费比例。', 'contribution.rate'))
      .toEqual([['500000', 'employee', 2025, 'contribution.rate', '单位', 0.075]]);
  });

  it('keeps the flexible scheme under a label that is only the insurance they join (- 职工医疗保险 :)', () => {
    const text = ['2025年洛阳市灵活就业人员的缴费标准如下:', '- 职工医疗保险 :', '-', '缴费费率:9%。'].join('\n');
    expect(keyed('', text, 'contribution.rate')).toEqual([['410300', 'flexible', 2025, 'contribution.rate', '', 0.09]]);
  });

  it('still reads the employee scheme under a label naming employees on such a page (- 在职职工 :)', () => {
    const text = ['2025年洛阳市灵活就业人员和职工的缴费标准如下:', '- 在职职工医保 :', '-', '单位缴费比例:8%。'].join('\n');
    expect(keyed('', text, 'contribution.rate').map((f) => f[1])).toEqual(['employee']);
  });
});
