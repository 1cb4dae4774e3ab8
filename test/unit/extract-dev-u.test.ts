import { describe, expect, it } from 'vitest';
import { factRows, keyRows } from '../support/extract-rows';

/**
 * Constructions met on real excerpts (sets of 2026-12-06), in our own sentences with other places
 * and figures.
 */
const rows = keyRows;

describe('aid towards a group\'s share', () => {
  it('takes no share from the aid after a share without its unit (个人缴费80,参保资助320元)', () => {
    const text = '2026年度居民医保个人缴费标准每人每年400元。其中低保对象个人缴费80,参保资助320元;边缘户个人缴费260元,参保资助140元。';
    expect(rows('2026年天水居民医保', text, 'contribution.individual_annual').map((row) => row[3]).sort()).toEqual([260, 400]);
  });
});

describe('an untitled excerpt\'s first line', () => {
  it('passes over a caption in brackets to the line that dates the text ((配图) then 某省2027年度…开始缴费)', () => {
    const text = ['', '(配图)', '', '江西省2027年度城乡居民医保缴费日前开始。', '', '一、缴费标准', '', '2026年人均财政补助每人每年720元,个人缴费420元。', '', '二、缴费时间', '', '2026年10月15日至2027年2月28日。'].join('\n');
    expect(rows('', text, 'enrollment.window')).toEqual([['360000', 2027, '', { start: '2026-10-15', end: '2027-02-28' }]]);
  });
});

describe('a sentence about rates', () => {
  it('is no worked example for saying 比例如下 (例如 inside it): its year dates the text', () => {
    const text = ['', '门诊指南', '', '甘肃2023最新社保缴费明细', '某健康网 2024-02-11阅读量:512', '按2023年甘肃调整后的规定,缴费基数和比例如下:', '', '一、职工社保缴费标准', '', '  1. 缴费基数范围', '', '    • 下限:4100元/月'].join('\n');
    expect(rows('', text, 'contribution.base_min_monthly').map((row) => [row[1], row[3]])).toEqual([[2023, 4100]]);
  });
});

describe('a late fee no longer charged', () => {
  it('reads 不再收取滞纳金 as a rate of 0, and a fee waived only on a condition as nothing', () => {
    expect(rows('2023年汉中灵活就业医保', '自2023年3月1日起,灵活就业人员补缴医保费不再收取滞纳金。', 'late_fee.daily_rate')).toEqual([['610700', 2023, '', 0]]);
    expect(rows('2023年汉中灵活就业医保', '灵活就业人员中断缴费两个月内补缴的,不收取滞纳金。', 'late_fee.daily_rate')).toEqual([]);
  });
});

describe('a newborn\'s window from day 0', () => {
  it('reads 出生0—N天(含N天)内 as N days', () => {
    expect(rows('2025年齐齐哈尔居民医保', '宝宝出生0—60天(含60天)内参保缴费的,从出生当天起就能享受医保待遇。', 'enrollment.newborn_days')).toEqual([['230200', 2025, '', 60]]);
  });
});

describe('a share unchanged from an earlier year', () => {
  it('files the figure under that year too (与2025年持平, 和去年一样), and no other figure', () => {
    const text = '临汾市城乡居民2026年个人缴费420元/人(与2025年持平);财政补贴每人不低于720元。';
    expect(rows('2026年临汾居民医保', text, 'contribution.individual_annual').map((row) => [row[1], row[3]]).sort()).toEqual([[2025, 420], [2026, 420]]);
    expect(rows('2026年临汾居民医保', text, 'contribution.subsidy_annual').map((row) => row[1])).toEqual([2026]);
    expect(rows('2026年株洲居民医保', '株洲居民医保今年个人缴420元,和去年一样。', 'contribution.individual_annual').map((row) => row[1]).sort()).toEqual([2025, 2026]);
  });
});

describe('a payer\'s part worked out on one base', () => {
  it('is no monthly amount (单位缴费:A元 × R% = B元), while a labelled month\'s sum still is', () => {
    const text = ['', '根据2025年温州职工医保政策,职工医保缴费标准如下:', '一、缴费基数与比例', '-', '缴费基数范围', '2025年温州职工医保缴费基数上限为23,000元/月,下限为4,600元/月。', '-', '缴费比例', '-', '单位缴费 :9%', '-', '个人缴费 :2%', '-', '二、月缴金额计算', '-', '按最低缴费基数(4,600元/月)计算', '-', '单位缴费:4,600元 × 9% = 414元', '-', '个人缴费:4,600元 × 2% = 92元'].join('\n');
    expect(rows('', text, 'contribution.monthly_amount')).toEqual([]);
    expect(rows('2025年温州灵活就业医保', '灵活就业人员月缴费金额:4600元 × 8% = 368元/月', 'contribution.monthly_amount').map((row) => row[3])).toEqual([368]);
  });
});

describe('resident shares on a page of grades and groups', () => {
  it('reads 居民保险 as the resident insurance (an example naming a place states its rule)', () => {
    const text = ['', '居民保险一档和二档有什么区别', '', '一档缴费标准', '', '各地一档收费不一。例如,绵阳市2025年度一档的缴费标准为410元/人·年。'].join('\n');
    expect(rows('', text, 'contribution.individual_annual')).toEqual([['510700', 2025, '一档', 410]]);
  });

  it('reads 个人每年缴纳N元 as the share, and a sum a patient bears (个人承担N元的门诊起付标准) as none', () => {
    const text = ['2026湖州城乡居民医保缴费标准', '1.少儿医保:个人每年缴纳350元,其余760元由政府补助。', '普通门诊看病:', '1.个人先承担200元的门诊起付标准;'].join('\n');
    expect(rows('2026湖州城乡居民医保缴费标准', text, 'contribution.individual_annual')).toEqual([['330500', 2026, '少儿', 350]]);
  });

  it('reads each label:figure item of a `;` list under a caption of the share', () => {
    const text = ['三、其他信息', '-', '缴费标准', '-', '成年居民一档:390元/年;二档:540元/年;在校学生:180元/年'].join('\n');
    expect(rows('2025年威海居民医保', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['成年居民一档', 390], ['二档', 540], ['在校学生', 180]]);
  });

  it('takes the scheme below an untitled lead of cost shares (一档60%、二档70%), and reads no tier cap of benefits as a share', () => {
    const text = ['', '一档60%、二档70%', '根据2025年威海市城乡居民医保政策,报销比例有所调整,具体如下:', '一、普通门诊', '-', '年度最高支付限额 :一档250元、二档400元。', '二、其他', '-', '缴费标准', '-', '成年居民一档:390元/年;二档:540元/年'].join('\n');
    expect(rows('', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['成年居民一档', 390], ['二档', 540]]);
  });
});

describe('a wait named in quotes, or by the month of paying it starts in', () => {
  it('reads “等待期”为N个月 and 在连续缴费的第N个月起享受', () => {
    expect(rows('2006年邢台灵活就业人员医保', '灵活就业人员参保后,“等待期”为4个月,此后按规定享受待遇。', 'waiting.fixed_months')).toEqual([['130500', 2006, '', 4]]);
    expect(rows('2006年邢台灵活就业人员医保', '新参保的灵活就业人员,要在连续缴费的第5个月起才享受待遇。', 'waiting.fixed_months')).toEqual([['130500', 2006, '', 4]]);
  });
});

describe('retirement years stated with 缴纳', () => {
  it('reads 男性需累计缴纳满N年,女性…M年', () => {
    expect(rows('2025年洛阳职工医保缴费年限', '男性需累计缴纳满28年,女性需累计缴纳满23年。', 'retirement.min_years_male')).toEqual([['410300', 2025, '', 28]]);
    expect(rows('2025年洛阳职工医保缴费年限', '男性需累计缴纳满28年,女性需累计缴纳满23年。', 'retirement.min_years_female')).toEqual([['410300', 2025, '', 23]]);
  });
});

describe('a lasting rule that started before the page\'s year', () => {
  it('files 自Y年起,…等待期N个月 under the later year the page is about, and under Y on a page about Y', () => {
    const text = '依照国家的统一部署,自2025年起,没有在集中参保期缴费的居民,参保后要经过三个月的固定待遇等待期。';
    expect(rows('2026年度遂宁居民医保', text, 'waiting.fixed_months')).toEqual([['510900', 2026, '', 3]]);
    expect(rows('2025年遂宁居民医保', text, 'waiting.fixed_months')).toEqual([['510900', 2025, '', 3]]);
  });
});

describe('a lead that cites a document', () => {
  it('takes no year from the cited document\'s title (根据《…关于做好2026年…的通知》,现调整如下:)', () => {
    const text = ['漳州市参保人员:', '依据《某省关于做好2026年居民医保工作的通知》,本市居民医保筹资标准调整如下:', '城乡居民医保筹资标准由每人每年1230元调整为每人每年1260元,财政补助由每人每年790元调整为820元。', '上述标准自2027年1月1日起执行。', '2027年居民医保扫码缴费'].join('\n');
    expect(rows('', ['', ...text.split('\n')].join('\n'), 'contribution.total_annual').map((row) => [row[1], row[3]])).toEqual([[2026, 1230], [2027, 1260]]);
  });
});

describe('a ★ list under a long paragraph', () => {
  it('reads each ★ item by the last sentence of the paragraph, the one that opens it', () => {
    const text = ['扬州市2026年度财政对居民医保的补助标准为820元/人,比上年多30元。扬州市2027年度城乡居民医保个人缴费标准如下:', '★一般居民540元/人(含长护险20元/人);', '★学生儿童260元/人;'].join('\n');
    expect(rows('', ['', ...text.split('\n')].join('\n'), 'contribution.individual_annual').map((row) => [row[1], row[2], row[3]])).toEqual([[2027, '一般居民', 540], [2027, '学生儿童', 260]]);
  });
});

describe('payroll rates and years in other word orders', () => {
  it('reads a payer\'s rate with the verb before the base (单位缴纳缴费基数的N%)', () => {
    expect(rows('2024年唐山职工医保', '单位缴纳缴费基数的8%(含生育保险0.5%),个人缴纳2%。', 'contribution.rate').filter((row) => row[2] === '单位')).toEqual([['130200', 2024, '单位', 0.08]]);
  });

  it('reads years with each sex in brackets after them (满N年(男性)或M年(女性)), not the women\'s as the men\'s', () => {
    const text = '灵活就业人员累计缴费满28年(男性)或23年(女性),退休后就不用再交医保。';
    expect(rows('2025年洛阳灵活就业医保', text, 'retirement.min_years_male')).toEqual([['410300', 2025, '', 28]]);
    expect(rows('2025年洛阳灵活就业医保', text, 'retirement.min_years_female')).toEqual([['410300', 2025, '', 23]]);
  });
});

describe('a tier\'s share per person and year', () => {
  it('reads 低档每人每年A元,高档每人每年B元 on a resident page, the tier as the variant', () => {
    expect(rows('2024年大连居民医保', '大连市低档每人每年390元,高档每人每年990元,财政补贴为650元/人/年。', 'contribution.individual_annual')).toEqual([
      ['210200', 2024, '低档', 390],
      ['210200', 2024, '高档', 990],
    ]);
  });
});

describe('a flexible worker\'s fixed base after the employers\' bounds', () => {
  it('reads 灵活就业人员统一按N元基数缴纳 as their base, not as the wage; a base one might choose (即使选择N元基数) as nothing', () => {
    const text = '本市职工医保的用人单位缴费基数下限是4800元、上限是24000元,而灵活就业人员统一按8000元基数缴纳,费率为6%。';
    expect(rows('2025年锦州职工医保', text, 'contribution.base_monthly')).toEqual([['210700', 2025, '', 8000]]);
    expect(rows('2025年锦州职工医保', text, 'wage.average_monthly')).toEqual([]);
    expect(rows('2025年锦州灵活就业医保', '灵活就业人员即使选择9000元基数缴纳医保,也不会有个人账户划入。', 'contribution.base_monthly')).toEqual([]);
  });
});

describe('the group of a share on a line of its own', () => {
  it('names the share on the next line by the group line above it (- 市区成年居民 / 每人每年缴费A元)', () => {
    const text = ['某市医保局公布了2025年度居民医保缴费标准:', '一、缴费标准', '- 市区成年居民', '每人每年缴费520元;', '- 学生及其他未成年人', '每人每年缴费290元。'].join('\n');
    expect(rows('2025年连云港居民医保', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['市区成年居民', 520], ['学生及其他未成年人', 290]]);
  });

  it('names a share by the group opening its own comma clause, a bracket dating who it is aside', () => {
    const text = '本县成年人(满18周岁)个人缴费700元/人·年,未成年人(2008年1月1日后出生)600元/人·年。';
    expect(rows('2025年德清县居民医保', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['成年人', 700], ['未成年人', 600]]);
  });
});

describe('the continuous-enrolment incentive in other words', () => {
  it('reads 连续缴纳…满N年 with its rise, and a rule 从Y年1月起 under the later year the page is about', () => {
    const text = '从2025年1月起,参保人连续缴纳城乡居民医保满4年后,每多连续参保1年,大病保险年度支付限额再提高4000元。';
    expect(rows('2026年常德居民医保', text, 'incentive.continuous_years')).toEqual([['430700', 2026, '', 4]]);
    expect(rows('2026年常德居民医保', text, 'incentive.cap_increase_annual')).toEqual([['430700', 2026, '', 4000]]);
  });
});

describe('a start date opening a paragraph', () => {
  it('dates the later sentences of the paragraph (3.自Y年1月1日起,…。…下限为A元,上限为B元)', () => {
    const text = '3.自2026年1月1日起,本市职工医保缴费基数的核定标准仍为8000元。职工个人缴费基数下限为4800元,上限为24000元。';
    expect(rows('2025年营口职工医保', text, 'contribution.base_min_monthly')).toEqual([['210800', 2026, '', 4800]]);
  });
});

describe('a standard\'s figure in brackets right after it', () => {
  it('reads 继续按照原标准(N元/月)按月缴费 as a flexible worker\'s monthly payment', () => {
    expect(rows('2025年荆门灵活就业医保', '新的基数公布以前,灵活就业人员仍按照原标准(352.18元/月)按月缴费。', 'contribution.monthly_amount')).toEqual([['420800', 2025, '', 352.18]]);
  });
});

describe('a second group after a comma, with 为每人一年', () => {
  it('names the later figure by its own group, not the subject of the first (甲个人缴费标准为每人一年A元,在本市就读的乙为每人一年B元)', () => {
    const text = '按新乡市规定,2026年度城乡居民基本医疗保险参保普通居民(含新生儿)个人缴费标准为每人一年410元,在本市就读的全日制大中专学生为每人一年380元。';
    expect(rows('2026年新乡居民医保', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['参保普通居民', 410], ['在本市就读的全日制大中专学生', 380]]);
  });
});

describe('sums and caps that are no figure of their phrase', () => {
  it('reads no subsidy from a sum of two figures (即400+690=1090元), and no yearly rise from the most rises may come to', () => {
    expect(rows('2025年郴州居民医保', '错过集中缴费期的,要按个人缴费和财政补助两项合计缴纳,即400+690=1090元。', 'contribution.subsidy_annual')).toEqual([]);
    expect(rows('2025年四平居民医保', '若同一年里连续参保和零报销两项激励都满足,大病保险最高支付限额的提高可以叠加,累计提高支付限额最高达6万元。', 'incentive.cap_increase_annual')).toEqual([]);
  });

  it('leaves 则 out of a group\'s name (未成年成员则为N元)', () => {
    const text = '低保边缘家庭中,成年成员的缴费标准降至180元/人·年,未成年成员则为120元/人·年。';
    expect(rows('2025年锦州居民医保', text, 'contribution.individual_annual').map((row) => row[2])).not.toContain('未成年成员则');
  });
});

describe('a base named inside a total\'s parts', () => {
  it('is the base only, never a monthly payment (总额为A元,其中基本医疗保险缴费基数为B元/月)', () => {
    const text = '灵活就业人员2025年度一次缴清全年费用共5800.80元,其中基本医疗保险缴费基数为5300元/月,缴费比例为9%,每月缴费金额为477元。';
    expect(rows('2025年咸阳灵活就业医保', text, 'contribution.monthly_amount').map((row) => row[3])).toEqual([477]);
  });
});

describe('an undated page that names a cohort\'s boundary', () => {
  it('takes no year from the boundary (2018年12月31日前从外地转入的…)', () => {
    const text = ['', '镇江市职工医保退休后享受终身待遇的条件如下:', '一、累计缴费年限要求', '- 基本年限', '-', '男性需累计缴费满26年;', '-', '女性需累计缴费满21年。', '二、其他注意事项', '- 2018年12月31日前从外地转入的人员,按原规定执行。'].join('\n');
    expect(rows('', text, 'retirement.min_years_male')).toEqual([]);
  });
});

describe('a rate an employer pays on a page whose title names no scheme', () => {
  it('reads 单位缴纳…费(含生育保险)的比例为N% as an employee rate', () => {
    const text = ['', '4月起天津医保缴费比例下调', '相关通知自2025年4月1日起实施。', '天津职工医保单位缴费比例仍执行9.5%。其中,', '单位缴纳基本医疗保险费(含生育保险)的比例为9%,', '单位缴纳地方附加医疗保险费的比例为0.5%。'].join('\n');
    expect(rows('', text, 'contribution.rate').map((row) => row[3]).sort()).toEqual([0.005, 0.09, 0.095]);
  });
});

describe('shares and subsidies named after their sums', () => {
  it('reads 完成N元个人缴费 as the share and 财政为每位参保居民提供的不低于N元补助 as the subsidy', () => {
    const text = '集中缴费期内完成410元个人缴费的居民,2026年全年都能享受医保待遇。各级财政为每位参保居民提供的不低于710元补助,一并计入基金。';
    expect(rows('2026年度安庆居民医保', text, 'contribution.individual_annual')).toEqual([['340800', 2026, '', 410]]);
    expect(rows('2026年度安庆居民医保', text, 'contribution.subsidy_annual')).toEqual([['340800', 2026, '', 710]]);
  });
});

describe('a flexible worker\'s base restated after the share it is of', () => {
  it('reads 以…平均工资的60%为基数,即N元/月 as the base, the scheme from the first sentence below a bare date', () => {
    const text = ['', '2024年12月15日至2025年3月31日', '榆林市灵活就业人员2025年度医保缴费自2024年12月15日开始,截至2025年3月31日。过期未缴视为暂停参保。', '一、缴费标准与基数', '缴费基数:', '以2023年榆林市城镇单位就业人员平均工资的60%为基数,即4400元/月。'].join('\n');
    expect(factRows('', text).filter((row) => row[3] === 'contribution.base_monthly').map((row) => [row[1], row[2], row[5]])).toEqual([['flexible', 2025, 4400]]);
  });
});

describe('a rate given as the standard', () => {
  it('reads 月缴费标准为基数的N% as the flexible worker\'s rate', () => {
    expect(rows('2024年常德灵活就业医保', '灵活就业人员的月缴费基数取基准值的60%,月缴费标准为基数的8%。', 'contribution.rate')).toEqual([['430700', 2024, '', 0.08]]);
  });
});

describe('the window named as the ordinary or the central handling period', () => {
  it('reads 正常征缴期为A至B and a span under 参保缴费集中办理时间: as the window', () => {
    expect(rows('2026年度南充居民医保', '提醒大家,2026年度居民医保费正常征缴期为2025年10月15日至12月31日。', 'enrollment.window')).toEqual([['511300', 2026, '', { start: '2025-10-15', end: '2025-12-31' }]]);
    const text = ['参保缴费时间及标准', '参保缴费集中办理时间:', '2025年10月15日—2026年2月28日', '缴费标准:'].join('\n');
    expect(rows('2026年度南充居民医保', text, 'enrollment.window')).toEqual([['511300', 2026, '', { start: '2025-10-15', end: '2026-02-28' }]]);
  });
});

describe('a page dated only by its date line that states an autumn window', () => {
  it('is about the policy year the window pays for', () => {
    const text = ['', '某高校大学生参保缴费指南', '参保范围、时间', '集中参保期:2025年9月1日至12月31日', '缴费标准', '每人个人缴费标准为420元,财政另补助每人700元。', '发布:2025-09-11'].join('\n');
    expect(rows('', text.replace('某高校', '蚌埠市高校'), 'contribution.individual_annual').map((row) => row[1])).toEqual([2026]);
  });
});

describe('a supplementary cover\'s fee with no month', () => {
  it('is no monthly payment (首次缴费须缴纳大病保险费N元), while one per month still is', () => {
    expect(rows('2024年郴州灵活就业医保', '灵活就业人员每月缴费标准为305元,第一次参保时还要缴纳大病保险费190元。', 'contribution.monthly_amount').map((row) => row[3])).toEqual([305]);
  });
});

describe('a payer after 由', () => {
  it('names the rate by the payer, not by 由 (由用人单位按…的N%缴纳)', () => {
    expect(rows('2023年襄阳职工医保', '大额医疗费用补助由用人单位按上年度职工本人月平均工资的0.8%缴纳,个人不用缴。', 'contribution.rate').map((row) => row[2])).not.toContain('由用人单位');
    expect(rows('2023年襄阳职工医保', '由用人单位按上年度职工本人月平均工资的0.8%缴纳。', 'contribution.rate')).toEqual([['420600', 2023, '用人单位', 0.008]]);
  });
});

describe('figures 分别 after a list of tiers', () => {
  it('names each figure after 分别 by the tier listed before it, in order', () => {
    const text = '大连市2024年度居民医保低档每人每年390元,高档每人每年990元,财政补贴分别为650元/人/年和1110元/人/年。';
    expect(rows('2024年大连居民医保', text, 'contribution.subsidy_annual')).toEqual([['210200', 2024, '低档', 650], ['210200', 2024, '高档', 1110]]);
  });
});

describe('a group listed after another group\'s figure', () => {
  it('names its figure alone (成年人个人缴纳A元/人、学生儿童B元/人), while a tier so listed stays the subject\'s', () => {
    expect(rows('2026年扬州居民医保', '低保边缘户里,成年人个人缴纳110元/人、学生儿童60元/人;', 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([['成年人', 110], ['学生儿童', 60]]);
  });
});

describe('a page about one group', () => {
  it('names the shares no sentence names by the group its first line is about (某市高校大学生医保参保指南)', () => {
    const text = ['', '蚌埠市高校大学生参保缴费指南', '一、参保范围、时间', '集中参保期:2025年9月1日至12月31日', '二、缴费标准', '每人个人缴费标准为420元,财政另补助每人700元。'].join('\n');
    expect(rows('', text, 'contribution.individual_annual')).toEqual([['340300', 2026, '高校大学生', 420]]);
  });
});
