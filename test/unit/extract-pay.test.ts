import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * Constructions of the payroll schemes' figures (rates, bases, monthly payments, wages), each pinned
 * with a sentence written for this file (other places, other figures than any page).
 */
const facts = factRows;
const keyed = (title: string, text: string, ...keys: string[]) => facts(title, text).filter((f) => keys.includes(String(f[3])));

describe('a choice of rates, each with its own payment', () => {
  it('names each clause’s rate and payment by the rate chosen (按A%比例缴费的…N元/月,按B%比例缴费的…M元/月)', () => {
    const text = '自2026年1月1日起,绵阳市灵活就业人员医保缴费基数为5200元/月,按7.2%比例缴费的灵活就业人员缴费标准为374.4元/月,按9%比例缴费的灵活就业人员缴费标准为468元/月。';
    expect(keyed('', text, 'contribution.rate', 'contribution.monthly_amount')).toEqual([
      ['510700', 'flexible', 2026, 'contribution.monthly_amount', '按7.2%比例缴费', 374.4],
      ['510700', 'flexible', 2026, 'contribution.monthly_amount', '按9%比例缴费', 468],
      ['510700', 'flexible', 2026, 'contribution.rate', '按9%比例缴费', 0.09],
      ['510700', 'flexible', 2026, 'contribution.rate', '按7.2%比例缴费', 0.072],
    ]);
  });
});

describe('the year of a wage that sets a base', () => {
  it('files a wage the base is set by under the base’s year (Y1年缴费基数按Y2年…平均工资(N元/年)…确定)', () => {
    const text = '2027年缴费基数按2026年全口径平均工资(81,360元/年)的60%-300%确定,个人缴费下限为4,068元/月。';
    expect(keyed('德阳职工医保', text, 'wage.average_annual')).toEqual([['510600', 'employee', 2027, 'wage.average_annual', '', 81360]]);
  });

  it('…and one the base is said to follow (缴费基数是根据Y年…工资确定的,Y年…工资为N元)', () => {
    const text = '本市缴费基数是根据宜宾市2025年度在岗职工月平均工资确定的,2025年在岗职工月平均工资为7150元。';
    expect(keyed('2026年宜宾市社保缴费基数', text, 'wage.average_monthly')).toEqual([['511500', 'employee', 2026, 'wage.average_monthly', '', 7150]]);
  });

  it('…and one the base is set from further on (按照Y年…工资(N元)的60%确定缴费基数)', () => {
    const text = '参加职工医保的农民工,按照2024年四川省全口径城镇职工月平均工资(7020元)的60%(4212元/月)确定缴费基数。';
    expect(keyed('2025年泸州职工医保', text, 'wage.average_monthly')).toEqual([['510500', 'employee', 2025, 'wage.average_monthly', '', 7020]]);
  });

  it('keeps a wage stated alone under its own year', () => {
    expect(keyed('2026年泸州职工医保', '2025年全口径城镇单位就业人员月平均工资为7,020元。', 'wage.average_monthly'))
      .toEqual([['510500', 'employee', 2025, 'wage.average_monthly', '', 7020]]);
  });
});

describe('a rate paid on the wage or on the fee', () => {
  it('reads a rate stated as a share of the wage taken as the base (按上年度…月平均工资的R%缴纳)', () => {
    const text = '本市灵活就业参保者一律按上一年度襄阳职工月平均工资的5.5%缴纳个人基本医疗保险费。';
    expect(keyed('2026年襄阳灵活就业医保', text, 'contribution.rate')).toEqual([['420600', 'flexible', 2026, 'contribution.rate', '', 0.055]]);
  });

  it('reads a rate the medical fee is paid at, no base named (按R%每月缴纳基本医疗保险费)', () => {
    const text = '灵活就业人员自愿参保的,基数取上一年度荆州在岗职工月均工资,并按5.2%每月缴纳基本医疗保险费。';
    expect(keyed('2026年荆州灵活就业医保', text, 'contribution.rate')).toEqual([['421000', 'flexible', 2026, 'contribution.rate', '', 0.052]]);
  });
});

describe('the base and the parts of a rate', () => {
  it('reads the monthly standard of the base (缴费基数月标准为N元)', () => {
    expect(keyed('宜昌灵活就业医保', '2026年度缴费基数月标准为7120元。', 'contribution.base_monthly'))
      .toEqual([['420500', 'flexible', 2026, 'contribution.base_monthly', '', 7120]]);
  });

  it('names the medical insurance’s own rate beside another part’s (基本医疗保险缴费比例为A%,大额医疗费用补助缴费比例为B%)', () => {
    const text = '2026年本市灵活就业人员基本医疗保险缴费比例为6.1%,大额医疗费用补助缴费比例为0.4%。';
    expect(keyed('营口市灵活就业医保', text, 'contribution.rate')).toEqual([
      ['210800', 'flexible', 2026, 'contribution.rate', '基本医疗保险', 0.061],
      ['210800', 'flexible', 2026, 'contribution.rate', '大额医疗费用补助', 0.004],
    ]);
  });

  it('takes no group from the addressees a notice greets (尊敬的…缴费人:)', () => {
    const text = '尊敬的灵活就业缴费人: 2026年本市灵活就业人员基本医疗保险缴费比例为6.1%,大额医疗费用补助缴费比例为0.4%。';
    expect(keyed('营口市医保缴费通知', text, 'contribution.rate')).toEqual([
      ['210800', 'flexible', 2026, 'contribution.rate', '基本医疗保险', 0.061],
      ['210800', 'flexible', 2026, 'contribution.rate', '大额医疗费用补助', 0.004],
    ]);
  });
});

describe('a list of the base’s figures and the sums of each grade', () => {
  const text = [
    '医保缴费基数一览',
    '社会平均工资:7410元/月',
    '缴费保底线:4446元/月',
    '缴费封顶线:22230元/月',
    '灵活就业人员缴费基数:按社平工资75%计算,每月5557.5元',
    '灵活就业人员这样缴',
    '1.单建统筹在职人员月缴:5557.5 × 6.1% = 339.01元',
    '2.统账结合在职人员月缴:5557.5 × 9.3% = 516.85元',
    '个人账户划入:5557.5 × 1.6% = 88.92元',
  ].join('\n');
  const read = () => facts('2026年抚州医保缴费标准', text).filter((f) => String(f[3]).startsWith('contribution.'));

  it('reads the floor and ceiling of what is paid on (缴费保底线, 缴费封顶线)', () => {
    expect(read().filter((f) => /^contribution\.base_m(?:in|ax)_/.test(String(f[3])))).toEqual([
      ['361000', 'employee', 2026, 'contribution.base_min_monthly', '', 4446],
      ['361000', 'employee', 2026, 'contribution.base_max_monthly', '', 22230],
    ]);
  });

  it('reads a base stated as a share of the wage, then its figure (缴费基数:按社平工资P%计算,每月N元)', () => {
    expect(read().filter((f) => f[3] === 'contribution.base_monthly')).toEqual([['361000', 'flexible', 2026, 'contribution.base_monthly', '', 5557.5]]);
  });

  it('reads each grade’s rate from its sum on the bare base (单建统筹…月缴:B × R% = M元), not what an account is credited', () => {
    expect(read().filter((f) => f[3] === 'contribution.rate')).toEqual([
      ['361000', 'flexible', 2026, 'contribution.rate', '单建统筹', 0.061],
      ['361000', 'flexible', 2026, 'contribution.rate', '统账结合', 0.093],
    ]);
  });
});

describe('the working-age group of a flexible scheme', () => {
  it('reads the rates of those under retirement age (未达到法定退休年龄的参保人员), no make-up of missing years', () => {
    expect(keyed('2026年抚州灵活就业医保', '一、未达到法定退休年龄的参保人员:\n基本医疗保险缴费比例为8.2%。', 'contribution.rate'))
      .toEqual([['361000', 'flexible', 2026, 'contribution.rate', '未达到法定退休年龄的参保人员', 0.082]]);
  });
});

describe('parts and groups inside a monthly payment', () => {
  const text = '参加绍兴市职工医保的灵活就业人员,缴费标准为每人每月402.6元,即:4380元/月×9.2%(含生育保险0.5%)=402.96元/月,其中持有效期内《困难家庭救助证》的人员为201.48元/月。';
  const read = () => facts('2026年绍兴灵活就业医保', text).filter((f) => f[3] === 'contribution.rate' || f[3] === 'contribution.monthly_amount');

  it('reads the maternity part a medical rate includes (R%(含生育保险r%))', () => {
    expect(read().filter((f) => f[3] === 'contribution.rate')).toEqual([
      ['330600', 'flexible', 2026, 'contribution.rate', '', 0.092],
      ['330600', 'flexible', 2026, 'contribution.rate', '生育保险', 0.005],
    ]);
  });

  it('reads a group’s payment inside the payment (…元/月,其中某类人员为M元/月), and no group from a worked sum', () => {
    expect(read().filter((f) => f[3] === 'contribution.monthly_amount')).toEqual([
      ['330600', 'flexible', 2026, 'contribution.monthly_amount', '', 402.6],
      ['330600', 'flexible', 2026, 'contribution.monthly_amount', '', 402.96],
      ['330600', 'flexible', 2026, 'contribution.monthly_amount', '持有效期内《困难家庭救助证》的人员', 201.48],
    ]);
  });

  it('keeps a payroll payment split right after (每月N元,其中…) as the payment', () => {
    expect(keyed('2026年绍兴职工医保', '绍兴市职工医保缴费标准为每人每月402.6元,其中低保边缘户为201.3元/月。', 'contribution.monthly_amount')).toEqual([
      ['330600', 'employee', 2026, 'contribution.monthly_amount', '', 402.6],
      ['330600', 'employee', 2026, 'contribution.monthly_amount', '低保边缘户', 201.3],
    ]);
  });
});

describe('those making up missing years', () => {
  it('reads no payment of a make-up group, even a group’s inside it (不符合…缴费年限…;按月缴纳的,…其中某类人员为M元/月)', () => {
    const text = '二、不符合职工医保退休缴费年限规定的人员,选择一次性补足的,标准为每人每月702.4元;选择按月缴纳的,缴费标准为每人每月390.2元,其中低保边缘户为195.1元/月。';
    expect(keyed('2026年嘉兴职工医保', text, 'contribution.monthly_amount')).toEqual([]);
  });
});
