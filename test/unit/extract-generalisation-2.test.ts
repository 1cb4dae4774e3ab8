import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * More constructions of real pages the rules were not tuned on (a second unseen set), each pinned
 * with a sentence of our own: other places, other figures, grouped by the key or scope they state.
 */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const keyed = (title: string, text: string, key: string) => facts(title, text).filter((f) => f[3] === key);
const keys = (title: string, text: string) => facts(title, text).map((f) => `${f[1]} ${f[2]} ${f[3]} ${f[4]} ${JSON.stringify(f[5])}`.replace(/\s+/g, ' '));

describe('years: which year a figure is for', () => {
  it('does not take a year compared against (较2024年上涨N元至M元), except for its own figure (比2024年的N元)', () => {
    expect(keyed('宜昌居民医保', '2025年个人缴费较2024年上涨30元至410元,财政补助同步增至700元。', 'contribution.individual_annual'))
      .toEqual([['420500', 'resident', 2025, 'contribution.individual_annual', '', 410]]);
    expect(keyed('宜昌居民医保', '2025年个人缴费较2024年上涨30元至410元,财政补助同步增至700元。', 'contribution.subsidy_annual'))
      .toEqual([['420500', 'resident', 2025, 'contribution.subsidy_annual', '', 700]]);
    expect(keyed('宜昌居民医保', '2025年宜昌居民个人缴费标准为每人每年410元,比2024年的380元增加了30元。', 'contribution.individual_annual'))
      .toEqual([
        ['420500', 'resident', 2025, 'contribution.individual_annual', '', 410],
        ['420500', 'resident', 2024, 'contribution.individual_annual', '', 380],
      ]);
  });

  it('does not take the year of the wage a base is a share of (2024年全省平均工资的60%,即N元)', () => {
    expect(keyed('绵阳灵活就业医保', '2025年7月1日起,绵阳市灵活就业人员的缴费基数标准为2024年全省平均工资的60%,即4300元/月。', 'contribution.base_monthly'))
      .toEqual([['510700', 'flexible', 2025, 'contribution.base_monthly', '', 4300]]);
  });
});

describe('schemes: flexible workers in the employee scheme', () => {
  it('reads 参加职工医保的灵活就业人员 and 以个人身份参保 as the flexible scheme', () => {
    expect(keyed('2025年绍兴医保', '参加绍兴市职工医保的灵活就业人员,每月缴费基数为4100元。', 'contribution.base_monthly'))
      .toEqual([['330600', 'flexible', 2025, 'contribution.base_monthly', '', 4100]]);
    expect(keyed('2025年绍兴医保', '职工医保:以个人身份参保的缴费基数为每月4800元。', 'contribution.base_monthly'))
      .toEqual([['330600', 'flexible', 2025, 'contribution.base_monthly', '', 4800]]);
  });

  it('keeps a list of employee and flexible rates apart (单位职工…,个人承担2%;灵活就业人员按N%全额缴纳)', () => {
    const read = keys('2025年九江医保', '基数在上年度全市职工月均工资60%到300%的区间内确定;单位职工需缴纳9%(含生育保险0.6%),个人承担2%,单位承担7%;灵活就业人员按9%全额缴纳。')
      .filter((f) => f.includes('contribution.rate'));
    expect(read).toEqual(expect.arrayContaining([
      'employee 2025 contribution.rate 职工 0.09', 'employee 2025 contribution.rate 个人 0.02',
      'employee 2025 contribution.rate 单位 0.07', 'flexible 2025 contribution.rate 0.09',
      // (and the maternity part the employee rate includes, LABELLING's convention)
      'employee 2025 contribution.rate 生育保险 0.006',
    ]));
    expect(read).toHaveLength(5);
  });

  it('reads 职工一档 as the employee scheme and a rate or base stated for residents as theirs', () => {
    expect(keyed('2025年灵活就业人员医保', '职工一档医保单位缴费比例为5.5%。', 'contribution.rate'))
      .toEqual([['100000', 'employee', 2025, 'contribution.rate', expect.stringMatching(/单位$/), 0.055]]);
    expect(keyed('2025年东莞医保', '我市职工医保缴费基数下限为4800元;居民医保缴费基数按6100元/月的标准计算。', 'contribution.base_monthly'))
      .toEqual([['441900', 'resident', 2025, 'contribution.base_monthly', '', 6100]]);
  });
});

describe('contribution.monthly_amount, base and rate of the payroll schemes', () => {
  it('reads 缴费标准为每人每月N元 as a payroll monthly payment, and 缴费基数和划账基数 as the base', () => {
    expect(keys('2025年绍兴灵活就业人员医保', '灵活就业人员每月缴费基数和划账基数为4100元,缴费标准为每人每月389.5元。'))
      .toEqual(['flexible 2025 contribution.base_monthly 4100', 'flexible 2025 contribution.monthly_amount 389.5']);
  });

  it('reads no monthly base from a yearly figure, nor from the sums of people making up missing years', () => {
    expect(keyed('2024年洛阳职工医保', '职工医保缴费基数上限为上年度平均工资的300%,即90000元/年。', 'contribution.base_max_monthly')).toEqual([]);
    expect(facts('2024年洛阳职工医保', '不符合退休最低缴费年限规定的参保人员,按月缴纳的缴费标准为每人每月300元。')).toEqual([]);
    expect(facts('2024年洛阳职工医保', '办理一次性补足缴费年限手续时,月缴费基数按7000元执行。')).toEqual([]);
  });

  it('reads a tier of a rate from 一档按N%费率缴纳, not the sum paid as the base', () => {
    expect(keys('2025年遵义灵活就业人员医保', '以个人身份参保的缴费基数为每月5000元,一档按6%费率缴纳3600元,二档按10%费率缴纳6000元。').sort())
      .toEqual([
        'flexible 2025 contribution.base_monthly 5000',
        'flexible 2025 contribution.rate 一档 0.06',
        'flexible 2025 contribution.rate 二档 0.1',
      ]);
  });
});

describe('resident shares: which key and which group a figure is for', () => {
  it('reads 标准调整为每人每年N元 and a list of years under the caption of the share', () => {
    expect(keyed('宜昌居民医保', '2026年度:标准调整为每人每年430元,含大病保险。', 'contribution.individual_annual'))
      .toEqual([['420500', 'resident', 2026, 'contribution.individual_annual', '', 430]]);
    expect(keyed('宜昌城乡居民医保', '1. 缴费标准\n- 2024年度:每人每年360元,其中含大病保险费。', 'contribution.individual_annual'))
      .toEqual([['420500', 'resident', 2024, 'contribution.individual_annual', '', 360]]);
  });

  it('reads the key a bracket names after a figure (420元/年(个人缴费标准)), for that figure only', () => {
    expect(keys('2025年大同居民医保', '420元/年(个人缴费标准)· 690元/年(财政补助)· 覆盖全体居民'))
      .toEqual(['resident 2025 contribution.individual_annual 420', 'resident 2025 contribution.subsidy_annual 690']);
  });

  it('reads no figure that follows another one with nothing naming it (财政补助 690元 900元)', () => {
    expect(keyed('2025年大同居民医保', '财政补助 690元 900元 900元 待遇生效时间 2026.1.1', 'contribution.subsidy_annual'))
      .toEqual([['140200', 'resident', 2025, 'contribution.subsidy_annual', '', 690]]);
  });

  it('reads a resident tier list stated inline after the scheme (居民医保则为一档N元/年、二档M元/年)', () => {
    expect(keyed('2025年遵义医保', '职工医保按月缴费;居民医保则为一档410元/年、二档800元/年。', 'contribution.individual_annual'))
      .toEqual([
        ['520300', 'resident', 2025, 'contribution.individual_annual', '一档', 410],
        ['520300', 'resident', 2025, 'contribution.individual_annual', '二档', 800],
      ]);
  });

  it('keeps the parts a late payer pays in full as parts when both are named', () => {
    expect(keys('2026年大同居民医保', '2026年8月1日后缴费的,财政补助(720元)和个人缴费(410元)均由个人承担。'))
      .toEqual(['resident 2026 contribution.subsidy_annual 720', 'resident 2026 contribution.individual_annual 410']);
  });

  it('gives a part in brackets the group of the figure before it (其他居民个人缴费N元(财政补助M元))', () => {
    expect(keys('2025年大同居民医保', '缴费标准分为两类:在校学生个人缴费300元/人(财政补助900元),其他居民个人缴费500元/人(财政补助760元)。'))
      .toEqual([
        'resident 2025 contribution.individual_annual 在校学生 300', 'resident 2025 contribution.subsidy_annual 在校学生 900',
        'resident 2025 contribution.individual_annual 其他居民 500', 'resident 2025 contribution.subsidy_annual 其他居民 760',
      ]);
  });

  it('names the group from a caption above the paragraph, not from a clause that explains who is meant', () => {
    expect(keys('2025年大同居民医保', '在校学生群体\n个人仅需缴纳300元,财政补助900元。\n其他城乡居民\n包括非学生身份的成年居民等,个人缴费500元。'))
      .toEqual([
        'resident 2025 contribution.individual_annual 在校学生群体 300', 'resident 2025 contribution.subsidy_annual 在校学生群体 900',
        'resident 2025 contribution.individual_annual 其他城乡居民 500',
      ]);
  });

  it('keeps 居民 in a group name (成年居民) and drops the period before it (缴费期内)', () => {
    expect(keyed('2022年度大同居民医保', '缴费期内成年居民个人缴费标准为每人每年420元。', 'contribution.individual_annual'))
      .toEqual([['140200', 'resident', 2022, 'contribution.individual_annual', '成年居民', 420]]);
  });

  it('pairs key phrases and figures listed in order around 分别, past a list of differences', () => {
    expect(keys('2025年朔州居民医保', '与上年相比,本年度居民医保财政补助、个人缴费标准分别增加30元、20元,达到每人每年不低于700元和420元。'))
      .toEqual(['resident 2025 contribution.subsidy_annual 700', 'resident 2025 contribution.individual_annual 420']);
  });
});

describe('confidence: loose readings stay below 0.8', () => {
  it('keeps an assisted group\'s share below 0.8 when the group is named by its clause, not its variant', () => {
    const read = extractFacts({ title: '2025年大同居民医保', text: '特殊困难群体:个人缴纳150元/年,剩余部分由财政补助。\n低保边缘家庭中的老年人:个人缴费110元,财政补贴290元' })
      .filter((f) => f.key === 'contribution.individual_annual' || f.key === 'contribution.subsidy_annual');
    expect(read.map((f) => f.value)).toEqual([150, 110, 290]);
    for (const fact of read) expect(fact.confidence).toBeLessThan(0.8);
  });

  it('keeps the value a change started from below 0.8, and below the value it changed to (由N元增至M元)', () => {
    const read = extractFacts({ title: '2026年东莞居民医保', text: '东莞市居民医保财政补助由720元增至750元。' }).filter((f) => f.key === 'contribution.subsidy_annual');
    expect(read.map((f) => [f.year, f.value])).toEqual([[2025, 720], [2026, 750]]);
    expect(read[0].confidence).toBeLessThan(0.8);
    expect(read[0].confidence).toBeLessThan(read[1].confidence - 0.2);
  });
});

describe('asides and periods that state no rule', () => {
  it('takes no place from an aside of examples, and no figure in it for a phrase outside it', () => {
    expect(facts('2025年居民医保', '多数地区的集中参保期为2024年10月至12月(如开封、绵阳),这段时间缴费即享受全年待遇。').map((f) => f[0]))
      .not.toContain('410200');
    expect(keyed('2025年居民医保', '逾期缴费需补缴财政补助部分(如赣州需缴1100元),并面临等待期。', 'contribution.subsidy_annual')).toEqual([]);
  });

  it('reads no window from the benefit period (待遇享受期:集中缴费期后一年的1月1日至12月31日)', () => {
    expect(keyed('2025年吉安居民医保', '参保居民待遇享受期:集中缴费期后一年的1月1日至12月31日。', 'enrollment.window')).toEqual([]);
  });
});

describe('round two: lists, captions and payroll sums', () => {
  it('reads a group per person per year under a caption naming the share or the subsidy', () => {
    const text = '2023年南通居民医保缴费标准:\n1.老年居民每人每年480元\n2.学生儿童每人每年290元\n补助标准:\n1.老年居民每人每年1400元';
    expect(keys('南通居民医保缴费标准', text)).toEqual([
      'resident 2023 contribution.individual_annual 老年居民 480',
      'resident 2023 contribution.individual_annual 学生儿童 290',
      expect.stringMatching(/^resident \d+ contribution\.subsidy_annual 老年居民 1400$/),
    ]);
  });

  it('reads the standard of the share its clause names (个人缴费金额执行…缴费标准每人N元)', () => {
    expect(keyed('泸州市2025年度居民医保告知书', '二、缴费标准\n个人缴费金额执行全省统一的缴费标准每人410元', 'contribution.individual_annual'))
      .toEqual([['510500', 'resident', 2025, 'contribution.individual_annual', '', 410]]);
  });

  it('reads the rate of a monthly base times a rate, but not of a round example base', () => {
    expect(keyed('2024年湖州灵活就业人员医保', '缴费标准为每人每月415.8元,计算公式为:4620元/月 × 9%(生育保险0.6%在内)。', 'contribution.rate'))
      .toEqual([['330500', 'flexible', 2024, 'contribution.rate', '', 0.09]]);
    expect(keyed('2024年湖州灵活就业人员医保', '比如按5000元/月 × 9%计算。', 'contribution.rate')).toEqual([]);
  });

  it('reads what a month costs (一个月医保参保费用为N元) and a minimum monthly payment by payer', () => {
    expect(keyed('2022年无锡灵活就业人员医保', '灵活就业人员一个月医保参保费用为350元。', 'contribution.monthly_amount'))
      .toEqual([['320200', 'flexible', 2022, 'contribution.monthly_amount', '', 350]]);
    expect(keyed('2025年大庆职工医保', '职工医保个人最低缴费金额为95.2元,单位最低缴费金额为380.8元。', 'contribution.monthly_amount').map((f) => [f[4], f[5]]))
      .toEqual([['个人', 95.2], ['单位', 380.8]]);
  });

  it('reads the wait counted from the day of payment (自缴费之日起N个月后享受)', () => {
    expect(keyed('2025年荆州居民医保', '若错过集中缴费期,需自缴费到账之日起 3个月 后才能享受医保待遇。', 'waiting.fixed_months'))
      .toEqual([['421000', 'resident', 2025, 'waiting.fixed_months', '', 3]]);
  });

  it('reads the continuous-enrolment years of 连续参加居民医保满N年, with or without the sum', () => {
    expect(keys('2025年玉溪居民医保', '居民连续参加居民医保满5年后,每再连续参保1年,大病保险最高支付限额提高2500元。'))
      .toEqual(['resident 2025 incentive.continuous_years 5', 'resident 2025 incentive.cap_increase_annual 2500']);
    expect(keys('2025年玉溪居民医保', '连续参保满5年可享大病保险支付限额逐年提升。')).toEqual(['resident 2025 incentive.continuous_years 5']);
  });

  it('reads a period under a caption of the payment time as the window when it opens in autumn', () => {
    expect(keyed('2020年咸阳居民医保', '2020年度咸阳居民医保缴费时间\n2019年10月1日起至2019年12月31日。', 'enrollment.window').map((f) => f[5]))
      .toEqual([{ start: '2019-10-01', end: '2019-12-31' }]);
    expect(keyed('2020年咸阳居民医保', '2020年度咸阳居民医保缴费时间\n2020年4月1日至2020年6月30日。', 'enrollment.window')).toEqual([]);
  });

  it('names the group of the list item above the sentence along with the sentence\'s own words', () => {
    expect(keyed('2022年度潍坊居民医保', '1. 未成年居民(儿童及学生):\n缴费期内学生和儿童个人缴费标准为每人每年300元。', 'contribution.individual_annual').map((f) => f[4]))
      .toEqual([expect.stringMatching(/^(?=.*未成年居民)(?=.*学生和儿童)/)]);
  });

  it('scopes a paragraph by the caption line before it (灵活就业人员…:)', () => {
    expect(keyed('2022年扬州医保', '灵活就业人员超过3个月未缴纳职工医保费:\n以后重新缴费的,可再次设立不超过3个月的等待期。', 'waiting.max_months').map((f) => f[1]))
      .toEqual(['flexible']);
  });

  it('drops a value whose year was only guessed when the page states it again with its year', () => {
    const text = '扬州市居民医保个人缴费标准为每人每年400元。\n1. 缴费标准\n- 2024年度:每人每年400元。\n- 2025年度:标准调整为每人每年420元。';
    expect(keyed('扬州居民医保个人缴费标准', text, 'contribution.individual_annual').map((f) => [f[2], f[5]]))
      .toEqual([[2024, 400], [2025, 420]]);
  });

  it('reads no rule from a clause about some unnamed places (部分地区可能…), but keeps a hedge on most places', () => {
    expect(keyed('2025年湛江居民医保', '若已错过缴费时间,需关注后续通知(部分地区可能允许补缴,但需缴费后等待3个月才能享受待遇)。', 'waiting.fixed_months')).toEqual([]);
    expect(extractFacts({ title: '2025年柳州职工医保', text: '断缴3个月内:多数地区允许补缴,补缴后次月恢复医保待遇。' })
      .filter((f) => f.key === 'lapse.grace_months').map((f) => [f.value, f.hedged])).toEqual([[3, true]]);
  });
});

describe('round three: rises, monthly parts, other covers, bounds as shares', () => {
  it('reads a rise named before its key phrase as a rise (同步提高个人缴费标准N元,达到每人每年M元)', () => {
    expect(keyed('2021年蚌埠居民医保', '当年同步提高个人缴费标准35元,达到每人每年415元。', 'contribution.individual_annual').map((f) => f[5]))
      .toEqual([415]);
  });

  it('reads no yearly share from a month\'s part of it (按月分摊…N元) nor from a care cover\'s fee (长期照护保险)', () => {
    expect(keyed('2025年日喀则居民医保', '参保人员个人按月分摊的缴费金额约为35.5元。', 'contribution.individual_annual')).toEqual([]);
    expect(keyed('2025年克拉玛依居民医保', '参保人员缴纳长期照护保险的缴费标准为:每人每年45元。', 'contribution.individual_annual')).toEqual([]);
  });

  it('keeps a window whose end is given by its month only (not December) below 0.8', () => {
    const [window] = extractFacts({ title: '2025年上饶居民医保', text: '于集中缴费期(2024年10月-2025年3月)内办完参保的,享受全年待遇。' }).filter((f) => f.key === 'enrollment.window');
    expect(window.value).toEqual({ start: '2024-10-01', end: '2025-03-31' });
    expect(window.confidence).toBeLessThan(0.8);
  });

  it('reads base bounds stated as two shares of a wage (分别为…的60%和300%,即A元/月和B元/月), without the wage\'s year', () => {
    const text = '2024年7月1日起执行。用人单位及其职工的医疗保险费缴费基数分别为2023年全省平均工资的60%和300%,即4300元/月和21500元/月。';
    expect(keys('绵阳职工医保缴费基数', text)).toEqual([
      'employee 2024 contribution.base_min_monthly 4300', 'employee 2024 contribution.base_max_monthly 21500',
    ]);
  });
});

describe('enrollment.late_window: a supplementary enrolment period', () => {
  it('reads 补充参保缴费期 with its dates as the late window', () => {
    expect(keyed('2025年天水居民医保', '对于错过集中参保缴费期的居民,设置了补充参保缴费期,时间为2025年1月1日至3月15日。', 'enrollment.late_window').map((f) => f[5]))
      .toEqual([{ start: '2025-01-01', end: '2025-03-15' }]);
  });
});

