/**
 * Enrolment and lapse periods and flexible workers' payments in wordings real pages use: one
 * pinned sentence per construction, written for this file with other places and figures.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

type Row = [region: string, scheme: string, year: number, key: string, variant: string, value: unknown];
const facts = (title: string, text: string): Row[] =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const ofKey = (key: string, title: string, text: string) => facts(title, text).filter((f) => f[3] === key);

describe('contribution.monthly_amount of flexible workers', () => {
  it('reads the lowest monthly payment stated after its words (月缴费金额最低为N元)', () => {
    expect(ofKey('contribution.monthly_amount', '2024年芜湖灵活就业人员医保缴费标准', '灵活就业人员缴纳职工医保月最低缴费基数为4100元,费率为7%,月缴费金额最低为287元。'))
      .toEqual([['340200', 'flexible', 2024, 'contribution.monthly_amount', '', 287]]);
  });

  it('reads a monthly payment owed (月应缴费为N元)', () => {
    expect(ofKey('contribution.monthly_amount', '2024年芜湖医保缴费标准', '2024年起,个体参保人员缴费基数按4100元执行,费率选择6%的,月应缴费为246元。'))
      .toEqual([['340200', 'flexible', 2024, 'contribution.monthly_amount', '', 246]]);
  });

  it('reads a monthly payment with the insurance paid named between (月缴纳职工基本医疗保险费N元)', () => {
    expect(ofKey('contribution.monthly_amount', '2024年芜湖医保缴费标准', '档案托管的灵活就业人员月缴纳职工基本医疗保险费388.5元。').map((r) => r.slice(1, 4).concat(r[5])))
      .toEqual([['flexible', 2024, 'contribution.monthly_amount', 388.5]]);
  });
});

describe('the scheme of a flexible worker who pays the employee insurance', () => {
  it('keeps the flexible worker named first when the employee insurance is what they pay (…按8%费率缴纳职工基本医疗保险费)', () => {
    expect(ofKey('contribution.monthly_amount', '2024年芜湖医保缴费标准', '灵活就业参保人员以5100元为缴费基数,按8%费率缴纳职工基本医疗保险费,月缴费金额为408元。'))
      .toEqual([['340200', 'flexible', 2024, 'contribution.monthly_amount', '', 408]]);
  });

  it('reads 个体参保人员 as flexible workers', () => {
    expect(ofKey('contribution.base_monthly', '2024年芜湖医保缴费标准', '2024年起,个体参保人员缴费基数按4100元执行。'))
      .toEqual([['340200', 'flexible', 2024, 'contribution.base_monthly', '', 4100]]);
  });
});

describe('enrollment.window', () => {
  it('reads a window whose end gives its day only (10月8日至28日为集中筹资时间)', () => {
    expect(ofKey('enrollment.window', '2023年洛宁县城乡居民医保', '2022年10月8日至28日为集中筹资时间。'))
      .toEqual([['410328', 'resident', 2023, 'enrollment.window', '', { start: '2022-10-08', end: '2022-10-28' }]]);
  });

  it('reads a payment period stated as the rule in principle (缴费时间原则上为…)', () => {
    expect(ofKey('enrollment.window', '柳城县城乡居民医保', '柳城县2021年度城乡居民基本医疗保险个人缴费标准为每人每年320元,缴费时间原则上为2020年9月1日至12月31日。'))
      .toEqual([['450222', 'resident', 2021, 'enrollment.window', '', { start: '2020-09-01', end: '2020-12-31' }]]);
  });
});
