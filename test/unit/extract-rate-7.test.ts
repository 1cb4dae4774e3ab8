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

  it('reads the share paid for a supplementary cover as that cover’s rate (按…之和的N%缴纳大额医疗费用互助资金)', () => {
    expect(rates('2024年湖州职工医保', '用人单位按本单位职工工资基数之和的7.2%缴纳基本医疗保险费,并按职工工资基数之和的0.8%缴纳大额医疗费用互助资金。')).toEqual([
      ['330500', 'employee', 2024, '用人单位', 0.072],
      ['330500', 'employee', 2024, '大额医疗费用互助资金', 0.008],
    ]);
  });

  it("reads an employer's rate after its base with 并按", () => {
    expect(rates('2024年台州职工医保', '用人单位以全体职工缴费基数之和作为单位缴费基数,并按6.9%为在职职工缴纳医保费(生育保险包含在内)。'))
      .toEqual([['331000', 'employee', 2024, '用人单位', 0.069]]);
  });

  it('reads 以N%的缴费比例缴纳 as the rate paid', () => {
    expect(rates('2024年绍兴职工医保', '以个人身份参保的人员,以9%的缴费比例缴纳基本医疗保险费。'))
      .toEqual([['330600', 'flexible', 2024, '', 0.09]]);
  });

  it('reads no rate from a retiree’s make-up paid as a share of the former base', () => {
    expect(rates('2024年金华灵活就业医保', '灵活就业人员退休后设三年过渡期,过渡期内每月按退休前缴费基数的8%补足。')).toEqual([]);
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

  it('names the maternity cover’s rate by the cover (生育保险费率为N%), beside the medical insurance’s', () => {
    expect(rates('2024年德阳灵活就业医保', '灵活就业人员基本医疗保险费率为6.8%,生育保险费率为0.6%。')).toEqual([
      ['510600', 'flexible', 2024, '基本医疗保险', 0.068],
      ['510600', 'flexible', 2024, '生育保险', 0.006],
    ]);
  });

  it('reads a maternity part in a bracket after the employer’s rate (单位A%(含生育保险B%))', () => {
    expect(rates('2024年遂宁职工医保', '职工医保单位缴费比例为7.8%(含生育保险0.6%),个人缴费比例为2%。').find((row) => row[3] === '生育保险'))
      .toEqual(['510900', 'employee', 2024, '生育保险', 0.006]);
  });

  it('reads no month’s payment from a product over twelve months (B元/月×R%×12个月=N元/年)', () => {
    const text = '2025年度遂宁市灵活就业人员月缴费基数为5210元。\n二、年缴费金额计算\n-\n计算公式 :年缴费金额 = 月缴费基数 × 缴费比例 × 12\n-\n具体金额 :5210元/月 × 7.4% × 12个月 = 4626.48元/年';
    const facts = extractFacts({ title: '遂宁市灵活就业人员一年缴费多少', text });
    expect(facts.filter((f) => f.key === 'contribution.monthly_amount')).toEqual([]);
  });

  it('reads no rate from the parts a bracket sums up (即A%与B%之和)', () => {
    expect(rates('2025年烟台灵活就业医保', '烟台市灵活就业人员缴费比例为9%(即原医保费率8.2%与生育保险费率0.8%之和),按月缴纳。'))
      .toEqual([['370600', 'flexible', 2025, '', 0.09]]);
  });
});

describe('former and replaced rates', () => {
  it('reads no rate from 原费率为N% in a bracket', () => {
    expect(rates('2024年长治灵活就业医保', '长治市灵活就业人员参保的缴费比例为6.8%,系职工医保费率阶段性下调1个百分点后的水平(原费率为7.8%)。'))
      .toEqual([['140400', 'flexible', 2024, '', 0.068]]);
  });

  it('reads only the new rate where the sentence goes on to replace the first (为N%,但自…起…调整为M%)', () => {
    expect(rates('2024年襄阳灵活就业医保', '灵活就业人员的缴费费率为9.5%,但自2024年4月1日起实行阶段性降费,下调1个百分点后调整为8.5%。'))
      .toEqual([['420600', 'flexible', 2024, '', 0.085]]);
  });

  it('still reads a rate stated 原则上', () => {
    expect(rates('2025年太原职工医保', '太原市原则上职工医保单位缴费比例为8%。')).toEqual([['140100', 'employee', 2025, '单位', 0.08]]);
  });
});

describe('the scheme of a rate', () => {
  it('reads 个体参保人员 as flexible workers', () => {
    expect(rates('2023年上饶医保', '个体参保人员以4200元的基数下限参保,缴费费率选择7%的,每月应缴294元。'))
      .toEqual([['361100', 'flexible', 2023, '', 0.07]]);
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
    expect(rates('2019年洛阳医保', '到龄退休而医保缴费年限不够的,其一次性补缴费率随灵活就业人员同步变动,由7%调整为6.2%。')).toEqual([]);
  });
});

describe('the kind of employer a rate is set for, and who pays it named after it', () => {
  it('names a rate by the kind of employer before its key (机关事业单位缴费比例由A%降至B%)', () => {
    expect(rates('2021年株洲职工医保', '今年起职工医保费率阶段性下调,其中机关事业单位缴费比例由7.8%降至6.3%,企业单位缴费比例仍按6.3%执行。')).toEqual([
      ['430200', 'employee', 2021, '机关事业单位', 0.063],
      ['430200', 'employee', 2021, '企业单位', 0.063],
    ]);
  });

  it('starts a payer’s clause after a bracket it opens inside ((含生育保险,下同)机关事业单位费率…)', () => {
    expect(rates('2020年镇江职工医保', '自明年起,镇江市单位缴纳的职工医保费(含生育保险,下同)机关事业单位费率从6.9%调整为6.1%,企业等其他单位费率从7.6%调整为6.1%。')).toEqual([
      ['321100', 'employee', 2020, '机关事业单位', 0.061],
      ['321100', 'employee', 2020, '企业等其他单位', 0.061],
    ]);
  });

  it('takes the scheme of a rate from a bracket right after it naming who pays it', () => {
    expect(rates('2025年茂名职工医保', '总费率为8.5%、个人缴费费率为1.5%(用人单位与在职职工合计);个人缴费费率为6%(未到退休年龄的灵活就业人员)。')).toEqual([
      ['440900', 'employee', 2025, '', 0.085],
      ['440900', 'employee', 2025, '个人', 0.015],
      ['440900', 'flexible', 2025, '个人', 0.06],
    ]);
  });

  it('reads 按缴费基数N%缴纳 without 的', () => {
    expect(rates('2025年开封灵活就业医保', '灵活就业人员按缴费基数9%缴纳(含1%生育保险),需连续缴费满3个月方可享受待遇。'))
      .toEqual([['410200', 'flexible', 2025, '', 0.09]]);
  });
});
