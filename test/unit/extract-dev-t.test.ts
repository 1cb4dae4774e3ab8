import { describe, expect, it } from 'vitest';
import { keyRows } from '../support/extract-rows';

/**
 * Constructions met on real excerpts (sets of 2026-12-05), in our own sentences with other places
 * and figures.
 */
const rows = keyRows;

describe("an employee rate named by its payer", () => {
  it('reads a payer\'s rate after 按, the verb after the rate (个人按N%缴纳, 单位按N%比例缴纳)', () => {
    expect(rows('2023年韶关职工医保', '职工医保:用人单位按职工工资总额的7.2%缴纳,个人按2%缴纳。', 'contribution.rate').sort()).toEqual([
      ['440200', 2023, '个人', 0.02],
      ['440200', 2023, '用人单位', 0.072],
    ]);
    expect(rows('2023年韶关职工医保', '本市职工医保单位按7.4%比例缴纳。', 'contribution.rate')).toEqual([['440200', 2023, '单位', 0.074]]);
  });

  it('reads a modal between a payer and its 按 (用人单位需按照在职职工工资总额的N%, 个人则按照…)', () => {
    const text = '本市职工医保中,用人单位需按照在职职工工资总额的7.6%缴纳,在职职工个人则按照本人工资总额的2%由单位代扣代缴。';
    expect(rows('2022年梅州职工医保', text, 'contribution.rate').sort()).toEqual([
      ['441400', 2022, '个人', 0.02],
      ['441400', 2022, '用人单位', 0.076],
    ]);
  });

  it('names a payer under a kind of employer by both, and not the kind alone (企业:个人N%+单位M%)', () => {
    const text = ['', '企业:个人2%+单位7.7%', '机关事业单位:个人2%+单位6.9%'].join('\n');
    expect(rows('2024年汕尾职工医保缴费比例', text, 'contribution.rate').map((row) => [row[2], row[3]])).toEqual([
      ['企业 个人', 0.02],
      ['企业 单位', 0.077],
      ['机关事业单位 个人', 0.02],
      ['机关事业单位 单位', 0.069],
    ]);
  });
});

describe('a payroll rate lowered', () => {
  it('reads only the new rate of 从A%降低到B% (the old one is no rule of the year)', () => {
    const text = '灵活就业人员:缴费比例从7%降低到5.5%,按月缴纳。';
    expect(rows('2023年河源灵活就业医保', text, 'contribution.rate').map((row) => row[3])).toEqual([0.055]);
  });
});
