import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * Wordings of the payroll schemes (employee, flexible) found on real pages the rules were not
 * tuned on, each pinned with a sentence of our own (other places, other figures).
 */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const keyed = (title: string, text: string, key: string) => facts(title, text).filter((f) => f[3] === key);
const payroll = (title: string, text: string) => facts(title, text).filter((f) => String(f[3]).startsWith('contribution.') || String(f[3]).startsWith('wage.'));

describe('scope of payroll figures', () => {
  it('a list line that is only a place name scopes the lines after it (a round-up of cities)', () => {
    const text = [
      '以下是部分城市的职工医保缴费标准:',
      '- 株洲市',
      '- 缴费比例:用人单位缴费比例为 7%,个人缴费比例为 2%。',
      '- 岳阳市',
      '- 缴费比例:用人单位缴费比例为 6.5%,个人缴费比例为 2%。',
    ].join('\n');
    expect(keyed('湖南职工医保2024年缴费标准(株洲、岳阳)', text, 'contribution.rate')).toEqual([
      ['430200', 'employee', 2024, 'contribution.rate', '用人单位', 0.07],
      ['430200', 'employee', 2024, 'contribution.rate', '个人', 0.02],
      ['430600', 'employee', 2024, 'contribution.rate', '用人单位', 0.065],
      ['430600', 'employee', 2024, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it('a section naming one of the places a round-up title lists narrows to it', () => {
    const text = ['一、株洲市', '缴费金额:', '- 上半年:按最低基数4100元计算,每月缴费金额为328元。', '二、岳阳市', '缴费金额:', '- 全年:每月缴费金额为300元。'].join('\n');
    const regions = facts('2024年灵活就业人员医保缴费标准(株洲、岳阳)', text).map((f) => f[0]);
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(['430200', '430600']));
    expect(facts('2024年灵活就业人员医保缴费标准(株洲、岳阳)', text).filter((f) => f[0] === '430600').map((f) => f[5])).toEqual([300]);
  });

  it('a span of years (2024-2025年) is the year it starts in', () => {
    expect(keyed('湖州市2024-2025年社保缴费基数标准', '湖州市职工医保缴费基数下限为4,300元/月。', 'contribution.base_min_monthly'))
      .toEqual([['330500', 'employee', 2024, 'contribution.base_min_monthly', '', 4300]]);
  });

  it('a wage is of the year the text gives it; a base set from it is of its own year', () => {
    expect(keyed('2025年常德职工医保缴费基数', '2024年全口径城镇单位就业人员月平均工资为7,100元。', 'wage.average_monthly'))
      .toEqual([['430700', 'employee', 2024, 'wage.average_monthly', '', 7100]]);
    expect(keyed('益阳灵活就业医保', '益阳灵活就业参保人员2025年度的缴费基数,暂按2023年度全省城镇单位就业人员平均工资7050元/月作为月缴费基数。', 'contribution.base_monthly'))
      .toEqual([['430900', 'flexible', 2025, 'contribution.base_monthly', '', 7050]]);
  });
});

describe('contribution bounds', () => {
  it('reads bounds stated as the rule for low and high personal wages (工资低于N元的,以N元作为缴费基数)', () => {
    const text = '以本人上年度月平均工资为缴费基数,个人上年度月平均工资低于3800元的,以3800元作为缴费基数;个人上年度月平均工资高于19000元的,以19000元作为缴费基数。';
    expect(payroll('2023年绵阳职工医保缴费基数', text)).toEqual([
      ['510700', 'employee', 2023, 'contribution.base_min_monthly', '', 3800],
      ['510700', 'employee', 2023, 'contribution.base_max_monthly', '', 19000],
    ]);
  });

  it('reads bounds stated as shares of the wage with the figure in brackets (按照60%(即N元/月)作为缴费基数)', () => {
    const text = '单位职工工资低于上年度全市平均工资60%的,按照60%(即2900元/月)作为缴费基数;超过300%的,按照300%(即14500元/月)申报缴费基数。';
    expect(payroll('2024年德阳职工医保', text)).toEqual([
      ['510600', 'employee', 2024, 'contribution.base_min_monthly', '', 2900],
      ['510600', 'employee', 2024, 'contribution.base_max_monthly', '', 14500],
    ]);
    expect(payroll('2024年德阳灵活就业医保', '灵活就业人员申报基数,均按不低于上年度全市平均工资60%(即2900元/月)作为缴费基数。'))
      .toEqual([['510600', 'flexible', 2024, 'contribution.base_min_monthly', '', 2900]]);
  });

  it('reads bare 最低/最高 in a sentence about the base (月缴费基数最低不得低于N元,最高不超过M元)', () => {
    expect(payroll('2024年宜昌职工医保', '企业职工:月缴费基数最低不得低于4100元,最高不超过20500元。')).toEqual([
      ['420500', 'employee', 2024, 'contribution.base_min_monthly', '企业职工', 4100],
      ['420500', 'employee', 2024, 'contribution.base_max_monthly', '企业职工', 20500],
    ]);
    expect(payroll('2024年宜昌灵活就业医保', '缴费基数:不低于全省上年度平均工资的60%,即最低4100元,最高20500元。')).toEqual([
      ['420500', 'flexible', 2024, 'contribution.base_min_monthly', '', 4100],
      ['420500', 'flexible', 2024, 'contribution.base_max_monthly', '', 20500],
    ]);
    // 最低 before a standard, not before the figure, is no bound.
    expect(keyed('2025年宜昌居民医保', '普通居民个人缴费执行国家最低标准400元/人。', 'contribution.individual_annual'))
      .toEqual([['420500', 'resident', 2025, 'contribution.individual_annual', '普通居民', 400]]);
  });

  it('reads both bounds stated at once (上下限分别为A元和B元)', () => {
    expect(payroll('2025年宜昌灵活就业医保', '2025年缴费基数按2024年全省平均工资执行,上下限分别为21000元和4200元。')).toEqual([
      ['420500', 'flexible', 2025, 'contribution.base_min_monthly', '', 4200],
      ['420500', 'flexible', 2025, 'contribution.base_max_monthly', '', 21000],
    ]);
  });

  it('reads no rule from a named person’s worked case (张某…) or a section of examples (例子:)', () => {
    expect(payroll('2020年绵阳职工医保', '王某2019年度月平均工资为4600元,2020年应核定王某月缴费基数为4600元。')).toEqual([]);
    expect(payroll('2020年绵阳职工医保', ['执行标准:', '缴费基数下限为3500元。', '例子:', '所有人员月缴费基数均为3500元。'].join('\n')))
      .toEqual([['510700', 'employee', 2020, 'contribution.base_min_monthly', '', 3500]]);
  });
});

describe('contribution.rate: who pays which part', () => {
  it('reads the parts of a rate split between payers (单位N%,个人M%), asides on what it includes notwithstanding', () => {
    expect(keyed('2024年湖州职工医保', '医疗保险(含生育保险):单位8.5%,个人2%;', 'contribution.rate')).toEqual([
      ['330500', 'employee', 2024, 'contribution.rate', '单位', 0.085],
      ['330500', 'employee', 2024, 'contribution.rate', '个人', 0.02],
    ]);
    expect(keyed('2024年湖州职工医保', '单位缴费7.5%(含生育险),个人缴费2%。', 'contribution.rate')).toEqual([
      ['330500', 'employee', 2024, 'contribution.rate', '单位', 0.075],
      ['330500', 'employee', 2024, 'contribution.rate', '个人', 0.02],
    ]);
    expect(keyed('2024年湖州职工医保', '职工医保与生育保险合并征收,单位按 7% 缴纳、个人按 2% 缴纳。', 'contribution.rate')).toEqual([
      ['330500', 'employee', 2024, 'contribution.rate', '单位', 0.07],
      ['330500', 'employee', 2024, 'contribution.rate', '个人', 0.02],
    ]);
    // Another insurance's split is not ours.
    expect(keyed('2024年湖州职工医保', '养老保险:单位16%,个人8%;', 'contribution.rate')).toEqual([]);
  });

  it('reads the payer opening the clause of a rate (单位缴纳比例为N%,个人缴纳M%)', () => {
    expect(keyed('2023年常德职工医保', '单位缴纳比例为6%(含0.5%生育险),个人缴纳2%。', 'contribution.rate')).toEqual([
      ['430700', 'employee', 2023, 'contribution.rate', '单位', 0.06],
      ['430700', 'employee', 2023, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it('keeps only the medical part of a sum of rates per insurance (A%(养老保险) + B%(医疗保险) + … = S%)', () => {
    expect(keyed('2024年绍兴社保缴费比例', '单位缴费比例 :16%(养老保险) + 8.5%(医疗保险,含生育) + 0.7%(失业保险) = 25.2%', 'contribution.rate'))
      .toEqual([['330600', 'employee', 2024, 'contribution.rate', '单位', 0.085]]);
  });

  it('names the group before a payer’s clause (公务员…,用人单位缴费比例为N%) and drops a bare 按 from a variant', () => {
    expect(keyed('2024年株洲职工医保', '公务员及参照公务员法管理的事业单位工作人员,用人单位缴费比例为 7%,个人缴费比例为 2%。', 'contribution.rate')).toEqual([
      ['430200', 'employee', 2024, 'contribution.rate', '公务员及参照公务员法管理的事业单位工作人员 用人单位', 0.07],
      ['430200', 'employee', 2024, 'contribution.rate', '个人', 0.02],
    ]);
    expect(keyed('2024年株洲医保', ['- 缴费比例:职工医保与生育保险合并征收,单位按 7% 缴纳、个人按 2% 缴纳。灵活就业人员按 5% 缴纳职工医保,不划拨个人账户。'].join('\n'), 'contribution.rate')
      .filter((f) => f[1] === 'flexible')).toEqual([['430200', 'flexible', 2024, 'contribution.rate', '', 0.05]]);
  });

  it('reads no medical rate above a fifth (缴费比例为75%, a typo)', () => {
    expect(keyed('2022年株洲灵活就业医保', '灵活就业人员缴费比例为75%,费用全部由个人缴纳。', 'contribution.rate')).toEqual([]);
  });
});

describe('monthly payments of the payroll schemes', () => {
  it('reads a supplementary cover’s monthly fee, named by the cover (大额医疗保险费为N元/月)', () => {
    const monthly = (text: string) => keyed('2023年常德灵活就业医保', text, 'contribution.monthly_amount');
    expect(monthly('基本医疗保险费缴费标准为360元/月,大额医疗保险费为9元/月,两项合计369元/月。'))
      .toContainEqual(['430700', 'flexible', 2023, 'contribution.monthly_amount', '大额医疗保险费', 9]);
    expect(monthly('另需缴纳 6元/月 的大额医疗费用社会共济基金。'))
      .toEqual([['430700', 'flexible', 2023, 'contribution.monthly_amount', '大额医疗费用社会共济基金', 6]]);
    expect(monthly('大额医疗费用补助另按每人每月7元的缴费标准收取。'))
      .toEqual([['430700', 'flexible', 2023, 'contribution.monthly_amount', '大额医疗费用补助', 7]]);
    // Split between payers, or by the year, it is no one's monthly payment.
    expect(monthly('大额医疗保险:个人每月缴纳3元,单位缴纳6元。')).toEqual([]);
    expect(monthly('另需一次性缴纳大额医疗费96元/年。')).toEqual([]);
  });

  it('reads monthly payments by tier in a payroll scheme (一档N元/月、二档M元/月)', () => {
    expect(keyed('2025年岳阳灵活就业医保', '灵活就业人员实行两档方案,一档520.5元/月、二档410.2元/月。', 'contribution.monthly_amount')).toEqual([
      ['430600', 'flexible', 2025, 'contribution.monthly_amount', '一档', 520.5],
      ['430600', 'flexible', 2025, 'contribution.monthly_amount', '二档', 410.2],
    ]);
  });

  it('reads a grade’s rate and monthly sum (统账结合(N%缴费):…(M元/月); 单建统筹为N%即M元/月)', () => {
    const text = ['2023年度我市灵活就业人员的缴费基数为60000元,具体缴费标准如下:', '统帐结合参保人员(8%缴费):4800元/年(400元/月)', '单建统筹参保人员(5.5%缴费):3300元/年(275元/月)'].join('\n');
    expect(payroll('绵阳职工医保缴费标准2023', text).filter((f) => f[3] !== 'contribution.base_monthly')).toEqual([
      ['510700', 'flexible', 2023, 'contribution.rate', '统帐结合', 0.08],
      ['510700', 'flexible', 2023, 'contribution.monthly_amount', '统帐结合', 400],
      ['510700', 'flexible', 2023, 'contribution.rate', '单建统筹', 0.055],
      ['510700', 'flexible', 2023, 'contribution.monthly_amount', '单建统筹', 275],
    ]);
    expect(keyed('2024年湖南灵活就业医保', '统账结合(含个人账户)比例为9%即360元/月,单建统筹(无个人账户)为6%即240元/月。', 'contribution.rate')).toEqual([
      ['430000', 'flexible', 2024, 'contribution.rate', '统账结合', 0.09],
      ['430000', 'flexible', 2024, 'contribution.rate', '单建统筹', 0.06],
    ]);
  });

  it('names a base chosen as a share of the wage by that share and the word it grades (60%基数为N元、100%基数为M元)', () => {
    expect(keyed('2021年度德阳灵活就业医保', '灵活就业人员医疗保险60%基数为4000元、100%基数为6600元,缴费比例为8%。', 'contribution.base_monthly')).toEqual([
      ['510600', 'flexible', 2021, 'contribution.base_monthly', '60%基数', 4000],
      ['510600', 'flexible', 2021, 'contribution.base_monthly', '100%基数', 6600],
    ]);
  });

  it('names a period label as the variant of a bound (1-6月:按最低基数N元计算)', () => {
    expect(keyed('2024年株洲灵活就业医保', ['缴费金额:', '- 1-6月:按最低基数4100元计算,每月缴费金额为328元。', '- 7-12月:按最低基数4300元计算,每月缴费金额为344元。'].join('\n'), 'contribution.base_min_monthly')).toEqual([
      ['430200', 'flexible', 2024, 'contribution.base_min_monthly', '1-6月', 4100],
      ['430200', 'flexible', 2024, 'contribution.base_min_monthly', '7-12月', 4300],
    ]);
  });

  it('reads a figure said to be the base as the base (以N元为基数), what comes after a condition as one person’s', () => {
    expect(payroll('2025年常德灵活就业医保', '按月缴费,医保部分以3900元为基数,按9%比例计算,每月需缴351元。')).toContainEqual(['430700', 'flexible', 2025, 'contribution.base_monthly', '', 3900]);
    expect(keyed('2025年常德灵活就业医保', '费率6%时月缴240元;若选9%费率则年缴约4320元。', 'contribution.rate')).toEqual([['430700', 'flexible', 2025, 'contribution.rate', '', 0.06]]);
  });
});

describe('schemes of payroll figures', () => {
  it('gives a rule named for both payroll schemes to both (企业职工及灵活就业人员…)', () => {
    expect(payroll('湖州市2024年社保缴费基数', '一、缴费基数范围 企业职工及灵活就业人员 缴费基数上限为24,000元/月,下限为4,400元/月。')).toEqual([
      ['330500', 'employee', 2024, 'contribution.base_max_monthly', '', 24000],
      ['330500', 'flexible', 2024, 'contribution.base_max_monthly', '', 24000],
      ['330500', 'employee', 2024, 'contribution.base_min_monthly', '', 4400],
      ['330500', 'flexible', 2024, 'contribution.base_min_monthly', '', 4400],
    ]);
  });

  it('takes the scheme of a line that introduces a list (…灵活就业人员…如下:) for the lines after it', () => {
    const text = ['2023年度我市灵活就业人员的缴费基数为60000元,具体缴费标准如下:', '统帐结合参保人员(8%缴费):4800元/年(400元/月)'].join('\n');
    expect(new Set(facts('绵阳职工医保缴费标准2023', text).map((f) => f[1]))).toEqual(new Set(['flexible']));
  });
});

describe('confidence of payroll figures', () => {
  it('is higher for an employee rate named by its payer than for a bare rate', () => {
    const rates = extractFacts({ title: '2024年湖州职工医保缴费比例', text: '湖州职工医保缴费比例:单位缴费比例为8%,个人缴费比例为2%;灵活就业人员缴费比例为9%。' })
      .filter((f) => f.key === 'contribution.rate');
    expect(rates.map((f) => [f.scheme, f.variant ?? '', f.value])).toEqual([
      ['employee', '单位', 0.08],
      ['employee', '个人', 0.02],
      ['flexible', '', 0.09],
    ]);
    const [employer, employee, bare] = rates.map((f) => f.confidence ?? 0);
    expect(Math.min(employer, employee)).toBeGreaterThan(bare);
  });
});

describe('another cover inside a resident share', () => {
  it('reads no share from the part of it that pays another cover (其中包含N元长期护理保险费)', () => {
    expect(keyed('2025年湘潭居民医保', '湘潭居民医保的个人缴费每年 400元 ,其中包含25元长期护理保险费。', 'contribution.individual_annual'))
      .toEqual([['430300', 'resident', 2025, 'contribution.individual_annual', '', 400]]);
    expect(keyed('2025年湘潭居民医保', '低保对象个人缴费50元(含6元长期护理保险费),医疗救助资金代缴350元。', 'contribution.individual_annual'))
      .toEqual([['430300', 'resident', 2025, 'contribution.individual_annual', '低保对象', 50]]);
  });
});

describe('more payroll wordings', () => {
  it('reads rates listed per kind of payer after a rate label, a phrase in brackets naming only its own figure', () => {
    expect(keyed('株洲职工医保2024年缴费标准', '缴费比例:机关事业单位、社会团体 8%(其中个人缴费费率为 2%),企业及其它单位 8.4%(其中个人缴费费率为 2%),灵活就业人员 7%。', 'contribution.rate')).toEqual([
      ['430200', 'employee', 2024, 'contribution.rate', '机关事业单位、社会团体', 0.08],
      ['430200', 'employee', 2024, 'contribution.rate', '企业及其它单位', 0.084],
      ['430200', 'flexible', 2024, 'contribution.rate', '', 0.07],
      ['430200', 'employee', 2024, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it('takes no scheme from an aside of what is included (职工医保含灵活就业人员…)', () => {
    expect(keyed('2022年株洲职工医保缴费基数', '作为核定职工基本医疗保险含灵活就业人员缴费基数上下限基准值,单位缴费比例为6%,个人缴费比例为2%。', 'contribution.rate').map((f) => f[1]))
      .toEqual(['employee', 'employee']);
  });

  it('reads the bounds a chosen base lies in (基数:N元(在A元至B元范围内)) and a bound named with 月 (最高月缴费基数)', () => {
    expect(payroll('2024年岳阳职工医保', '医保缴费基数 :9000元(在4300元至21000元范围内,属于正常缴费档次)')).toEqual(expect.arrayContaining([
      ['430600', 'employee', 2024, 'contribution.base_min_monthly', '', 4300],
      ['430600', 'employee', 2024, 'contribution.base_max_monthly', '', 21000],
    ]));
    expect(keyed('2024年岳阳职工医保', '最高缴费档次 :约1.2万元/年(按2024年最高月缴费基数17,800元计算)。', 'contribution.base_max_monthly'))
      .toEqual([['430600', 'employee', 2024, 'contribution.base_max_monthly', '', 17800]]);
  });

  it('reads no bounds of the monthly base from a yearly range (约3,000-4,000元/年…缴费基数)', () => {
    expect(payroll('2024年岳阳职工医保', '最低缴费档次 :约2,800-3,900元/年(具体金额需根据实际缴费基数计算)。')).toEqual([]);
  });
});

describe('bounds and parts stated through what they are made of', () => {
  it('reads a bare bound stated as a share of the wage (上限为N元/月,计算依据为…工资(M元)的300%)', () => {
    expect(keyed('2024年嘉兴医社保缴费基数范围', '上限为 27600元/月 ,计算依据为本省上年度城镇单位职工月均工资(9200元)的300%。', 'contribution.base_max_monthly'))
      .toEqual([['330400', 'employee', 2024, 'contribution.base_max_monthly', '', 27600]]);
  });

  it('reads the rate, not the parts it is made of (按N%的缴费比例执行,其中包含…A%和…B%)', () => {
    expect(keyed('2025年金华灵活就业医保', '目前按9%的缴费比例执行,其中包含职工基本医疗保险8.4%和大额医疗补助0.6%。', 'contribution.rate').map((f) => f[5])).toEqual([0.09]);
  });
});

describe('rates and payments by scheme, grade and part', () => {
  it('a first line naming flexible workers joining the employee scheme (灵活就业参加职工医保…) scopes the lines after it', () => {
    const text = ['灵活就业参加职工医保的费用因城市而异,以下是2024年两个城市的标准:', '- 洛阳市 :', '- 缴费费率为9%,则每月需缴纳436.5元。'].join('\n');
    expect(payroll('', text)).toEqual([
      ['410300', 'flexible', 2024, 'contribution.monthly_amount', '', 436.5],
      ['410300', 'flexible', 2024, 'contribution.rate', '', 0.09],
    ]);
  });

  it("reads a flexible worker's month's sum named with 个人 (每月个人需缴纳的费用为N元); no employee's", () => {
    expect(keyed('2024年开封灵活就业医保', '缴费费率为9%,则每月个人需缴纳的费用为412.2元。', 'contribution.monthly_amount'))
      .toEqual([['410200', 'flexible', 2024, 'contribution.monthly_amount', '', 412.2]]);
    expect(keyed('2024年开封职工医保', '每月个人需缴纳的费用为91.6元。', 'contribution.monthly_amount')).toEqual([]);
  });

  it('names a rate by the one grade its sentence names (按6%缴费的,实行单建统筹)', () => {
    const text = ['缴费比例分为两档,由个人自主选择:', '一是按6%缴费的,实行单建统筹,不建个人账户;', '二是按8%缴费的,实行统账结合,建立个人账户。'].join('\n');
    expect(keyed('2024年南阳灵活就业人员职工医保缴费标准', text, 'contribution.rate')).toEqual([
      ['411300', 'flexible', 2024, 'contribution.rate', '单建统筹', 0.06],
      ['411300', 'flexible', 2024, 'contribution.rate', '统账结合', 0.08],
    ]);
  });

  it('names a base by the grade its sentence names (按统账结合方式参保,缴费基数为…N元/月)', () => {
    expect(keyed('2025年南充灵活就业医保', '灵活就业人员如按统账结合方式参保,缴费基数为上年度全省平均工资的75%,即5400元/月。', 'contribution.base_monthly'))
      .toEqual([['511300', 'flexible', 2025, 'contribution.base_monthly', '统账结合', 5400]]);
  });

  it('names a rate in an open bracket by the part the bracket names (单位:9%(其中生育保险缴费比例为0.5%)', () => {
    expect(keyed('2024年嘉兴职工医保', '单位:9%(其中生育保险缴费比例为0.5%;个人:2%', 'contribution.rate')).toEqual(expect.arrayContaining([
      ['330400', 'employee', 2024, 'contribution.rate', '生育保险', 0.005],
    ]));
  });

  it('reads a share of the base paid in full (按基数的8.5%全额缴纳)', () => {
    expect(keyed('2025年芜湖灵活就业医保', '灵活就业人员按基数的8.5%全额缴纳。', 'contribution.rate'))
      .toEqual([['340200', 'flexible', 2025, 'contribution.rate', '', 0.085]]);
  });
});

describe('bases and bounds stated as shares of a wage with their figures in brackets', () => {
  it('reads both bounds from two shares in either order (按N元/月的300%(A元/月)和60%(B元/月)核定…上限和下限)', () => {
    expect(payroll('2025年遂宁职工医保', '本市参保单位和职工分别按7200元/月的300%(21600元/月)和60%(4320元/月)核定缴费基数的上限和下限。')).toEqual([
      ['510900', 'employee', 2025, 'contribution.base_min_monthly', '', 4320],
      ['510900', 'employee', 2025, 'contribution.base_max_monthly', '', 21600],
    ]);
    expect(payroll('2024年德阳职工医保', '单位缴费基数:按上年度全省平均工资的60%(4200元/月)和300%(21000元/月)核定,作为缴费下限和上限。')).toEqual([
      ['510600', 'employee', 2024, 'contribution.base_min_monthly', '', 4200],
      ['510600', 'employee', 2024, 'contribution.base_max_monthly', '', 21000],
    ]);
  });

  it('reads each grade its base as the share in brackets, not the wage it is a share of', () => {
    const text = '灵活就业人员的缴费基数:统账结合方式按7200元/月的75%(5400元/月)执行;单建统筹方式按7200元/月的100%(7200元/月)执行。';
    expect(payroll('2025年遂宁灵活就业医保', text)).toEqual([
      ['510900', 'flexible', 2025, 'contribution.base_monthly', '统账结合', 5400],
      ['510900', 'flexible', 2025, 'contribution.base_monthly', '单建统筹', 7200],
    ]);
  });
});

describe('monthly payments, waits and graces of the payroll schemes', () => {
  it("reads what a flexible worker must pay a month (最低需缴N元/月), named by its bound; no employee's part", () => {
    expect(keyed('2025年蚌埠灵活就业医保', '灵活就业人员按基数的9%全额缴纳,2025年最低需缴389.7元/月。', 'contribution.monthly_amount'))
      .toEqual([['340300', 'flexible', 2025, 'contribution.monthly_amount', '最低', 389.7]]);
    expect(keyed('2025年蚌埠职工医保', '职工个人最低需缴86.6元/月。', 'contribution.monthly_amount')).toEqual([]);
  });

  it('reads a wait stated as the length it was changed to (等待期由原来的六个月缩短至四个月)', () => {
    expect(keyed('2023年无锡灵活就业医保', '首次参保的灵活就业人员,待遇享受等待期由原来的六个月缩短至四个月。', 'waiting.fixed_months'))
      .toEqual([['320200', 'flexible', 2023, 'waiting.fixed_months', '', 4]]);
  });

  it('reads a wait stated as months of paying before benefits, with the fee named or an aside (缴纳医疗保险费满N个月后,享受; 满N个月的(不含补缴年限),按规定享受)', () => {
    expect(keyed('2020年许昌灵活就业医保', '首次参保的人员,连续缴纳医疗保险费满4个月后,享受医疗保险待遇。', 'waiting.fixed_months'))
      .toEqual([['411000', 'flexible', 2020, 'waiting.fixed_months', '', 4]]);
    expect(keyed('2022年潍坊职工医保', '新参保的职工连续缴费满2个月的(不含补缴年限),按规定享受职工医保待遇。', 'waiting.fixed_months'))
      .toEqual([['370700', 'employee', 2022, 'waiting.fixed_months', '', 2]]);
  });

  it('reads a grace whose consequence is that benefits are restored (欠缴N个月以内者…恢复其医疗保险待遇)', () => {
    expect(keyed('2020年许昌灵活就业医保', '欠缴2个月以内者,暂停享受待遇,补齐欠费后,经办机构恢复其医疗保险待遇。', 'lapse.grace_months'))
      .toEqual([['411000', 'flexible', 2020, 'lapse.grace_months', '', 2]]);
  });

  it('takes no policy year from a worked case (例2:…2020年3月起中断缴费…)', () => {
    const text = ['首次参保的灵活就业人员,待遇等待期为三个月。', '例2:参保人王五,2020年3月起中断缴费,2023年4月重新缴费,则5-7月为等待期。', '发布于2023-05-06'].join('\n');
    expect(keyed('无锡灵活就业医保等待期', text, 'waiting.fixed_months').map((f) => f[2])).toEqual([2023]);
  });
});

describe("a payer's part of the employee rate", () => {
  it("reads a payer's part labelled as a share of the base (单位缴纳部分:缴费基数的A%; 个人缴纳部分:缴费基数的B%)", () => {
    const text = ['缴费比例', '- 单位缴纳部分:缴费基数的7.5%(生育保险在内),用人单位负担。', '- 个人缴纳部分:缴费基数的2%,每月从工资中扣缴。'].join('\n');
    expect(keyed('2025年马鞍山职工医保', text, 'contribution.rate')).toEqual([
      ['340500', 'employee', 2025, 'contribution.rate', '单位', 0.075],
      ['340500', 'employee', 2025, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it("names the employee's own part 个人 (职工个人缴费比例:2%)", () => {
    expect(keyed('2024年德阳职工医保', '职工个人缴费比例:2%(2024年1月1日起执行)。', 'contribution.rate'))
      .toEqual([['510600', 'employee', 2024, 'contribution.rate', '个人', 0.02]]);
  });
});
