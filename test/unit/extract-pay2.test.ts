import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * Constructions of the payroll schemes' figures added for pay2 (wages, fixed monthly fees, rates by
 * payer), each pinned with a sentence written for this file (other places, other figures than any page).
 */
const facts = factRows;
const keyed = (title: string, text: string, ...keys: string[]) => facts(title, text).filter((f) => keys.includes(String(f[3])));

describe('the wage a base is set from', () => {
  it('files an earlier year’s wage under a heading that is only the base under the base’s year (一、缴费基数 / Y年…平均工资为N元)', () => {
    const text = '一、缴费基数\n2026年全省全口径城镇单位就业人员平均工资为90120元。';
    expect(keyed('2027年遵义灵活就业医保缴费标准', text, 'wage.average_annual')).toEqual([['520000', 'flexible', 2027, 'wage.average_annual', '', 90120]]);
  });

  it('…and one the base is then worked out from (…平均工资为N元,据此,Y年度…缴费基数为…)', () => {
    const text = '2024年全省城镇全部单位就业人员平均工资为76800元,据此,2026年度本市灵活就业人员缴费基数为61440元。';
    expect(keyed('2026年南充灵活就业医保', text, 'wage.average_annual')).toEqual([['510000', 'flexible', 2026, 'wage.average_annual', '', 76800]]);
  });

  it('reads a wage renamed in brackets inside an aside (…(Y年…年平均工资(以下简称社平工资)为 N元))', () => {
    const text = '按上年度社平工资的60%核定缴费基数。(2025年本市全口径城镇单位就业人员年平均工资(以下简称社平工资)为 88320元)';
    expect(keyed('2026年银川灵活就业医保', text, 'wage.average_annual')).toEqual([['640100', 'flexible', 2025, 'wage.average_annual', '', 88320]]);
  });

  it('takes the autonomous region’s wage as the province’s (自治区在岗职工月平均工资)', () => {
    const text = '二、缴费基数\n2026年度自治区在岗职工月平均工资为7360元。';
    expect(keyed('2027年银川灵活就业医保', text, 'wage.average_monthly')).toEqual([['640000', 'flexible', 2027, 'wage.average_monthly', '', 7360]]);
  });
});

describe('a supplementary cover’s fee by the month', () => {
  it('reads the monthly figure in brackets after the yearly one (大额医疗…年缴费金额A元(每月B元))', () => {
    const text = '2026年度灵活就业人员按月缴纳基本医疗保险费,另缴大额医疗补助金年缴费金额96元(每月8元)。';
    expect(keyed('烟台灵活就业医保', text, 'contribution.monthly_amount')).toEqual([['370600', 'flexible', 2026, 'contribution.monthly_amount', '大额医疗补助金', 8]]);
  });
});

describe('a choice of two rates', () => {
  it('reads both rates of 按A%(…)或B%的比例缴纳, the first named by its account', () => {
    const text = '自2027年1月起,灵活就业人员可按6.5%(不设个人账户)或8.5%的比例缴纳职工医保费。';
    expect(keyed('潍坊灵活就业医保', text, 'contribution.rate')).toEqual([
      ['370700', 'flexible', 2027, 'contribution.rate', '不设个人账户', 0.065],
      ['370700', 'flexible', 2027, 'contribution.rate', '', 0.085],
    ]);
  });

  it('…and of 选择A%或B%比例', () => {
    expect(keyed('2027年日照灵活就业医保', '日照的灵活就业参保人可自行选择7.5%或9.5%比例缴费。', 'contribution.rate')).toEqual([
      ['371100', 'flexible', 2027, 'contribution.rate', '', 0.075],
      ['371100', 'flexible', 2027, 'contribution.rate', '', 0.095],
    ]);
  });
});

describe("both payers' rates stated respectively", () => {
  it('names each rate by its payer in order (单位与个人分别承担A%和B%)', () => {
    const text = '在本市参保的企业,单位与个人分别承担8.5%和2%的医保缴费比例。';
    expect(keyed('2026年临汾职工医保', text, 'contribution.rate')).toEqual([
      ['141000', 'employee', 2026, 'contribution.rate', '单位', 0.085],
      ['141000', 'employee', 2026, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it('…and gives the payers’ rates no joined name (用人单位和个人的费率分别为A%和B%)', () => {
    const text = '长治市用人单位和个人的职工医保费率分别为7.2%和2%。';
    expect(keyed('2026年长治职工医保', text, 'contribution.rate')).toEqual([
      ['140400', 'employee', 2026, 'contribution.rate', '用人单位', 0.072],
      ['140400', 'employee', 2026, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it('files the payers’ rates under the employee scheme on a page about flexible workers', () => {
    const text = '灵活就业人员可在60%至300%之间选择档位。企业参保的,单位和个人分别按8%和2%缴纳。';
    expect(keyed('2026年晋城灵活就业医保基数', text, 'contribution.rate')).toEqual([
      ['140500', 'employee', 2026, 'contribution.rate', '单位', 0.08],
      ['140500', 'employee', 2026, 'contribution.rate', '个人', 0.02],
    ]);
  });
});

describe('a firm named as the payer of a rate', () => {
  it('names the firm’s rate the employer’s part (公司缴费比例为A%;个人缴费比例为B%)', () => {
    expect(keyed('2026年大同职工医保', '大同职工医保按月缴纳,公司缴费比例为7.5%;个人缴费比例为2%。', 'contribution.rate')).toEqual([
      ['140200', 'employee', 2026, 'contribution.rate', '单位', 0.075],
      ['140200', 'employee', 2026, 'contribution.rate', '个人', 0.02],
    ]);
  });
});
