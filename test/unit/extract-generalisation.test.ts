import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * Constructions found on real pages the rules were not tuned on, each pinned with a sentence of
 * our own (other places, other figures), grouped by the key they state.
 */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const keyed = (title: string, text: string, key: string) => facts(title, text).filter((f) => f[3] === key);

describe('contribution.individual_annual: the group a share is for', () => {
  it('names the group that is the subject of the clause (低保对象…个人缴纳N元)', () => {
    expect(keyed('2025年衢州居民医保', '低保对象、特困供养人员(含孤儿)个人缴纳90元,医疗救助资金资助其余部分。', 'contribution.individual_annual'))
      .toEqual([['330800', 'resident', 2025, 'contribution.individual_annual', '低保对象、特困供养人员', 90]]);
    expect(keyed('2025年衢州居民医保', '少儿医保个人缴费标准为 350元/人。', 'contribution.individual_annual'))
      .toEqual([['330800', 'resident', 2025, 'contribution.individual_annual', '少儿', 350]]);
  });

  it('takes the group of the clause before one that opens with the key (…给予资助,个人仅需缴费N元)', () => {
    expect(keyed('2025年衢州居民医保', '边缘易致贫人口给予 80% 资助,个人仅需缴费70元。', 'contribution.individual_annual'))
      .toEqual([['330800', 'resident', 2025, 'contribution.individual_annual', '边缘易致贫人口', 70]]);
  });

  it('keeps the group and the tier together (大学生…一档N元、二档M元)', () => {
    expect(keyed('2025年衢州居民医保', '在衢高校大学生参加居民医保个人缴费标准为一档 300 元 / 人・年、二档 610 元 / 人・年。', 'contribution.individual_annual'))
      .toEqual([
        ['330800', 'resident', 2025, 'contribution.individual_annual', '在衢高校大学生 一档', 300],
        ['330800', 'resident', 2025, 'contribution.individual_annual', '在衢高校大学生 二档', 610],
      ]);
  });

  it('reads a free group (个人缴费标准为0元) and a plain group label (普通人群:…)', () => {
    expect(keyed('2025年衢州居民医保', '特困人员、孤儿个人缴费标准为0元/年。', 'contribution.individual_annual'))
      .toEqual([['330800', 'resident', 2025, 'contribution.individual_annual', '特困人员、孤儿', 0]]);
    expect(keyed('2025年衢州居民医保', '普通人群:个人缴费标准为390元/年。', 'contribution.individual_annual'))
      .toEqual([['330800', 'resident', 2025, 'contribution.individual_annual', '普通人群', 390]]);
    expect(keyed('2025年衢州居民医保', '个人缴费0元的情形另行通知。', 'contribution.individual_annual')).toEqual([]);
  });
});

describe('contribution.total_annual: totals are not shares', () => {
  it('reads 总缴费金额, 总费用 and 总缴费标准 as the total', () => {
    expect(keyed('2025年衢州居民医保', '财政补贴标准不低于690元/人,总缴费金额相当于每人1080元。', 'contribution.total_annual'))
      .toEqual([['330800', 'resident', 2025, 'contribution.total_annual', '', 1080]]);
    expect(keyed('2025年衢州居民医保', '个人缴费390元/年,财政补贴690元/年,总费用1080元。', 'contribution.total_annual'))
      .toEqual([['330800', 'resident', 2025, 'contribution.total_annual', '', 1080]]);
  });

  it('reads a share stated as the sum of its parts as the total (N元(即个人A元+补助B元))', () => {
    expect(facts('2026年度衢州居民医保', '集中缴费期外参保的个人缴费标准提高至1120元(即个人缴费410元+原政府补助710元)。'))
      .toContainEqual(['330800', 'resident', 2026, 'contribution.total_annual', '', 1120]);
    expect(keyed('2025年衢州居民医保', '居民医保个人筹资标准为每人每年1150元,包括政府补助及个人缴费两部分。', 'contribution.individual_annual')).toEqual([]);
  });

  it('reads what a late payer pays in full as the total, not the share', () => {
    const read = facts('2025年衢州居民医保', '2025年7月31日以后缴纳当年居民医保费用的,个人缴费标准为1150元。');
    expect(read).toContainEqual(['330800', 'resident', 2025, 'contribution.total_annual', '', 1150]);
    expect(read.filter((f) => f[3] === 'contribution.individual_annual')).toEqual([]);
  });
});

describe('tables flattened into one line', () => {
  it('reads each row of a group table under its header (类别 个人缴费(元) 财政补助(元) 备注 …)', () => {
    const read = facts('2025年衢州居民医保', '类别 个人缴费(元) 财政补助(元) 说明 普通居民 390 690 全年享受 低保对象 90 990 需民政证明 中小学生 210 870 凭学籍');
    expect(read).toEqual([
      ['330800', 'resident', 2025, 'contribution.individual_annual', '普通居民', 390],
      ['330800', 'resident', 2025, 'contribution.subsidy_annual', '普通居民', 690],
      ['330800', 'resident', 2025, 'contribution.individual_annual', '低保对象', 90],
      ['330800', 'resident', 2025, 'contribution.subsidy_annual', '低保对象', 990],
      ['330800', 'resident', 2025, 'contribution.individual_annual', '中小学生', 210],
      ['330800', 'resident', 2025, 'contribution.subsidy_annual', '中小学生', 870],
    ]);
  });

  it('reads base bounds per row for every place a row lists, and the base between them as the wage', () => {
    const read = facts('2024年度江西社保缴费基数', '档次 地区 缴费基数月标准(元) 缴费基数上限(元) 缴费基数下限(元) 第1档 南昌市 7000 21000 4200 第2档 九江市、赣州市 6500 19500 3900');
    expect(read).toContainEqual(['360100', 'employee', 2024, 'contribution.base_max_monthly', '第1档', 21000]);
    expect(read).toContainEqual(['360400', 'employee', 2024, 'contribution.base_min_monthly', '第2档', 3900]);
    expect(read).toContainEqual(['360700', 'employee', 2024, 'contribution.base_min_monthly', '第2档', 3900]);
    expect(read.filter((f) => f[3] === 'contribution.base_monthly')).toEqual([]);
    expect(read).toContainEqual(['360100', 'employee', 2024, 'wage.average_monthly', '', 7000]);
  });

  it('does not read a sentence with figures as a table', () => {
    expect(facts('2025年衢州居民医保', '缴费 标准 说明 今年 2025 起 执行 以后 2026 另行 通知')).toEqual([]);
  });
});

describe('values that are something else', () => {
  it('reads only the product of a share of a rate (费率8%的70%即5.6%), not a part in brackets', () => {
    expect(keyed('2021年株洲灵活就业医保', '株洲市灵活就业人员缴费比例:按单位缴费费率9%的60%即5.4%的比例缴费。', 'contribution.rate'))
      .toEqual([['430200', 'flexible', 2021, 'contribution.rate', '', 0.054]]);
    expect(keyed('2025年梧州职工医保', '梧州市职工医保单位缴费比例:6%(含生育保险0.5%)。', 'contribution.rate'))
      .toEqual([['450400', 'employee', 2025, 'contribution.rate', '单位', 0.06]]);
  });

  it('does not read a fee of a few hundred yuan as a monthly base', () => {
    expect(keyed('2022年襄阳灵活就业医保', '襄阳市灵活就业人员以上年度月平均工资作为缴费基数,并按规定缴纳9元大额医疗保险费。', 'contribution.base_monthly')).toEqual([]);
  });

  it('does not read a yearly sum or a reference value as the monthly payment', () => {
    expect(keyed('2025年丽江灵活就业医保', '丽江市灵活就业人员月缴费金额为 410.5元,全年累计缴费金额为 4926元。', 'contribution.monthly_amount'))
      .toEqual([['530700', 'flexible', 2025, 'contribution.monthly_amount', '', 410.5]]);
    expect(keyed('2022年湘潭职工医保', '湘潭市月缴费基准值:6010元', 'contribution.monthly_amount')).toEqual([]);
  });

  it('does not give the subsidy clause to the individual share before it', () => {
    expect(facts('2025年庆阳居民医保', '缴费标准:人均个人缴费标准为390元(国家规定的最低标准),财政按人均不低于680元的标准补助。')
      .filter((f) => f[3] === 'contribution.individual_annual')).toEqual([['621000', 'resident', 2025, 'contribution.individual_annual', '', 390]]);
  });
});

describe('scope: years and periods that are not the rule\'s', () => {
  it('does not take the year of a baseline (在2019年的基础上) for the value', () => {
    expect(keyed('池州居民医保', '2021年,全市城乡居民医保个人缴费标准在2020年的基础上新增40元,达到每人每年320元。', 'contribution.individual_annual'))
      .toEqual([['341700', 'resident', 2021, 'contribution.individual_annual', '', 320]]);
  });

  it('does not read the benefit period as a payment window', () => {
    expect(keyed('2025年酒泉居民医保', '在集中缴费期内缴费的,从次年的1月1日至12月31日享受医保报销待遇。', 'enrollment.window')).toEqual([]);
  });
});

describe('lapse.grace_months and retirement years: look-alikes', () => {
  it('does not read a move between schemes as a grace', () => {
    expect(keyed('2025年大理居民医保', '除新生儿、职工医保断保3个月内转居民医保人员外,未在集中缴费期参保的设置待遇等待期。', 'lapse.grace_months')).toEqual([]);
  });

  it('does not read years someone is close to (接近30年) as the requirement', () => {
    expect(facts('2025年儋州灵活就业医保', '如果临近退休,医保累计缴费年限接近规定年限,如男性接近 28 年、女性接近 22 年,可一次性补缴。')
      .filter((f) => String(f[3]).startsWith('retirement.'))).toEqual([]);
  });
});

describe('totals by arithmetic, and years in brackets', () => {
  it('reads a bare standard that is the sum of the share and the subsidy as the total', () => {
    const read = facts('2025年衢州居民医保', ['个人缴费:每人每年390元。', '财政补助:不低于690元/人。', '零星缴费标准:1080元/人·年'].join('\n'));
    expect(read).toContainEqual(['330800', 'resident', 2025, 'contribution.total_annual', '', 1080]);
    expect(read.filter((f) => f[5] === 1080 && f[3] !== 'contribution.total_annual')).toEqual([]);
  });

  it('does not let a year in brackets scope the value after them', () => {
    expect(keyed('2025年日喀则居民医保', '收入低于监测标准1.5倍(2024年为9000元)的脱贫人口,按最高档次的60%给予资助,即个人缴纳150元。', 'contribution.individual_annual'))
      .toEqual([['540200', 'resident', 2025, 'contribution.individual_annual', '脱贫人口', 150]]);
  });

  it('does not read an account sum (= A元 + B元 = C元) as a resident share', () => {
    expect(keyed('2025年钦州医保', '医保个人账户每月划入金额 = 单位缴费 + 个人缴费 = 70元 + 70元 = 140元。', 'contribution.individual_annual')).toEqual([]);
  });

  it('names the group of a noun clause two clauses back (…人口,定额补助N元,个人缴费M元)', () => {
    expect(keyed('2025年固原居民医保', '对重点优抚对象、低保对象和突发严重困难人口,定额补助280元,个人缴费50元。', 'contribution.individual_annual'))
      .toEqual([['640400', 'resident', 2025, 'contribution.individual_annual', '重点优抚对象、低保对象和突发严重困难人口', 50]]);
  });

  it('does not read a switch between schemes as a grace in any grace wording', () => {
    expect(keyed('2025年克拉玛依医保', '参保人在职工医保和居民医保间切换参保关系的,中断缴费时间不超过3个月的,视为连续参保。', 'lapse.grace_months')).toEqual([]);
  });
});

describe('enrollment.window and enrollment.late_window named by the caption above them', () => {
  it('reads a bare period under a caption line (集中缴费时间: / - 2024年9月1日至2025年2月25日)', () => {
    const text = ['集中缴费时间:', '- 2024年9月1日至2025年2月20日。', '非集中缴费期:', '- 2025年3月1日至12月31日。'].join('\n');
    const read = facts('2025年德宏居民医保缴费时间', text);
    expect(read).toContainEqual(['533100', 'resident', 2025, 'enrollment.window', '', { start: '2024-09-01', end: '2025-02-20' }]);
    expect(read).toContainEqual(['533100', 'resident', 2025, 'enrollment.late_window', '', { start: '2025-03-01', end: '2025-12-31' }]);
  });

  it('reads a labelled period (时间范围:…) under a numbered heading (一、集中征缴期 / 二、零星征缴期)', () => {
    const text = ['一、集中征缴期', '时间范围 :2024年9月20日至2025年2月28日', '二、零星征缴期', '时间范围 :2025年3月1日至2025年12月31日'].join('\n');
    const read = facts('2025年六盘水城乡居民医保', text);
    expect(read).toContainEqual(['520200', 'resident', 2025, 'enrollment.window', '', { start: '2024-09-20', end: '2025-02-28' }]);
    expect(read).toContainEqual(['520200', 'resident', 2025, 'enrollment.late_window', '', { start: '2025-03-01', end: '2025-12-31' }]);
  });

  it('reads a period after a line ending in a colon (…的集中缴费期为:)', () => {
    const text = ['2025年度城乡居民基本医疗保险费的集中缴费期为:', '2024年9月20日至2024年12月31日'].join('\n');
    expect(facts('2025年林芝居民医保', text)).toContainEqual(['540400', 'resident', 2025, 'enrollment.window', '', { start: '2024-09-20', end: '2024-12-31' }]);
  });
});

describe('confidence: readings known to be loose', () => {
  it('is below 0.8 for a share beside what someone else pays for the rest, when no group is named', () => {
    const [fact] = extractFacts({ title: '2025年淮安居民医保', text: '符合条件的人员个人缴费50元,其余350元由政府资助。' })
      .filter((f) => f.key === 'contribution.individual_annual');
    expect(fact.value).toBe(50);
    expect(fact.confidence).toBeLessThan(0.8);
  });

  it('reads a late payer\'s full payment including the subsidy as the total', () => {
    expect(keyed('2025年海东居民医保', '7月1日起缴费需全额自费(含财政补贴部分1080元)。', 'contribution.subsidy_annual')).toEqual([]);
  });

  it('does not read the benefit period named before its dates as a window', () => {
    expect(keyed('2024年廊坊居民医保', '待遇享受期:2024年1月1日至2024年12月31日。', 'enrollment.window')).toEqual([]);
  });
});

describe('hedges', () => {
  it('does not take 一般 in a group\'s name (一般居民) for a hedge', () => {
    const [fact] = extractFacts({ title: '2025年衢州居民医保', text: '一般居民个人缴费标准为每人每年390元。' });
    expect(fact).toMatchObject({ key: 'contribution.individual_annual', value: 390, hedged: false });
    expect(extractFacts({ title: '2025年衢州居民医保', text: '个人缴费标准一般为每人每年390元。' })[0]).toMatchObject({ hedged: true });
  });
});
