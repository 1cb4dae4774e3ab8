import { describe, expect, it } from 'vitest';
import { factRows, keyRows } from '../support/extract-rows';

/**
 * Constructions met on real excerpts (2026-12-04 sets), in our own sentences with other places
 * and figures.
 */
const rows = keyRows;

describe('an employee rate as a share of wages or of the base', () => {
  it('reads a payer named by a label before its rate (用人单位:按职工工资总额的N%缴纳)', () => {
    expect(rows('2024年衢州职工医保', '用人单位:按职工工资总额的7.5%缴纳。', 'contribution.rate')).toEqual([['330800', 2024, '用人单位', 0.075]]);
  });

  it('reads a payroll of the month (按当月全部职工工资总额的N%)', () => {
    const text = '各类企业按当月全部职工工资总额的9.5%缴纳医保费。';
    expect(rows('2024年莆田职工医保', text, 'contribution.rate').map((row) => row[3])).toEqual([0.095]);
  });

  it('reads 按照工资总额的N% with no owner of the wages', () => {
    expect(rows('2024年舟山职工医保', '单位按照工资总额的7%缴纳基本医疗保险费。', 'contribution.rate')).toEqual([['330900', 2024, '单位', 0.07]]);
  });

  it('reads a base with its meaning in brackets before 的N% (缴费基数(本人上年度月平均工资)的N%)', () => {
    const text = '在职职工:按本人缴费基数(即上一年度本人月平均工资)的2.5%缴纳医保费。';
    expect(rows('2024年南平职工医保', text, 'contribution.rate')).toEqual([['350700', 2024, '个人', 0.025]]);
  });
});

describe('an untitled excerpt and a fixed sum on top of a rate', () => {
  it('reads the year of an untitled excerpt from its first line written as a title (2022某市医保缴费比例)', () => {
    const text = ['', '2022宁德医疗保险缴费比例', '单位缴费标准', '用人单位按全部职工缴费工资基数之和的7.5%缴纳医疗保险费。'].join('\n');
    expect(factRows('', text).map((row) => [row[0], row[2], row[5]])).toEqual([['350900', 2022, 0.075]]);
  });

  it('reads 在职职工:缴费基数的N%+M元 as the employee\'s rate', () => {
    const text = '本地在职职工:缴费基数的2.5%+4元;退休人员:4元。';
    expect(rows('2022年宁德职工医保', text, 'contribution.rate')).toEqual([['350900', 2022, '个人', 0.025]]);
  });
});

describe('a notice that names no place, and a list of changes by group', () => {
  it('reads the province of a notice that names none from its document number (某医保规〔Y〕N号)', () => {
    const text = ['- 文件编号:', '- 闽医保规〔2026〕3号', '关于2027年本省城乡居民基本医疗保险有关事项的通知', '2027年城乡居民医保个人缴费标准为每人每年410元。'].join('\n');
    expect(rows('', text, 'contribution.individual_annual')).toEqual([['350000', 2027, '', 410]]);
  });

  it('reads each group\'s new figure in a list of changes (;乙从每人每年A元调整为B元)', () => {
    const text = '2027年起本市居民医保个人缴费有所调整:70周岁以上人员,个人缴费标准由每人每年500元调整为540元;60-69周岁人员由每人每年700元调整为760元。';
    expect(rows('2027年丽水居民医保', text, 'contribution.individual_annual').filter((row) => row[1] === 2027)).toEqual([
      ['331100', 2027, '70周岁以上人员', 540],
      ['331100', 2027, '60-69周岁人员', 760],
    ]);
  });
});

describe('resident groups', () => {
  it('reads a table row named by an age band (60-69岁 | N元/年, 19至59岁 | N元/年)', () => {
    const text = ['年龄段 | 缴费标准', '70岁以上 | 610元/年', '60-69岁 | 780元/年', '19至59岁 | 930元/年'].join('\n');
    expect(rows('2026年湖州居民医保', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['70岁以上', 610], ['60-69岁', 780], ['19至59岁', 930]]);
  });

  it('reads what a group pays with its name right before the verb (成年居民缴费N元)', () => {
    const text = '绍兴市同样如此,成年居民缴费470元,中小学生和婴幼儿缴费410元。';
    expect(rows('2027年度浙江城乡居民医保个人缴费标准', text, 'contribution.individual_annual')).toEqual([
      ['330600', 2027, '成年居民', 470],
      ['330600', 2027, '中小学生和婴幼儿', 410],
    ]);
  });

  it('reads no share from what a flexible worker pays in the same words', () => {
    expect(rows('2027年绍兴灵活就业人员医保', '灵活就业人员缴纳480元后可享受待遇。', 'contribution.individual_annual')).toEqual([]);
  });
});

describe('a flexible worker\'s monthly payment', () => {
  it('reads payments named by the account in brackets, under a flexible workers\' label that takes the employee insurance as yardstick', () => {
    const text = ['灵活就业人员', '参照职工医保标准执行,全部费用由本人承担,2027年每月缴费410.5元(不建个人账户)或520.8元(建账户)。'].join('\n');
    expect(rows('2027年大庆职工医保缴费', text, 'contribution.monthly_amount').map((row) => [row[0], row[2], row[3]])).toEqual([
      ['230600', '不建个人账户', 410.5],
      ['230600', '建账户', 520.8],
    ]);
    expect(factRows('2027年大庆职工医保缴费', text).map((row) => row[1])).toEqual(['flexible', 'flexible']);
  });
});

describe('the scheme of a flexible workers\' notice', () => {
  it('reads a notice under its issuer\'s line as the flexible workers\' when its title names them (某州医疗保障局 / 关于…灵活就业人员…的通告)', () => {
    const text = ['', '阿坝州医疗保障局', '关于2027年度灵活就业人员参加城镇职工', '基本医疗保险缴费的通知', '二、缴费标准', '统账结合:6100.20元/年,征缴费率8%,月缴费标准508.35元/月。'].join('\n');
    expect(factRows('', text).map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      ['513200', 'flexible', 'contribution.monthly_amount', '统账结合'],
      ['513200', 'flexible', 'contribution.rate', '统账结合'],
    ]);
  });

  it('reads 个人参加城镇职工医保 as the flexible scheme', () => {
    const text = ['2027年贵阳市个人参加城镇职工医保的相关标准:', '缴费基数 :60,000元/年(即5,000元/月)'].join('\n');
    expect(factRows('', text).map((row) => [row[1], row[3], row[5]])).toEqual([['flexible', 'contribution.base_monthly', 5000]]);
  });
});

describe('a base set to the whole wage, and a share a resident bears', () => {
  it('reads 缴费基数为…月平均工资,即N元/月 as the base and the wage', () => {
    const text = '灵活就业人员的月缴费基数为上一年度全省城镇单位就业人员月平均工资,即6950元/月。';
    expect(rows('2027年贵州职工医保缴费标准', text).map((row) => [row[1], row[3]])).toEqual([[2027, 6950], [2027, 6950]]);
    expect(factRows('2027年贵州职工医保缴费标准', text).map((row) => row[3])).toEqual(['contribution.base_monthly', 'wage.average_monthly']);
  });

  it('reads 个人自负N元 as the individual share, not a third subsidy', () => {
    const text = '2027年度,江阴市普通居民筹资标准为每人每年1420元,其中市及以上财政补贴590元,镇(街道)财政补贴350元,个人自负480元。';
    expect(rows('', text, 'contribution.individual_annual').map((row) => row[3])).toEqual([480]);
    expect(rows('', text, 'contribution.subsidy_annual').map((row) => row[3])).toEqual([590, 350]);
  });
});

describe('a flexible workers\' period and lapse rules', () => {
  it('reads a flexible workers\' central payment period named so as their window for that year', () => {
    const text = '本市灵活就业人员2027年职工医保集中缴费期为2027年1月5日至3月1日。';
    expect(factRows('2027年雅安灵活就业人员医保', text).map((row) => [row[1], row[2], row[3], row[5]])).toEqual([
      ['flexible', 2027, 'enrollment.window', { start: '2027-01-05', end: '2027-03-01' }],
    ]);
  });

  it('reads no window from a flexible worker\'s other periods (缴费周期…)', () => {
    expect(factRows('2027年雅安灵活就业人员医保', '灵活就业人员缴费周期为2027年1月1日至6月30日。').filter((row) => row[3] === 'enrollment.window')).toEqual([]);
  });

  it('reads an extra wait per lapsed year stated for flexible workers as theirs', () => {
    const text = '灵活就业人员断缴后,每多断缴1年,变动等待期增加1个月。';
    expect(factRows('2027年温州医保', text).map((row) => [row[1], row[3], row[5]])).toEqual([['flexible', 'waiting.per_lapsed_year_months', 1]]);
  });
});

describe('the year of a base named before the wage', () => {
  it('dates a rate by the year of the base the sentence opens with, not by when the rate came in (Y年缴费基数为…工资的80%,费率N%(Y-1年1月起执行))', () => {
    const text = '2027年缴费基数按湖南省上年度在岗职工月平均工资的70%确定,费率8.5%(2026年3月起执行);';
    expect(rows('长沙灵活就业医保', text, 'contribution.rate')).toEqual([['430100', 2027, '', 0.085]]);
  });

  it('still dates a base by the wage\'s year when the wage comes first (以本人Y年度月平均工资为缴费基数)', () => {
    const text = '以本人2026年度月平均工资为缴费基数,个人上年度月平均工资低于3600元的,以3600元作为缴费基数。';
    expect(rows('2027年昆明职工医保', text, 'contribution.base_min_monthly').map((row) => row[1])).toEqual([2027]);
  });
});

describe('dates and payroll beside a share', () => {
  it('reads no wait from a date after the wait (3个月等待期(7月1日后…))', () => {
    const text = '错过集中缴费期后仍可参保,但有3个月等待期(9月1日后参保需全额缴纳1110元)。';
    expect(rows('2027年株洲居民医保', text, 'waiting.fixed_months').map((row) => row[3])).toEqual([3]);
  });

  it('reads no resident share from an employee\'s part stated beside the employer\'s (个人缴费A元,公司缴费B元)', () => {
    const text = ['城乡居民医保个人缴费标准为每人每年400元。', '医疗保险每月:个人缴费168元,公司缴费672元。'].join('\n');
    expect(rows('2027年株洲居民医保', text, 'contribution.individual_annual').map((row) => row[3])).toEqual([400]);
  });
});

describe('a bare year in a sentence', () => {
  it('reads a year written bare before a place and the insurance, as titles write it (发布2023某市居民医保缴费标准)', () => {
    const text = '宜昌市医保局发布2023宜昌居民医保缴费标准,每人每年350元,比2022年度多30元。';
    expect(rows('2022年宜昌居民医保', text, 'contribution.individual_annual')).toEqual([['420500', 2023, '', 350]]);
  });

  it('reads no year from a bare figure before the insurance that is an amount (缴纳2000医保…)', () => {
    expect(rows('2022年宜昌居民医保', '全区3000多人参加居民医保,个人缴费标准为每人每年330元。', 'contribution.individual_annual').map((row) => row[1])).toEqual([2022]);
  });
});

describe('a group dated by an aside', () => {
  it('keeps the whole group before an aside that dates who it is (…18周岁以下人员(2005年12月31日24时后出生)个人缴费…)', () => {
    const text = '2024年四平市城乡居民医保成年人个人缴费标准为每人每年380元,中小学生及未满18周岁人员(2006年1月1日以后出生)个人缴费标准为每人每年250元。';
    expect(rows('2024年四平居民医保', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['成年人', 380], ['中小学生及未满18周岁人员', 250]]);
  });
});

describe('a period on two label lines, and a year\'s fee by group', () => {
  it('reads 开始时间:… and 截止时间:… closed by stops, under a heading that asks the payment time, as one window', () => {
    const text = ['一、杭州城乡居民医保缴费时间是多久', '开始时间:2026年11月10日;', '截止时间:2026年12月20日 。'].join('\n');
    expect(rows('2027年杭州居民医保', text, 'enrollment.window')).toEqual([['330100', 2027, '', { start: '2026-11-10', end: '2026-12-20' }]]);
  });

  it('reads a group\'s yearly fee (对于70周岁以上的居民,一年的费用为N元)', () => {
    const text = ['宁波城乡居民医保的缴费标准如下:', '对于65周岁以上的居民,一年的费用为600元;', '对于中小学生和婴幼儿来说,一年的费用而为270元。'].join('\n');
    expect(rows('2027年宁波居民医保', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['65周岁以上的', 600], ['中小学生和婴幼儿', 270]]);
  });
});

describe('a flexible workers\' notice naming groups for short', () => {
  const text = '1、未达法定退休年龄的灵活就业参保人员(简称在职人员),以我市上年度全口径城镇单位就业人员月平均工资6500元为缴费基数,按9%的比例缴纳2027年度职工基本医疗保险缴费(月缴费标准为585元,即7020元/年)。';

  it('reads the rate and the month\'s payment of a group named by a condition on retirement age, as the flexible scheme\'s', () => {
    const facts = factRows('2027年邯郸灵活就业人员社保缴费标准', text);
    expect(facts.map((row) => [row[1], row[3], row[5]])).toEqual([
      ['flexible', 'contribution.base_monthly', 6500],
      ['flexible', 'contribution.monthly_amount', 585],
      ['flexible', 'contribution.rate', 0.09],
    ]);
  });

  it('names the group by the short name the text gives it, and reads no month\'s payment from its yearly restatement', () => {
    expect(rows('2027年邯郸灵活就业人员社保缴费标准', text, 'contribution.monthly_amount').map((row) => [row[2], row[3]])).toEqual([['在职人员', 585]]);
  });
});

describe('a flexible worker in the employee insurance, beside long-term care', () => {
  const text = '2027年7月1日起,灵活就业人员参加职工医保(含长期护理保险),月缴费基数为4600元,其中:职工医保费按10%的费率缴纳,月缴费金额为460元;长期护理保险费参照用人单位职工按0.3%的比例缴纳,由个人负担部分按0.15%比例缴纳。';

  it('reads the insurance named again after the flexible worker joins it as the one they pay (其中:职工医保费按N%)', () => {
    expect(factRows('2027年泉州灵活就业人员医保', text).map((row) => [row[1], row[3], row[5]])).toEqual([
      ['flexible', 'contribution.base_monthly', 4600],
      ['flexible', 'contribution.monthly_amount', 460],
      ['flexible', 'contribution.rate', 0.1],
    ]);
  });

  it('reads no medical rate from the long-term care cover\'s part of the sentence', () => {
    expect(rows('2027年泉州灵活就业人员医保', text, 'contribution.rate').map((row) => row[3])).toEqual([0.1]);
  });

  it('reads the national subsidy named so (加上国家补贴的N元)', () => {
    expect(rows('2027年度南宁居民医保', '个人缴费标准为420元/人/年,此外,加上国家补贴的720元。', 'contribution.subsidy_annual').map((row) => row[3])).toEqual([720]);
  });
});

describe('rates named by the account their payers get', () => {
  it('reads 按N%缴费的(不)建立个人账户 as the rate of that choice', () => {
    const text = '德令哈市灵活就业人员可按缴费基数的7.5%或4%缴费;按4%缴费的不建立个人帐户。';
    expect(rows('2027年德令哈灵活就业人员医保', text, 'contribution.rate').filter((row) => row[2]).map((row) => [row[2], row[3]])).toEqual([['不建立个人帐户', 0.04]]);
  });

  it('does not carry an account choice over a bare comma to the next rate (…建立个人账户,按4%缴费的不建立…)', () => {
    const text = '灵活就业人员:费率可选9%或5%,其中按9%缴费的建立个人账户,按5%缴费的不建立个人账户。';
    const named = rows('2027年淄博医保', text, 'contribution.rate').filter((row) => /账户/.test(String(row[2]))).map((row) => [row[2], row[3]]);
    expect(named).toEqual([['建立个人账户', 0.09], ['不建立个人账户', 0.05]]);
  });
});

describe('a quoted group heading a round-up item', () => {
  it('names each place\'s share by the quoted group opening the item (4.“非从业居民”甲区、乙区…N元/人,丙市…M元/人)', () => {
    const text = '4.“非从业居民”鼓楼区、玄武区个人缴费标准为980元/人,溧水区、高淳区个人缴费标准为760元/人。';
    expect(rows('2027年南京居民医保', text, 'contribution.individual_annual').map((row) => [row[0], row[2], row[3]])).toEqual([
      ['320106', '非从业居民', 980], ['320102', '非从业居民', 980], ['320117', '非从业居民', 760], ['320118', '非从业居民', 760],
    ]);
  });
});

describe('a remark in brackets about when something began', () => {
  it('dates only the remark, not the figures after it (…(2020年1月1日起,两项保险合并…),按…的1%缴纳)', () => {
    // (A guard: on this sentence the reader dated the figures right before the change too; the page that showed
    // the fault is not ours to copy.)
    const text = '用人单位按全部职工缴费工资基数之和的9.2%缴纳医疗和生育保险费(2026年1月1日起,两项保险合并实施,费率不变),另按缴费工资基数之和的0.8%缴纳大额医疗费用互助资金。';
    expect(rows('2027年北京职工医保缴费比例', text, 'contribution.rate').map((row) => [row[1], row[3]])).toEqual([[2027, 0.092], [2027, 0.008]]);
  });
});

describe('a page\'s chrome before an untitled excerpt', () => {
  it('takes no place from a short first line that names nothing of insurance (某地景点门票预约指南)', () => {
    const text = ['', '厦门海洋馆门票预约指南', '2023-01-31', '1.职工医保按宁波市规定的费率和个人缴费基数缴纳。', '2026年缴费基数上限:21000元'].join('\n');
    expect(factRows('', text).map((row) => [row[0], row[3], row[5]])).toEqual([['330200', 'contribution.base_max_monthly', 21000]]);
  });
});

describe('where parts of a rate go', () => {
  it('reads no rate from the parts a rate is split into by where they go (N%(A%入统筹基金,B%入个人账户))', () => {
    expect(rows('2027年邢台灵活就业人员医保', '灵活就业人员缴费比例9%(7%入统筹基金,2%入个人账户)。', 'contribution.rate').map((row) => row[3])).toEqual([0.09]);
  });
});

describe('a group\'s share and the subsidy after it', () => {
  it('reads 补助标准为每人N元 after a group\'s own figure as that group\'s subsidy, its name without the bullet', () => {
    const text = ['★其他参保人员:每人560元,补助标准为每人810元。', '★在校学生:每人410元,补助标准为每人930元。'].join('\n');
    expect(rows('2027年佛山居民医保缴费标准', text).map((row) => [row[2], row[3]])).toEqual([
      ['其他参保人员', 560], ['其他参保人员', 810], ['在校学生', 410], ['在校学生', 930],
    ]);
    expect(factRows('2027年佛山居民医保缴费标准', text).map((row) => row[3])).toEqual([
      'contribution.individual_annual', 'contribution.subsidy_annual', 'contribution.individual_annual', 'contribution.subsidy_annual',
    ]);
  });
});

describe('payers\' rates by grade', () => {
  it('names a payer\'s rate under a grade\'s label by the grade and the payer (一档:单位N%,个人M%)', () => {
    const text = ['缴费比例', '一档:单位5.5%,个人2%', '二档:单位0.7%,个人0.2%'].join('\n');
    expect(rows('2027年珠海医保缴费比例', text, 'contribution.rate').map((row) => [row[2], row[3]])).toEqual([
      ['一档 单位', 0.055], ['一档 个人', 0.02], ['二档 单位', 0.007], ['二档 个人', 0.002],
    ]);
  });
});

describe('figures of other things', () => {
  it('reads no resident share from a cap of benefits (统筹基金年累计最高支付限额为15万元)', () => {
    const text = ['城乡居民医保个人缴费标准为每人每年400元。', '住院待遇:统筹基金全年最高付费额统一为20万元。'].join('\n');
    expect(rows('2027年海口居民医保', text, 'contribution.individual_annual').map((row) => row[3])).toEqual([400]);
  });

  it('reads no medical rate from other insurances listed in the clause (其他险种(如失业、工伤…)单位缴费率分别为…)', () => {
    const text = '单位缴费费率:7%。其余险种(如失业、工伤、生育保险)单位缴费率分别为0.8%、0.4%、0%。';
    expect(rows('2027年三亚职工医保', text, 'contribution.rate').map((row) => row[3])).toEqual([0.07]);
  });
});

describe('a group named after the scheme', () => {
  it('keeps the scheme word that ends the group\'s name (…居民基本医疗保险成年居民缴费标准为N元)', () => {
    const text = '2027年度淄博市居民基本医疗保险成年居民缴费标准为460元。';
    expect(rows('2027年淄博居民医保', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['成年居民', 460]]);
  });
});
