import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * Flexible-scheme wordings read on pages the rules were not tuned on, each pinned with a sentence
 * of our own (other places, other figures).
 */
const facts = factRows;
const keyed = (title: string, text: string, prefix: string) => facts(title, text).filter((f) => String(f[3]).startsWith(prefix));

describe('an average wage named in the bracket after its figure', () => {
  it('a monthly figure named as the average wage is the monthly wage, and the rate paid on it is read', () => {
    const text = '以灵活就业人员身份参保的,按6940元(上年度全省平均工资)的4.5%单独缴纳基本医疗保险费。';
    expect(keyed('南宁市2026年灵活就业人员医保缴费标准', text, 'wage.')).toEqual([
      ['450100', 'flexible', 2026, 'wage.average_monthly', '', 6940],
    ]);
    expect(keyed('南宁市2026年灵活就业人员医保缴费标准', text, 'contribution.rate')).toEqual([
      ['450100', 'flexible', 2026, 'contribution.rate', '', 0.045],
    ]);
  });

  it('a yearly figure named as the average wage in a worked base is the yearly wage', () => {
    const text = '灵活就业人员每月缴费基数为3905元,即:78100元(2023年全省城镇单位就业人员加权平均工资)×60%÷12月=3905元/月。';
    expect(keyed('合肥市2026年灵活就业人员医保缴费基数', text, 'wage.')).toEqual([
      ['340100', 'flexible', 2026, 'wage.average_annual', '', 78100],
    ]);
  });

  it("a person's own wage in the bracket is no average wage", () => {
    const text = '灵活就业人员按5200元(本人申报的月平均工资)的7%缴纳医疗保险费。';
    expect(keyed('南宁市2026年灵活就业人员医保缴费标准', text, 'wage.')).toEqual([]);
  });
});

describe('a base range named as its bounds', () => {
  const title = '温州市2026年灵活就业人员医保缴费标准';
  it('bounds of the base stated as a range (缴费基数上下限为A元-B元)', () => {
    expect(keyed(title, '灵活就业人员医保缴费基数上下限为4960元-24800元。', 'contribution.base_')).toEqual([
      ['330300', 'flexible', 2026, 'contribution.base_min_monthly', '', 4960],
      ['330300', 'flexible', 2026, 'contribution.base_max_monthly', '', 24800],
    ]);
  });

  it("a list line's bare figures after the base's name are its bounds", () => {
    expect(keyed(title, '缴费基数:4960-24800', 'contribution.base_')).toEqual([
      ['330300', 'flexible', 2026, 'contribution.base_min_monthly', '', 4960],
      ['330300', 'flexible', 2026, 'contribution.base_max_monthly', '', 24800],
    ]);
  });

  it('a range in a bracket after other words about the base is not read as its bounds', () => {
    expect(keyed(title, '另可参照养老保险基数自行挑选(4960~24800元)。', 'contribution.base_')).toEqual([]);
  });
});
