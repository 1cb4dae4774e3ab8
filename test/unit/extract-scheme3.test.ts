import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/** Scheme of facts whose wording, not a scheme's name, tells which scheme they are for. */
const facts = factRows;
const keyed = (title: string, text: string, key: string) => facts(title, text).filter((f) => f[3] === key);

describe('scheme read from the wording', () => {
  it('a wait counted in months paid, naming no scheme, is a payroll wait (employee)', () => {
    expect(keyed('2024年南平医保停缴后怎么恢复', '南平医保中断缴费后重新缴费的,须连续缴费满8个月才能恢复医保待遇。', 'waiting.fixed_months')).toEqual([
      ['350700', 'employee', 2024, 'waiting.fixed_months', '', 8],
    ]);
  });

  it('a wait after paying, naming no scheme and counting no months paid, stays resident', () => {
    expect(keyed('2024年南平医保停缴后怎么恢复', '南平医保中断缴费后重新缴费的,自缴费之日起4个月后方可恢复享受医保待遇。', 'waiting.fixed_months')).toEqual([
      ['350700', 'resident', 2024, 'waiting.fixed_months', '', 4],
    ]);
  });

  it('on a page for flexible workers, bounds stated for 职工个人 (employees as people) are the employee scheme\'s', () => {
    const text = '遵义市灵活就业人员月缴费基数为5200元。\n职工个人上年度月工资低于4100元的,按4100元作为缴费基数;职工个人上年度月工资高于19800元的,按19800元作为缴费基数。';
    expect(facts('2025年遵义灵活就业人员医保缴费基数', text)).toEqual([
      ['520300', 'flexible', 2025, 'contribution.base_monthly', '', 5200],
      ['520300', 'employee', 2025, 'contribution.base_min_monthly', '', 4100],
      ['520300', 'employee', 2025, 'contribution.base_max_monthly', '', 19800],
    ]);
  });

  it('a lead naming flexible workers OR employees (或) names two schemes, not the insurance flexible workers join', () => {
    const text = '该档位适合灵活就业人员或企业职工中收入较高的人。\n2025年株洲市全口径社平工资为7420元/月。';
    expect(facts('', text)).toEqual([
      ['430200', 'employee', 2025, 'wage.average_monthly', '', 7420],
    ]);
  });
});
