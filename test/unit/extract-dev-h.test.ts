import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';
import { factRows, keyRows } from '../support/extract-rows';

/**
 * Constructions met on real excerpts, in our own sentences with other places and figures: a
 * subsidy per head, a subsidy before its words, a campaign's start and how long it lasts, a rise in
 * years before the years it comes to, a lapse per calendar year, a short bracket in a group's name.
 */
const rows = keyRows;

describe('the resident subsidy', () => {
  it('reads 居民医保人均补助不低于N元 as the subsidy', () => {
    expect(rows('2025年通化居民医保缴费', '2024年居民医保人均补助不低于660元。', 'contribution.subsidy_annual')).toEqual([['220500', 2024, '', 660]]);
  });

  it('reads a subsidy stated before its words (可享受不低于N元的财政补助)', () => {
    expect(rows('2025年鹤岗居民医保缴费', '集中缴费期内参保的,每人可享受不低于690元的财政补助,个人仅需缴纳410元。', 'contribution.subsidy_annual')).toEqual([['230400', 2025, '', 690]]);
  });

  it('reads no subsidy from aid stated the same way (可享受N元的政府资助)', () => {
    expect(rows('2025年鹤岗居民医保缴费', '低保对象每人可享受300元的政府资助。', 'contribution.subsidy_annual')).toEqual([]);
  });
});

describe('a campaign and how long it lasts', () => {
  it('reads 于A正式启动,集中缴费期持续至B as the window', () => {
    const text = '我市2027年度城乡居民基本医疗保险参保缴费工作于9月20日正式启动,集中缴费期持续至12月25日。';
    expect(rows('赤峰2027年度城乡居民医保开始缴费', text, 'enrollment.window')).toEqual([['150400', 2027, '', { start: '2026-09-20', end: '2026-12-25' }]]);
  });
});

describe('years and lapses', () => {
  it('passes over a rise in years for the years it comes to (男职工提高了N年,需要缴满M年)', () => {
    const text = '在职工医疗保险缴费年限方面,过去要累计缴满20年。调整以后,男职工提高了5年,需要缴满25年;女职工仍为20年。';
    expect(rows('2023年抚顺职工医保缴费年限', text, 'retirement.min_years_male')).toEqual([['210400', 2023, '', 25]]);
  });

  it('reads an extra wait per calendar year lapsed (每断保1个自然年,等待期增加N个月)', () => {
    expect(rows('2026年江门居民医保', '每断保1个自然年,基础等待期增加2个月。', 'waiting.per_lapsed_year_months')).toEqual([['440700', 2026, '', 2]]);
  });
});

describe('a group\'s name', () => {
  it('keeps a bracket of a character or two that is part of the name (未入学(托)的儿童)', () => {
    const text = '未入学(托)的儿童2019年度个人缴费标准为150元/人·年。';
    expect(rows('2019年泰州居民医保', text, 'contribution.individual_annual')).toEqual([['321200', 2019, '未入学(托)的儿童', 150]]);
  });
});

describe('parts and question headings', () => {
  it('names a payer\'s rate under a label of a part by the part (生育保险:…单位缴费N%)', () => {
    const text = ['缴费比例', '-', '单位缴费 :8.5%', '-', '生育保险 :包含在职工医保中,单位缴费0.5%。'].join('\n');
    expect(rows('2025年宁波职工医保缴费标准', text, 'contribution.rate').map((row) => [row[2], row[3]])).toEqual([['单位', 0.085], ['生育保险 单位', 0.005]]);
  });

  it('takes no group from a heading that asks a question (今年医疗保险交多少钱,农村)', () => {
    const text = ['今年医疗保险交多少钱,农村', '2021年个人缴费标准达到每人每年280元。'].join('\n');
    expect(rows('', text, 'contribution.individual_annual').map((row) => row[2])).toEqual(['']);
  });
});

describe('a flexible worker\'s rate named by its account', () => {
  it('reads rates named by the account in brackets after them (分为A%(建立个人账户)和B%(不设个人账户))', () => {
    const text = '灵活就业人员缴费分为8%(建立个人账户)和4.5%(不设个人账户)两个档。';
    expect(rows('2024年烟台灵活就业医保', text, 'contribution.rate').map((row) => [row[2], row[3]])).toEqual([['建立个人账户', 0.08], ['不设个人账户', 0.045]]);
  });

  it('reads a rate after the account choice it is for (无个人账户的按照N%缴纳; 建立个人账户,即按N%)', () => {
    const text = ['无个人账户的按照4.5%缴纳;', '建立个人账户,即按8%月缴费额为:5000元×8%=400元。'].join('\n');
    expect(rows('2024年烟台灵活就业医保', text, 'contribution.rate').map((row) => [row[2], row[3]])).toEqual([['无个人账户', 0.045], ['建立个人账户', 0.08]]);
  });
});

describe('a round-up\'s lists', () => {
  it('reads a list of places\' deadlines under a caption of the window\'s ends as windows with no start', () => {
    const text = ['一、各地缴费截止时间', '各地已公布2027年度集中缴费期截止时间,具体如下:', '1、柳州市:2026年12月31日', '2、贺州市:2027年2月底', '3、钦州市:延长至2027年3月15日'].join('\n');
    expect(rows('2027年城乡居民医保缴费截止时间汇总', text, 'enrollment.window')).toEqual([
      ['450200', 2027, '', { start: null, end: '2026-12-31' }],
      ['451100', 2027, '', { start: null, end: '2027-02-28' }],
      ['450700', 2027, '', { start: null, end: '2027-03-15' }],
    ]);
  });

  it('reads a place\'s bare figure per person under a caption of the share, past an intro that mentions aid', () => {
    const text = ['二、居民医保缴费标准', '个人缴费标准因年龄、身份及是否享受资助政策而不同,以下为已公开的标准:', '1、广西柳州市:成年居民420元/人;学生390元/人', '2、广西贺州市:410元/人'].join('\n');
    expect(rows('2027年城乡居民医保缴费标准汇总', text, 'contribution.individual_annual')).toEqual([
      ['450200', 2027, '成年居民', 420], ['450200', 2027, '学生', 390], ['451100', 2027, '', 410],
    ]);
  });
});

describe('a wage, its hedges and the year it serves', () => {
  it('files a wage that sets a later year\'s base under that year (按Y1年…平均工资N元计算,确定Y2年…基数)', () => {
    const text = '按照云南省统计部门提供的2022年全省全口径城镇单位就业人员年平均工资85000元计算,确定2023年全省职工医保缴费基数上限21250元。';
    expect(rows('2023年昆明职工医保缴费基数', text, 'wage.average_annual')).toEqual([['530000', 2023, '', 85000]]);
  });

  it('does not hedge a wage by a hedge in a later comma clause (工资为N元,因此基数通常为…)', () => {
    const text = '2024年广西全口径城镇单位就业人员月平均工资为7200元,因此缴费基数通常为该工资的60%-300%。';
    expect(factRows('2025年南宁灵活就业医保', text).filter((row) => row[3] === 'wage.average_monthly')).toHaveLength(1);
    const [fact] = extractFacts({ title: '2025年南宁灵活就业医保', text }).filter((f) => f.key === 'wage.average_monthly');
    expect(fact.hedged).toBe(false);
  });

  it('takes no group from words holding another figure (分别为A元/月(甲)和B元/月)', () => {
    const text = '持有低保边缘家庭证的灵活就业人员,个人缴费标准减半,分别为230元/月(常规人员)和150元/月。';
    expect(factRows('2025年杭州灵活就业医保', text).map((row) => row[4]).filter((v) => /\d/.test(v))).toEqual([]);
  });
});

describe('a kind of employer as a group', () => {
  it('names the bounds under a label of a kind of employer by it (企业单位职工:月缴费基数最低为A元,最高为B元)', () => {
    expect(rows('2018年营口职工医保', '企业单位职工:月缴费基数最低为2500元,最高为12500元;', 'contribution.base_min_monthly')).toEqual([['210800', 2018, '企业单位职工', 2500]]);
  });
});

describe('label lines under a line naming their subject', () => {
  it('scopes 下限:/上限: lines by the line above that ends on the base, its year included', () => {
    const text = ['1、缴费基数', '重庆市2024年度城镇企业职工医疗保险参保职工社保缴费基数 。', '下限:4200元', '上限:21000元'].join('\n');
    expect(rows('2025重庆城镇医保个人缴费', text)).toEqual([
      ['500000', 2024, '', 4200], ['500000', 2024, '', 21000],
    ]);
    expect(factRows('2025重庆城镇医保个人缴费', text).map((row) => row[3])).toEqual(['contribution.base_min_monthly', 'contribution.base_max_monthly']);
  });

  it('drops the close of a headline\'s bracket from a tier\'s name (【…】二档N元)', () => {
    expect(factRows('2025年重庆城乡居民医保', '【2025重庆居民医保缴费】二档800元/人。').map((row) => row[4]).filter((v) => v.startsWith('】'))).toEqual([]);
  });
});

describe('a flexible worker\'s base and account', () => {
  it('reads the month figure in brackets taken as the base, and files the wage under the base\'s year', () => {
    const text = '2022年城镇职工医疗保险灵活就业人员以2021年全省全口径城镇单位就业人员平均工资为90000元/年(7500元/月)作为缴费基数。';
    const got = rows('2022年银川灵活就业人员医保缴费基数调整', text);
    expect(got).toContainEqual(['640100', 2022, '', 7500]);
    expect(factRows('2022年银川灵活就业人员医保缴费基数调整', text).filter((row) => row[3] === 'wage.average_annual').map((row) => row[2])).toEqual([2022]);
  });

  it('keeps the flexible scheme for a rate named by the employee insurance\'s account (不建立职工医保个人帐户,即按N%)', () => {
    const text = '2022年城镇职工医保灵活就业人员缴费金额定为:不建立职工医保个人帐户,即按4.5%月缴费额为:7500元×4.5%=337.5元/月。';
    expect(factRows('2022年银川灵活就业人员医保', text).filter((row) => row[3] === 'contribution.rate').map((row) => [row[1], row[4], row[5]]))
      .toEqual([['flexible', '不建立职工医保个人帐户', 0.045]]);
  });
});

describe('dates, payments and reach', () => {
  it('reads a day with no 日 before a dash to a dated end (A年11月16—B年3月31日)', () => {
    expect(rows('2022年遵义居民医保', '集中征缴期:2021年11月16—2022年3月31日。', 'enrollment.window')).toEqual([['520300', 2022, '', { start: '2021-11-16', end: '2022-03-31' }]]);
  });

  it('reads a month\'s payment named by the insurance with 为 before the figure (月缴纳职工基本医疗保险费为N元)', () => {
    expect(rows('2024年天津灵活就业医保', '个人存档的灵活就业人员月缴纳职工基本医疗保险费为520.8元。', 'contribution.monthly_amount').map((row) => row[3])).toEqual([520.8]);
  });

  it('reads the reach of a back-payment counted with the current month (可补缴含当月不超过N个月)', () => {
    expect(rows('2025年吐鲁番灵活就业医保', '灵活就业人员可申请补缴含当月不超过6个月的职工医疗保险费用。', 'backpay.max_lookback_months')).toEqual([['650400', 2025, '', 6]]);
  });
});

describe('bounds and bounded payments', () => {
  it('reads one base stated as two figures as its ceiling and floor (基数调整为A元和B元)', () => {
    const text = '天津市2024年度职工基本医疗保险的月缴费基数自2024年7月起调整为 28000元 和 5600元 。';
    expect(factRows('2024年天津医保缴费基数', text).map((row) => [row[3], row[5]])).toEqual([
      ['contribution.base_min_monthly', 5600], ['contribution.base_max_monthly', 28000],
    ]);
  });

  it('names the lowest and highest payment by their own words (最低缴费金额:…, 最高缴费金额:…)', () => {
    const text = ['最低缴费金额:3950.5元 × 6% = 237.03元', '最高缴费金额:19752.5元 × 6% = 1185.15元'].join('\n');
    expect(factRows('2024年保定灵活就业医保', text).filter((row) => row[3] === 'contribution.monthly_amount').map((row) => [row[4], row[5]]))
      .toEqual([['最低缴费金额', 237.03], ['最高缴费金额', 1185.15]]);
  });
});

describe('an untitled round-up about the share', () => {
  it('reads a tier list inline under its first heading naming the share, no title (某市实行分档缴费,一档A元、二档B元)', () => {
    const text = ['', '2027城乡居民医保缴费标准各地差异', '2027年城乡居民医保缴费标准因地而异。', '一、各地执行情况', '1、南宁实行分档缴费,一档420元、二档800元。'].join('\n');
    expect(rows('', text, 'contribution.individual_annual')).toEqual([['450100', 2027, '一档', 420], ['450100', 2027, '二档', 800]]);
  });

  it('files a rule the national agency states under the country when no place is named', () => {
    expect(rows('', '国家医疗保障局明确2027年城乡居民医保个人缴费最低标准为每人每年420元。', 'contribution.individual_annual')).toEqual([['100000', 2027, '', 420]]);
  });
});

describe('a payment of an account choice', () => {
  it('names the month\'s payment in a clause an account choice opens by that choice', () => {
    const text = '2020年灵活就业人员缴费金额定为:不建立职工医保个人账户,即按4.5%月缴费额为:6512.5元×4.5%=293.06元;建立职工医保个人账户,即按8%月缴费额为:6512.5元×8%=521元。';
    expect(factRows('2020年海东灵活就业人员医保', text).filter((row) => row[3] === 'contribution.monthly_amount').map((row) => [row[4], row[5]]))
      .toEqual([['不建立职工医保个人账户', 293.06], ['建立职工医保个人账户', 521]]);
  });
});

describe('a payroll rate cut for a span', () => {
  it('reads the rate a cut makes, dated by the span it is in force over (自Y年1月1日至12月31日,…缴费率降低一个百分点,由规定的A%调整为B%)', () => {
    const text = '自2025年1月1日至12月31日,用人单位职工基本医疗保险缴费率降低一个百分点,由规定的8%调整为7%。';
    expect(factRows('泉州阶段性降低职工医保费率', text).map((row) => [row[1], row[2], row[4], row[5]])).toEqual([['employee', 2025, '用人单位', 0.07]]);
  });

  it('reads 职工基本医保 as the employee insurance and names its payer\'s part without it', () => {
    const text = '2023年3月起,职工基本医保单位缴费费率由9%降为8%,个人缴费费率2%不变。';
    expect(factRows('2023年扬州职工医保', text).map((row) => [row[1], row[4], row[5]])).toEqual([['employee', '单位', 0.08], ['employee', '个人', 0.02]]);
  });
});

describe('an employee\'s own rate of last year\'s wage', () => {
  it('reads 职工按本人上一年月平均工资的N%按月缴纳 as the 个人 part', () => {
    expect(factRows('2022年唐山职工医保', '职工按本人上一年月平均工资的2%按月缴纳基本医疗保险费。').map((row) => [row[4], row[5]])).toEqual([['个人', 0.02]]);
  });
});

describe('references, windows and bare standards', () => {
  it('takes no scheme from the reference a value is measured from (灵活就业人员…在单位职工医保缴费率基础上降低1个百分点,缴费率为N%)', () => {
    const text = '2023年7月1日起,我市灵活就业人员参加职工医保,在单位职工医保缴费率(7.5%+2%)基础上降低1个百分点,缴费率为8.5%。';
    expect(factRows('2023年常州灵活就业医保', text).filter((row) => row[5] === 0.085).map((row) => row[1])).toEqual(['flexible']);
  });

  it('reads a payment period followed by a bracket of the year it buys as the window (集中缴费期:A-B(享受Y全年待遇))', () => {
    expect(rows('惠州居民医保2026', '• 集中缴费期:2025年9月1日-12月28日(享受2026全年待遇)', 'enrollment.window')).toEqual([['441300', 2026, '', { start: '2025-09-01', end: '2025-12-28' }]]);
  });

  it('reads a 集中征收期 as the window', () => {
    expect(rows('克拉玛依2023年居民医保', '2023年我市城乡居民医保费集中征收期是2022年10月至2023年1月。', 'enrollment.window')).toEqual([['650200', 2023, '', { start: '2022-10-01', end: '2023-01-31' }]]);
  });

  it('reads a bare standard of a few hundred yuan on a resident page as the share, not one beside a subsidy', () => {
    expect(rows('三亚新生儿居民医保', '2021年缴费标准为320元。', 'contribution.individual_annual')).toEqual([['460200', 2021, '', 320]]);
    expect(rows('三亚新生儿居民医保', '2021年财政补助后缴费标准为320元。', 'contribution.individual_annual')).toEqual([]);
  });
});

describe('another cover\'s share', () => {
  it('reads no medical share from the long-term care insurance\'s own (居民长期护理保险个人缴费标准为N元)', () => {
    const text = '我市城乡居民长期护理保险2023年度个人缴费标准为15元。2023年度城乡居民医保个人缴费标准为380元。';
    expect(rows('2023年包头居民医保', text, 'contribution.individual_annual').map((row) => row[3])).toEqual([380]);
  });
});

describe('a share and the year a rise is counted from', () => {
  it('files a share under its own year, not the year a rise is counted from (每人每年N元,比Y年度高M元)', () => {
    expect(rows('2022宜昌居民医保缴费标准', '宜昌市医保局公布2022年宜昌居民医保缴费标准,每人每年320元,比2021年度高30元。', 'contribution.individual_annual')).toEqual([['420500', 2022, '', 320]]);
  });
});

describe('a share before its words', () => {
  it('reads 按N元/人·年标准缴费 in the window as the share, not the full payment of a late period', () => {
    const text = ['集中征缴期:2025年9月20日至2026年2月28日,按410元/人·年标准缴费。', '普通群众:2026年3月1日至2026年9月30日期间参保,按1110元/人·年标准缴费。'].join('\n');
    expect(rows('2026年安顺居民医保', text, 'contribution.individual_annual')).toEqual([['520400', 2026, '', 410]]);
  });
});

describe('payroll bounds and payers in notices', () => {
  it('reads bounds after a quoted rule that computes by a share (第十二条“…按60%计算”等规定,…上限为A元/月,下限为B元/月)', () => {
    const text = '根据第十二条“职工个人工资收入低于上年度平均工资60%的,按60%计算”等规定,2025年度北海市职工基本医疗保险缴费基数上限为21000元/月,缴费基数下限为4200元/月。';
    expect(factRows('北海市医疗保障局通知', text).map((row) => [row[3], row[5]])).toEqual([
      ['contribution.base_max_monthly', 21000], ['contribution.base_min_monthly', 4200],
    ]);
  });

  it('files a wage that the bounds of a later year are adjusted by under that year (…月平均工资为N元,调整我市Y年度…基数上下限)', () => {
    const text = '结合省下发的清远市2023年度全口径城镇单位就业人员月平均工资为7500元,调整我市2025年度职工基本医疗保险缴费基数上下限。';
    expect(factRows('清远市调整职工医保缴费基数', text).filter((row) => row[3] === 'wage.average_monthly').map((row) => row[2])).toEqual([2025]);
  });

  it('names a payer without the modal after it (用人单位应当按…, 在职职工个人应当按…)', () => {
    const text = '在职职工个人应当按其缴费基数2%的比例缴纳基本医疗保险费。用人单位应当按其缴费基数9%的比例缴纳基本医疗保险费。';
    expect(factRows('2021年天津职工医保缴费比例', text).map((row) => [row[4], row[5]])).toEqual([['个人', 0.02], ['用人单位', 0.09]]);
  });
});
