import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * Constructions of the payroll schemes' figures added for pay2 (wages, fixed monthly fees, rates by
 * payer), each pinned with a sentence written for this file (other places, other figures than any page).
 */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
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
