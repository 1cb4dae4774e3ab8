import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';
import { readsAsHeading } from '../../scrapers/extract/vocabulary';

/**
 * Contribution rates (职工医保 / 灵活就业 缴费比例): payers, parts, former and replaced rates, and the
 * scheme of a rate listed under a flexible workers' heading. Each wording is pinned with a sentence
 * of our own (other places, other figures than the pages it was found on).
 */
const rates = (title: string, text: string) =>
  extractFacts({ title, text }).filter((f) => f.key === 'contribution.rate').map((f) => [f.region, f.scheme, f.year, f.variant ?? '', f.value]);

describe('a payer paying a share of the base (按…基数总额的N%缴纳)', () => {
  it('reads 参保单位按…总额的N% and 在职职工按本人…基数的N% as the two parts', () => {
    expect(rates('2024年绍兴职工医保', '参保单位按职工缴费基数总额的8%缴纳基本医疗保险费,在职职工按本人缴费基数的2%缴纳基本医疗保险费。')).toEqual([
      ['330600', 'employee', 2024, '参保单位', 0.08],
      ['330600', 'employee', 2024, '个人', 0.02],
    ]);
  });

  it('reads the share paid for a supplementary cover as that cover’s rate (按…之和的1%缴纳大额医疗费用互助资金)', () => {
    expect(rates('2024年绍兴职工医保', '用人单位按全部职工缴费工资基数之和的7.6%缴纳医疗保险和生育保险费,按全部职工缴费工资基数之和的1%缴纳大额医疗费用互助资金。')).toEqual([
      ['330600', 'employee', 2024, '用人单位', 0.076],
      ['330600', 'employee', 2024, '大额医疗费用互助资金', 0.01],
    ]);
  });

  it("reads an employer's rate after its base with 并按", () => {
    expect(rates('2024年绍兴职工医保', '用人单位以本单位职工缴费基数之和作为缴费基数,并按7.7%为职工缴纳医保(含生育保险)。'))
      .toEqual([['330600', 'employee', 2024, '用人单位', 0.077]]);
  });

  it('reads 以N%的缴费比例缴纳 as the rate paid', () => {
    expect(rates('2024年绍兴职工医保', '以个人身份参保的人员,以9%的缴费比例缴纳基本医疗保险费。'))
      .toEqual([['330600', 'flexible', 2024, '', 0.09]]);
  });

  it('reads no rate from a retiree’s make-up paid as a share of the former base', () => {
    expect(rates('2024年绍兴灵活就业医保', '以灵活就业身份退休的,期间月补足标准按退休前缴费基数的9%执行。')).toEqual([]);
  });
});

describe('payers listed in either order, under a label naming a kind of employer', () => {
  it('reads 企业:个人N%+单位M% as the kind’s two parts', () => {
    expect(rates('2025年西宁医保缴费比例', '企业:个人2%+单位8.5%')).toEqual([
      ['630100', 'employee', 2025, '企业 个人', 0.02],
      ['630100', 'employee', 2025, '企业 单位', 0.085],
    ]);
  });
});

describe('the parts of a rate', () => {
  it('names a supplementary cover’s rate by the cover (大额医疗费用补助缴费比例为N%)', () => {
    expect(rates('2025年长春灵活就业医保', '灵活就业人员缴费比例为6.2%,大额医疗费用补助缴费比例为0.4%。')).toEqual([
      ['220100', 'flexible', 2025, '', 0.062],
      ['220100', 'flexible', 2025, '大额医疗费用补助', 0.004],
    ]);
  });

  it('reads the parts named in a bracket after a rate (6.5%(其中A为x%,B为y%))', () => {
    expect(rates('2019年柳州职工医保', '单位缴费费率仍从7.5%下调为6.5%(其中职工基本医疗保险为6.1%,大额医疗费用补充医疗保险为0.4%),个人缴费费率2%不变。')).toEqual([
      ['450200', 'employee', 2019, '单位', 0.065],
      ['450200', 'employee', 2019, '个人', 0.02],
      ['450200', 'employee', 2019, '职工基本医疗保险', 0.061],
      ['450200', 'employee', 2019, '大额医疗费用补充医疗保险', 0.004],
    ]);
  });

  it('reads no rate from the parts a bracket sums up (即A%与B%之和)', () => {
    expect(rates('2025年济南灵活就业医保', '灵活就业人员缴费比例为8.5%(即原基本医疗保险缴费比例8%与生育保险缴费比例0.5%之和)。'))
      .toEqual([['370100', 'flexible', 2025, '', 0.085]]);
  });
});

describe('former and replaced rates', () => {
  it('reads no rate from 原费率为N% in a bracket', () => {
    expect(rates('2024年大同灵活就业医保', '灵活就业人员医保的缴费比例为 6%,这是在阶段性降低职工医保费率1.5个百分点后适用的比例(原费率为7.5%)。'))
      .toEqual([['140200', 'flexible', 2024, '', 0.06]]);
  });

  it('reads only the new rate where the sentence goes on to replace the first (为N%,但自…起…调整为M%)', () => {
    expect(rates('2025年宜昌灵活就业医保', '缴费费率为11%,但自2025年1月1日起,阶段性降低费率1个百分点,调整为10%。'))
      .toEqual([['420500', 'flexible', 2025, '', 0.1]]);
  });

  it('still reads a rate stated 原则上', () => {
    expect(rates('2025年太原职工医保', '太原市原则上职工医保单位缴费比例为8%。')).toEqual([['140100', 'employee', 2025, '单位', 0.08]]);
  });
});

describe('the scheme of a rate', () => {
  it('reads 个体参保人员 as flexible workers', () => {
    expect(rates('2022年九江医保', '个体参保人员基本医疗保险缴费基数按下限标准3900元执行,缴费费率选择6%的,月应缴费为234元。'))
      .toEqual([['360400', 'flexible', 2022, '', 0.06]]);
  });

  it('keeps a rate flexible under the insurance’s name right below a flexible workers’ heading', () => {
    const text = ['(一)单位职工', '职工社会医疗保险', '单位缴费比例:6%', '个人缴费比例:2%', '(二)灵活就业人员', '职工社会医疗保险', '单位缴费基数:--', '个人缴费比例:7.5%'].join('\n');
    expect(rates('2024年成都医保缴费标准', text)).toEqual([
      ['510100', 'employee', 2024, '单位', 0.06],
      ['510100', 'employee', 2024, '个人', 0.02],
      ['510100', 'flexible', 2024, '个人', 0.075],
    ]);
  });

  it('reads a label with a dash for its value as no heading', () => {
    expect(readsAsHeading('单位缴费基数:--')).toBe(false);
    expect(readsAsHeading('职工社会医疗保险')).toBe(true);
  });
});

describe('sub-headings under a numbered heading', () => {
  it('scopes an unnumbered heading by the numbered one above it (二、灵活就业人员… then 缴费比例差异)', () => {
    const text = ['一、职工医保缴费基数', '-', '湖南 :下限4200元,上限21000元。', '二、灵活就业人员缴费基数', '-', '缴费比例差异', '-', '湖南 :7.5%(月缴315.20元)。'].join('\n');
    expect(rates('2024年各地医保缴费基数汇总', text)).toEqual([['430000', 'flexible', 2024, '', 0.075]]);
  });
});

describe('the rate of a make-up of missing years', () => {
  it('reads no rate under a heading of retirees’ make-up payments (退休人员补缴 … 按退休时现行缴费比例)', () => {
    const text = ['一、退休人员补缴', '-', '缴费比例', '按退休时现行缴费比例(单位7%、个人2%)执行。', '二、灵活就业人员', '缴费比例为8%。'].join('\n');
    expect(rates('2023年无锡医保补缴', text)).toEqual([['320200', 'flexible', 2023, '', 0.08]]);
  });

  it('reads no rate from a one-off make-up changed in the same sentence (一次性补缴费率…由A%调整为B%)', () => {
    expect(rates('2019年南昌医保', '退休人员医保缴费年限不足一次性补缴费率,按照灵活就业人员相应调整,由6%调整为5%。')).toEqual([]);
  });
});

describe('the kind of employer a rate is set for, and who pays it named after it', () => {
  it('names a rate by the kind of employer before its key (机关事业单位缴费比例由A%降至B%)', () => {
    expect(rates('2021年柳州职工医保', '阶段性降低职工基本医疗保险费率为:机关事业单位缴费比例由7.5%降至5.5%,企业单位缴费比例继续按5.5%执行。')).toEqual([
      ['450200', 'employee', 2021, '机关事业单位', 0.055],
      ['450200', 'employee', 2021, '企业单位', 0.055],
    ]);
  });

  it('starts a payer’s clause after a bracket it opens inside ((含生育保险,下同)机关事业单位费率…)', () => {
    expect(rates('2020年蚌埠职工医保', '蚌埠市职工基本医疗保险费(含生育保险,下同)机关事业单位费率由7.2%调整为6.2%, 企业及其他单位费率由7.8%调整为6.2%。')).toEqual([
      ['340300', 'employee', 2020, '机关事业单位', 0.062],
      ['340300', 'employee', 2020, '企业及其他单位', 0.062],
    ]);
  });

  it('takes the scheme of a rate from a bracket right after it naming who pays it', () => {
    expect(rates('2025年韶关职工医保', '个人缴费费率为2%,总费率为8%(用人单位及其在职职工);个人缴费费率为6.5%(法定劳动年龄内的灵活就业人员)。')).toEqual([
      ['440200', 'employee', 2025, '个人', 0.02],
      ['440200', 'employee', 2025, '', 0.08],
      ['440200', 'flexible', 2025, '个人', 0.065],
    ]);
  });

  it('reads 按缴费基数N%缴纳 without 的', () => {
    expect(rates('2025年开封灵活就业医保', '灵活就业人员按缴费基数9%缴纳(含1%生育保险),需连续缴费满3个月方可享受待遇。'))
      .toEqual([['410200', 'flexible', 2025, '', 0.09]]);
  });
});
