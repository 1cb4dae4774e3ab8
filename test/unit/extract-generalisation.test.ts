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
  it('reads only the product of a share of a rate (费率8%的70%即5.6%); a part in brackets is only the maternity part', () => {
    expect(keyed('2021年株洲灵活就业医保', '株洲市灵活就业人员缴费比例:按单位缴费费率9%的60%即5.4%的比例缴费。', 'contribution.rate'))
      .toEqual([['430200', 'flexible', 2021, 'contribution.rate', '', 0.054]]);
    // LABELLING: maternity insurance merged into the medical rate is a part of its own where the text states it.
    expect(keyed('2025年梧州职工医保', '梧州市职工医保单位缴费比例:6%(含生育保险0.5%)。', 'contribution.rate'))
      .toEqual([['450400', 'employee', 2025, 'contribution.rate', '单位', 0.06], ['450400', 'employee', 2025, 'contribution.rate', '生育保险', 0.005]]);
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
    expect(facts('2025年宜宾灵活就业医保', '快到退休年龄的,若职工医保累计年限已差不多够了,比如男性接近 27 年、女性接近 21 年,可以一次补足。')
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
    expect(keyed('2025年哈密医保', '因工作变动切换参保关系(职工医保与居民医保之间)的人员,中断缴费时间不超过2个月的,按连续参保认定。', 'lapse.grace_months')).toEqual([]);
  });
});

describe('enrollment.window and enrollment.late_window named by the caption above them', () => {
  it('reads a bare period under a caption line (集中缴费时间: / - D1至D2)', () => {
    const text = ['集中缴费时间:', '- 2024年9月16日至2025年2月14日。', '非集中缴费期:', '- 2025年2月15日至12月25日。'].join('\n');
    const read = facts('2025年楚雄居民医保缴费时间', text);
    expect(read).toContainEqual(['532300', 'resident', 2025, 'enrollment.window', '', { start: '2024-09-16', end: '2025-02-14' }]);
    expect(read).toContainEqual(['532300', 'resident', 2025, 'enrollment.late_window', '', { start: '2025-02-15', end: '2025-12-25' }]);
  });

  it('reads a labelled period (时间范围:…) under a numbered heading (一、集中征缴期 / 二、零星征缴期)', () => {
    const text = ['一、集中征缴期', '时间范围 :2024年10月8日至2025年3月20日', '二、零星征缴期', '时间范围 :2025年3月21日至2025年12月26日'].join('\n');
    const read = facts('2025年安顺城乡居民医保', text);
    expect(read).toContainEqual(['520400', 'resident', 2025, 'enrollment.window', '', { start: '2024-10-08', end: '2025-03-20' }]);
    expect(read).toContainEqual(['520400', 'resident', 2025, 'enrollment.late_window', '', { start: '2025-03-21', end: '2025-12-26' }]);
  });

  it('reads a period after a line ending in a colon (…的集中缴费期为:)', () => {
    const text = ['本地2025年度居民医保费用的集中缴费期为:', '2024年10月9日至2024年12月24日'].join('\n');
    expect(facts('2025年甘孜居民医保', text)).toContainEqual(['513300', 'resident', 2025, 'enrollment.window', '', { start: '2024-10-09', end: '2024-12-24' }]);
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
    expect(keyed('2026年沧州居民医保', '参保人员的待遇享受期:2026年1月1日至2026年12月31日。', 'enrollment.window')).toEqual([]);
  });
});

describe('hedges', () => {
  it('does not take 一般 in a group\'s name (一般居民) for a hedge', () => {
    const [fact] = extractFacts({ title: '2025年衢州居民医保', text: '一般居民个人缴费标准为每人每年390元。' });
    expect(fact).toMatchObject({ key: 'contribution.individual_annual', value: 390, hedged: false });
    expect(extractFacts({ title: '2025年衢州居民医保', text: '个人缴费标准一般为每人每年390元。' })[0]).toMatchObject({ hedged: true });
  });
});

// ---------------------------------------------------------------------------------------------
// Look-alikes and constructions seen on a set of real pages nobody tuned on (issue 11, third pass).
// Sentences of our own: other places, other figures.

const withConfidence = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.key, f.variant ?? '', f.value, f.confidence]);

describe('worked cases and examples are not rules', () => {
  it('does not read a numbered case (【案例1】居民王五…) as the waiting rule', () => {
    expect(keyed('2025年岳阳居民医保', '【案例2】居民王五未参加2025年居民医保,2026年参保缴费,设置4个月待遇等待期。', 'waiting.fixed_months')).toEqual([]);
  });

  it('does not read sums under a heading of worked examples (四、示例计算), but keeps a place named under 例如', () => {
    const text = '一、缴费比例\n单位缴费比例:7.5%\n四、示例计算\n若某职工缴费基数为8,000元:\n- 单位月缴费 :8,000元 × (7.5% + 1%) = 680元\n- 个人月缴费 :8,000元 × 2% = 160元';
    expect(facts('2024年岳阳职工医保缴费标准', text).filter((f) => f[3] === 'contribution.monthly_amount')).toEqual([]);
    const places = '缴费标准因地而异,例如:\n-\n岳阳市 :月缴费341.5元';
    expect(keyed('2025年灵活就业医保缴费', places, 'contribution.monthly_amount').map((f) => f[5])).toEqual([341.5]);
  });

  it('does not take figures conditioned on a rate (单位缴费8%时,月缴N元) for the rule', () => {
    expect(keyed('2024年岳阳职工医保', '单位缴费8%时,下限月缴461.2元。', 'contribution.monthly_amount')).toEqual([]);
  });

  it('rates the result of a worked sum below 0.8', () => {
    const read = withConfidence('2024年岳阳灵活就业医保', '每月缴费金额 = 4100元 × 9% = 369元。').filter((f) => f[0] === 'contribution.monthly_amount');
    expect(read.map((f) => f[2])).toEqual([369]);
    expect(read[0][3]).toBeLessThan(0.8);
  });

  it('reads the example after 例如 as that place\'s rule even when the usual practice before it is hedged', () => {
    const read = facts('2024年灵活就业人员医保缴费金额', '多数地区采用固定基数,例如湖南按4200元/月基数,缴费比例为8%。');
    expect(read).toContainEqual(['430000', 'flexible', 2024, 'contribution.base_monthly', '', 4200]);
    expect(read).toContainEqual(['430000', 'flexible', 2024, 'contribution.rate', '', 0.08]);
  });
});

describe('contribution.subsidy_annual: parts and aid are not the subsidy', () => {
  it('does not read each level\'s part (中央财政补助N元、省财政补助M元,县(市)财政补助K元) as the subsidy', () => {
    const text = '岳阳市居民医保财政补助标准为每人每年700元。其中中央财政补助430元、省财政补助60元,市财政补助110元、县(市)财政补助100元。';
    expect(keyed('2025年岳阳居民医保', text, 'contribution.subsidy_annual').map((f) => f[5])).toEqual([700]);
  });

  it('does not read a city\'s help with one group\'s share (个人缴费部分由市财政补助N元) as the subsidy, and reads what the group pays', () => {
    const read = facts('2025年株洲居民医保', '在株高校大学生按普通居民标准参保,其中个人缴费部分由市财政补助30元/人,个人实际缴纳370元/人。');
    expect(read.filter((f) => f[3] === 'contribution.subsidy_annual')).toEqual([]);
    expect(read.filter((f) => f[3] === 'contribution.individual_annual').map((f) => [f[4], f[5]])).toEqual([['在株高校大学生', 370]]);
  });

  it('does not read aid to groups (政府资助:低保对象N元…) as the subsidy', () => {
    expect(keyed('2025年岳阳居民医保', '政府资助 :低保对象30元、低保边缘家庭成员90元', 'contribution.subsidy_annual')).toEqual([]);
  });
});

describe('contribution.individual_annual: other covers and groups', () => {
  it('does not read the fee of another cover (长期护理保险费:每人每年N元) as the share', () => {
    const text = '二、缴费标准\n-\n个人缴费金额 :每人每年390元。\n-\n长期护理保险费 :每人每年15元。';
    expect(keyed('2025年岳阳居民医保', text, 'contribution.individual_annual').map((f) => f[5])).toEqual([390]);
  });

  it('names a group stated as such in the clause before (…学生作为特殊参保群体,参加居民医保个人缴费标准为…)', () => {
    const text = '驻岳大中专院校全日制在校学生作为特殊参保群体,参加居民医保个人缴费标准为每人每年370元。';
    expect(keyed('2025年岳阳居民医保', text, 'contribution.individual_annual'))
      .toEqual([['430600', 'resident', 2025, 'contribution.individual_annual', '驻岳大中专院校全日制在校学生', 370]]);
  });

  it('names a long list of groups by its first (参保居民中本市低保对象、…及…人员,个人缴费标准为N元)', () => {
    const text = '参保居民中本市低保对象、城乡特困人员、孤儿、事实无人抚养儿童、烈属、重点优抚对象、低收入家庭人员、丧失劳动能力的残疾居民以及纳入监测范围的易返贫致贫人员、脱贫不稳定人员及突发严重困难人员,个人缴费标准为180元。';
    expect(keyed('2026年度岳阳居民医保', text, 'contribution.individual_annual').map((f) => [f[4], f[5]])).toEqual([['低保对象', 180]]);
  });

  it('keeps only the group\'s reading of a value stated once bare and once for a named group', () => {
    const text = '岳阳居民医保个人缴费标准为成人420元/年。\n- 普通成年居民:420元/年';
    expect(keyed('2025年岳阳居民医保', text, 'contribution.individual_annual').map((f) => [f[4], f[5]])).toEqual([['普通成年居民', 420]]);
  });
});

describe('contribution.rate, base and monthly amount: look-alikes and payroll wordings', () => {
  it('reads the longest key phrase before a value (最低缴费基数 is the lower bound, not the base)', () => {
    const text = '2024年湖南灵活就业人员的缴费基数上下限为:\n- 最低缴费基数:4100.5元/月\n- 最高缴费基数:20502.5元/月。';
    const read = facts('2024年湖南灵活就业医保', text).map((f) => [f[3], f[5]]);
    expect(read).toEqual([['contribution.base_min_monthly', 4100.5], ['contribution.base_max_monthly', 20502.5]]);
  });

  it('does not read how a rate is split between funds (其中N%进入统筹基金,M%划入个人账户) as rates', () => {
    const read = keyed('2024年湖南灵活就业医保', '缴费比例为10%,其中7%进入统筹基金,3%划入个人账户。', 'contribution.rate');
    expect(read.map((f) => f[5])).toEqual([0.1]);
  });

  it('reads a bare 比例 and 月缴 in a payroll text (比例8%对应月缴336元), not in a resident one', () => {
    const read = facts('2024年湖南灵活就业医保', '湖南缴费基数为4200元/月,比例8%对应月缴336元。');
    expect(read).toContainEqual(['430000', 'flexible', 2024, 'contribution.rate', '', 0.08]);
    expect(read).toContainEqual(['430000', 'flexible', 2024, 'contribution.monthly_amount', '', 336]);
    expect(keyed('2025年湖南居民医保', '住院报销比例为70%,门诊比例为50%。', 'contribution.rate')).toEqual([]);
  });

  it('does not read a few yuan a month for a supplementary cover, or an account\'s part, as the monthly payment', () => {
    expect(keyed('2024年湖南职工医保', '大额医疗保险 :个人每月缴纳3元,单位缴纳6元。', 'contribution.monthly_amount')).toEqual([]);
    expect(keyed('2024年湖南职工医保', '个人账户月缴金额为88.2元。', 'contribution.monthly_amount')).toEqual([]);
  });
});

describe('enrollment.window: phases, deadlines and look-alikes', () => {
  it('reads a window stated in phases (第一阶段/第二阶段) as one window', () => {
    const text = '集中缴费期\n-\n第一阶段 :2024年9月6日—2024年11月15日\n-\n第二阶段 :2024年12月2日—2024年12月27日';
    expect(keyed('2025年衡阳居民医保缴费时间', text, 'enrollment.window'))
      .toEqual([['430400', 'resident', 2025, 'enrollment.window', '', { start: '2024-09-06', end: '2024-12-27' }]]);
  });

  it('reads the window beside a monthly payment slot in another clause (每月1日至25日为缴费时段)', () => {
    const text = '邵阳居民医保个人缴费每人每年380元,缴费时间为2023年9月12日至2023年12月22日,每月3日至24日为缴费时段。';
    expect(keyed('邵阳居民医保缴费标准', text, 'enrollment.window'))
      .toEqual([['430500', 'resident', 2024, 'enrollment.window', '', { start: '2023-09-12', end: '2023-12-22' }]]);
  });

  it('reads a period in which one must enrol (2025年度参保需在…内完成) as the window', () => {
    const text = '截止安排:办理2025年度居民医保,参保须在2024年9月18日至12月23日内完成。';
    expect(keyed('常德2025年居民医保缴费时间', text, 'enrollment.window'))
      .toEqual([['430700', 'resident', 2025, 'enrollment.window', '', { start: '2024-09-18', end: '2024-12-23' }]]);
  });

  it('does not read usual practice without a year, or a spring period under a window caption, as the window', () => {
    expect(keyed('2025年湖南居民医保', '集中参保期通常为每年9月至12月,逾期补缴可能影响待遇。', 'enrollment.window')).toEqual([]);
    const text = '一、2025年集中缴费时间\n-\n岳阳地区特殊调整\n- 缴费时间 :2025年4月至6月,每月1日至25日办理。';
    expect(keyed('2025年居民医保集中缴费时间', text, 'enrollment.window')).toEqual([]);
  });

  it('reads a period labelled as delayed enrolment (延迟参保缴费期:…) as the late window', () => {
    const text = '1. 集中参保缴费期\n- 集中参保缴费期:即日起至2024年12月底\n- 延迟参保缴费期:2025年1月1日至3月31日,自缴清费用的次月起享受待遇。';
    expect(keyed('2025年岳阳居民医保', text, 'enrollment.late_window').map((f) => f[5]))
      .toEqual([{ start: '2025-01-01', end: '2025-03-31' }]);
  });
});

describe('waiting.per_lapsed_year_months: the lapse named first', () => {
  it('reads 断保每多1年增加1个月 and 连续断缴1年增加1个月变动待遇等待期', () => {
    expect(keyed('2025年益阳居民医保', '未按期参保的先设2个月固定等待期,断保每多1年增加2个月等待期。', 'waiting.per_lapsed_year_months').map((f) => f[5])).toEqual([2]);
    expect(keyed('2025年岳阳居民医保', '首次参保人员:固定待遇等待期3个月,连续断缴1年增加1个月变动待遇等待期。', 'waiting.per_lapsed_year_months').map((f) => f[5])).toEqual([1]);
  });
});

describe('layouts: lone list markers, pipe tables, headings that name the topic', () => {
  it('reads a line after a lone marker (`-` then the text) as an item under the caption item above it', () => {
    const text = '二、城乡居民医保\n- 2024年参保时间\n-\n缴费标准为:非在校未成年人/成年居民430元/年。\n- 2025年参保时间\n-\n缴费标准调整为:非在校未成年人/成年居民445元/年。';
    const read = keyed('岳阳市医疗保险的缴费时间', text, 'contribution.individual_annual').map((f) => [f[2], f[5]]);
    expect(read).toEqual([[2024, 430], [2025, 445]]);
  });

  it('takes a list\'s key from the caption item above lone-marker lines (- 财政补助标准 / - / 低档:…)', () => {
    const text = '一、缴费标准\n- 个人缴费标准\n-\n低档 :每人每年390元\n-\n高档 :每人每年980元\n- 财政补助标准\n-\n低档 :每人每年690元';
    const read = facts('2025年岳阳市居民医保缴费标准', text).map((f) => [f[3], f[4], f[5]]);
    expect(read).toContainEqual(['contribution.subsidy_annual', '低档', 690]);
    expect(read).not.toContainEqual(['contribution.individual_annual', '低档', 690]);
    expect(read).toContainEqual(['contribution.individual_annual', '高档', 980]);
  });

  it('reads a pipe table whose rows name the key and whose header names the groups', () => {
    const text = '| 对比项 | 普通居民 | 困难群体(低保/特困) |\n|---|---|---|\n| 个人缴费金额 | 390元 | 0元(全额代缴) |\n| 财政补贴金额 | ≥690元 | ≥1080元 |';
    const read = facts('2025年湖南省居民医保', text).filter((f) => f[3] === 'contribution.subsidy_annual').map((f) => [f[4], f[5]]);
    expect(read).toEqual([['普通居民', 690], ['困难群体(低保/特困)', 1080]]);
  });

  it('reads bare bounds under a heading about the base (二、缴费基数调整内容 / 缴费上限调整为…,下限调整为…)', () => {
    const text = '二、缴费基数调整内容\n  1. 职工医保\n    • 缴费上限调整为26,400元,下限调整为4,620元。';
    const read = facts('2025湖南医保调整基数', text).map((f) => [f[3], f[5]]);
    expect(read).toEqual([['contribution.base_max_monthly', 26400], ['contribution.base_min_monthly', 4620]]);
    expect(keyed('2025湖南医保', '二、缴费基数调整内容\n  • 住院报销上限为30万元。', 'contribution.base_max_monthly')).toEqual([]);
  });

  it('reads a resident figure stated as the sum of two parts as the total (N元(A元+B元))', () => {
    expect(keyed('2025年湖南省居民医保缴费标准', '总待遇额度 :合计达到1090元(390元+700元)。\n人均额度为1090元(390元+700元)。', 'contribution.total_annual').map((f) => f[5]))
      .toEqual([1090]);
  });

  it('names the payer of a rate list from a numbered heading (一、单位缴费比例 / 医疗保险:N%)', () => {
    const text = '一、单位缴费比例\n-\n医疗保险 :7.5%\n二、个人缴费比例\n-\n医疗保险 :2%';
    expect(keyed('2024年湖南省职工医保缴费标准', text, 'contribution.rate').map((f) => [f[4], f[5]])).toEqual([['单位', 0.075], ['个人', 0.02]]);
  });
});

describe('look-alikes found by probing wordings pages commonly use', () => {
  it('does not read another cover\'s yearly fee (大病保险筹资标准为每人每年N元) or a part set aside (其中N元用于大病保险) as a share or total', () => {
    const read = facts('2025年岳阳居民医保', '大病保险筹资标准为每人每年62元。个人缴费390元,其中有15元用于大病保险。').map((f) => [f[3], f[5]]);
    expect(read).toEqual([['contribution.individual_annual', 390]]);
  });

  it('does not take a year compared with (与2024年度持平) for the value\'s year', () => {
    expect(keyed('2025年岳阳居民医保', '2025年度居民医保个人缴费标准与2024年度持平,均为每人每年390元。', 'contribution.individual_annual').map((f) => [f[2], f[5]]))
      .toEqual([[2025, 390]]);
  });

  it('does not name a variant after the scheme\'s fee (居民医保费用:N元/年)', () => {
    expect(keyed('2025年岳阳居民医保', '居民医保费用:390元/年;商业补充保险:89元/年。', 'contribution.individual_annual').map((f) => [f[4], f[5]])).toEqual([['', 390]]);
  });

  it('names the tier after a colon, not the whole lead (居民医保分为两档:一档个人缴费N元)', () => {
    expect(keyed('2025年岳阳居民医保', '居民医保分为两档:一档个人缴费390元,报销比例50%;二档个人缴费790元。', 'contribution.individual_annual').map((f) => [f[4], f[5]]))
      .toEqual([['一档', 390], ['二档', 790]]);
  });

  it('does not read a household\'s sum (家庭3口人需缴纳N元) as a share', () => {
    expect(keyed('2025年岳阳居民医保', '个人缴费390元/年,家庭3口人需缴纳1170元。', 'contribution.individual_annual').map((f) => f[5])).toEqual([390]);
  });

  it('reads only the medical insurance\'s rate in a list of insurances (养老保险…16%,医疗保险8%,失业保险0.5%)', () => {
    expect(keyed('2024年岳阳职工医保', '养老保险缴费比例16%,医疗保险7.5%,失业保险0.5%。', 'contribution.rate').map((f) => f[5])).toEqual([0.075]);
  });

  it('drops a worked sum on a round base (8000×10.5% = 840元) but keeps one on a stated base', () => {
    expect(keyed('2024年岳阳职工医保', '单位缴费:9000×10.5% = 945元', 'contribution.monthly_amount')).toEqual([]);
    expect(keyed('2024年岳阳灵活就业医保', '每月缴费金额 = 4211.5元 × 9% = 379.04元', 'contribution.monthly_amount').map((f) => f[5])).toEqual([379.04]);
  });

  it('reads a short line stating a value as a statement, not a heading that would end the section of its place', () => {
    const read = keyed('2025年湖南居民医保', '一、长沙市\n个人缴费410元\n二、岳阳市\n个人缴费390元', 'contribution.individual_annual').map((f) => [f[0], f[5]]);
    expect(read).toEqual([['430100', 410], ['430600', 390]]);
  });
});

describe('payroll wordings: the base, the rate on it and what a month costs', () => {
  it('reads a base worked out from the wage (基数为 6800元/月×60%=4080元/月) and one named as the standard of the base', () => {
    expect(keyed('2025年岳阳灵活就业医保', '灵活就业人员基数为 6900元/月×60%=4140元/月 。', 'contribution.base_monthly').map((f) => f[5])).toEqual([4140]);
    const text = '按上一年度全省城镇单位就业人员平均工资的62%作为缴费基数,2026年标准为 4385元/月 。';
    const read = facts('2026年郴州灵活就业医保', text).map((f) => [f[3], f[5]]);
    expect(read).toEqual([['contribution.base_monthly', 4385]]);
  });

  it('reads the rate on the base as the sum of its parts, and about so much a month, each named by its section (统账结合方式)', () => {
    const text = '一、缴费方式\n-\n单建统筹方式\n按2025年月缴费基数的8%缴纳,每月约331.2元,不设个人账户。\n-\n统账结合方式\n按2025年月缴费基数的8%+2%缴纳,每月约414元,其中2%(82.8元)进入个人账户。';
    const read = facts('2025年岳阳灵活就业人员医保缴费标准', text).map((f) => [f[3], f[4], f[5]]);
    expect(read).toEqual([
      ['contribution.monthly_amount', '单建统筹', 331.2],
      ['contribution.rate', '单建统筹', 0.08],
      ['contribution.monthly_amount', '统账结合', 414],
      ['contribution.rate', '统账结合', 0.1],
    ]);
  });

  it('reads enrolling in the employee scheme on one\'s own account (以个人身份参加职工医保) as the flexible scheme', () => {
    expect(keyed('2025年岳阳医保', '2025年,以个人身份参加职工医保的缴费基数为4300元/月。', 'contribution.base_monthly').map((f) => f[1])).toEqual(['flexible']);
  });

  it('reads a monthly payment with another cover\'s fee added on (N元/月+M元大额医疗保险费/月)', () => {
    // The cover's own fee is a monthly payment named by the cover (extract-employee-flexible.test.ts).
    expect(keyed('2022年岳阳灵活就业医保', '综上,缴费标准为:396.5元/月+8元大额医疗保险费/月', 'contribution.monthly_amount').map((f) => [f[4], f[5]]))
      .toEqual([['', 396.5], ['大额医疗保险费', 8]]);
  });

  it('does not give a yearly standard after a base clause to the base (…基数为 N元(M元/月),一档缴费标准为 K元/年)', () => {
    const text = '按年度缴费的缴费基数为 52800 元(4400 元 / 月),一档缴费标准为 2640 元 / 年・人。';
    expect(keyed('2025年岳阳灵活就业医保', text, 'contribution.base_monthly').map((f) => f[5])).toEqual([4400]);
  });

  it('reads 缴费标准:每人每年N元 under a group\'s heading (二、少儿医保(0-18周岁)) as that group\'s share', () => {
    const text = '一、普通居民\n-\n缴费标准 :每人每年390元\n二、少儿医保(0-18周岁)\n-\n缴费标准 :每人每年340元';
    expect(keyed('2025年岳阳市城乡居民医保个人缴费标准', text, 'contribution.individual_annual').map((f) => [f[4], f[5]]))
      .toEqual([['普通居民', 390], ['少儿医保', 340]]);
  });
});

describe('changes: what a payroll figure was before', () => {
  it('does not state what a payroll rate or bound was before a change (上限从N元提高至M元), only what it is', () => {
    const read = facts('2024年岳阳灵活就业医保', '2024年基数调整后,上限从原来的23800元提高至24150元。单位缴费费率从7%提高到7.5%。').map((f) => [f[3], f[2], f[5]]);
    expect(read).toEqual([['contribution.base_max_monthly', 2024, 24150], ['contribution.rate', 2024, 0.075]]);
  });

  it('still states a resident share\'s value before a change as the year before\'s', () => {
    expect(facts('2025年岳阳居民医保', '财政补助由650元增至680元。').map((f) => [f[3], f[2], f[5]]))
      .toEqual([['contribution.subsidy_annual', 2024, 650], ['contribution.subsidy_annual', 2025, 680]]);
  });
});

describe('waiting.tiers: a tier starting from the Nth month', () => {
  it('reads 补缴后3个月起享受 as a tier starting three months on', () => {
    const text = '中断缴费30天内补缴的,从补缴次月起享受待遇;超过30天不超过90天的,补缴后2个月起享受;超过90天的,4个月后享受。';
    expect(keyed('2025年岳阳职工医保断缴', text, 'waiting.tiers').map((f) => f[5])).toEqual([[
      { maxLapseDays: 30, startOffsetMonths: 1 },
      { maxLapseDays: 90, startOffsetMonths: 2 },
      { maxLapseDays: null, startOffsetMonths: 4 },
    ]]);
  });
});

describe('payroll parts named with their rate in brackets, and a resident\'s yearly payment', () => {
  it('reads 统账结合(A%+B%),缴费金额为N元;单建统筹(C%),缴费金额为M元 as each part\'s rate and monthly payment', () => {
    const text = '本市灵活就业人员参加医保可选两种比例:统账结合(6%+2%),缴费金额为369.6元;单建统筹(4.5%),缴费金额为207.9元。';
    const read = facts('2024年永州灵活就业参保人医保缴费标准', text).map((f) => [f[3], f[4], f[5]]);
    expect(read).toEqual([
      ['contribution.monthly_amount', '统账结合', 369.6],
      ['contribution.monthly_amount', '单建统筹', 207.9],
      ['contribution.rate', '统账结合', 0.08],
      ['contribution.rate', '单建统筹', 0.045],
    ]);
    expect(keyed('2024年永州灵活就业医保', '全年缴费金额为4435.2元。', 'contribution.monthly_amount')).toEqual([]);
  });

  it('reads what a group pays a year (普通居民年度缴费N元) as its share in a resident text', () => {
    expect(keyed('2025年岳阳城乡居民医保集中缴费截止时间', '普通居民年度缴费390元,财政补助700元。', 'contribution.individual_annual').map((f) => f[5])).toEqual([390]);
  });
});

describe('wage.average_*: the statistical year and the province', () => {
  it('gives a wage labelled with its own year (2023年度…平均工资) that year, and a 全省 wage to the province', () => {
    const read = facts('2024年怀化职工医保', '2023年度全省全口径城镇单位就业人员年平均工资为81,240元,职工医保缴费基数上下限随之公布。');
    expect(read.filter((f) => f[3] === 'wage.average_annual').map((f) => [f[0], f[2], f[5]])).toEqual([['430000', 2023, 81240]]);
  });
});

describe('the year before, named as such', () => {
  it('gives a value said to be last year\'s (上一年为N元, 去年是N元) the year before', () => {
    const read = keyed('2025年岳阳居民医保', '2025年岳阳居民医保缴费标准:390元/人/年(上一年为370元/人/年)。', 'contribution.individual_annual').map((f) => [f[2], f[5]]);
    expect(read).toEqual([[2025, 390], [2024, 370]]);
  });
});

describe('one person\'s wage and clauses about choosing', () => {
  it('does not read what is paid on one person\'s wage (职工月工资5000元,单位每月缴纳400元) as the rule', () => {
    expect(keyed('2025年岳阳职工医保', '职工月工资6000元,单位每月缴纳480元,个人每月缴纳120元。', 'contribution.monthly_amount')).toEqual([]);
  });

  it('does not name a variant after a clause about choosing (…可选择两档缴费:一档…)', () => {
    const text = '灵活就业人员可选择两档缴费:一档按基数的5%缴纳,月缴215元;二档按基数的8%缴纳,月缴344元。';
    expect(keyed('2025年岳阳灵活就业人员医保缴费标准', text, 'contribution.monthly_amount').map((f) => [f[4], f[5]])).toEqual([['一档', 215], ['二档', 344]]);
  });
});

describe('enrollment.window: a start and an end each with its own verb', () => {
  it('reads …于A开始,B截止 as the window', () => {
    expect(keyed('2026年岳阳居民医保', '2026年度城乡居民医保集中参保缴费工作将于2025年9月10日开始,2025年12月26日截止。', 'enrollment.window').map((f) => [f[2], f[5]]))
      .toEqual([[2026, { start: '2025-09-10', end: '2025-12-26' }]]);
  });
});
