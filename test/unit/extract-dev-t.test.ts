import { describe, expect, it } from 'vitest';
import { factRows, keyRows } from '../support/extract-rows';

/**
 * Constructions met on real excerpts (sets of 2026-12-05), in our own sentences with other places
 * and figures.
 */
const rows = keyRows;

describe("an employee rate named by its payer", () => {
  it('reads a payer\'s rate after 按, the verb after the rate (个人按N%缴纳, 单位按N%比例缴纳)', () => {
    expect(rows('2023年韶关职工医保', '职工医保:用人单位按职工工资总额的7.2%缴纳,个人按2%缴纳。', 'contribution.rate').sort()).toEqual([
      ['440200', 2023, '个人', 0.02],
      ['440200', 2023, '用人单位', 0.072],
    ]);
    expect(rows('2023年韶关职工医保', '本市职工医保单位按7.4%比例缴纳。', 'contribution.rate')).toEqual([['440200', 2023, '单位', 0.074]]);
  });

  it('reads a modal between a payer and its 按 (用人单位需按照在职职工工资总额的N%, 个人则按照…)', () => {
    const text = '本市职工医保中,用人单位需按照在职职工工资总额的7.6%缴纳,在职职工个人则按照本人工资总额的2%由单位代扣代缴。';
    expect(rows('2022年梅州职工医保', text, 'contribution.rate').sort()).toEqual([
      ['441400', 2022, '个人', 0.02],
      ['441400', 2022, '用人单位', 0.076],
    ]);
  });

  it('names a payer under a kind of employer by both, and not the kind alone (企业:个人N%+单位M%)', () => {
    const text = ['', '2024汕尾医疗保险缴费比例', '', '企业:个人2%+单位7.7%', '机关事业单位:个人2%+单位6.9%'].join('\n');
    expect(rows('', text, 'contribution.rate').map((row) => [row[2], row[3]])).toEqual([
      ['企业 个人', 0.02],
      ['企业 单位', 0.077],
      ['机关事业单位 个人', 0.02],
      ['机关事业单位 单位', 0.069],
    ]);
  });
});

describe('a payroll rate lowered', () => {
  it('reads only the new rate of 从A%降低到B% (the old one is no rule of the year)', () => {
    const text = '灵活就业人员:缴费比例从7%降低到5.5%,按月缴纳。';
    expect(rows('2023年河源灵活就业医保', text, 'contribution.rate').map((row) => row[3])).toEqual([0.055]);
  });
});

describe('the insurance a payroll figure belongs to', () => {
  it('reads no pension or unemployment rate of a list naming each insurance before its payers (养老保险…:单位:N%;个人:M%;医疗保险…)', () => {
    const text = '养老保险缴费比例为:单位:16%;个人:8%;医疗保险缴费比例为:单位:7%;个人:2%;失业保险缴费比例为:单位:0.5%;个人:0.5%。';
    expect(rows('2022年揭阳社保缴费比例', text, 'contribution.rate').sort()).toEqual([
      ['445200', 2022, '个人', 0.02],
      ['445200', 2022, '单位', 0.07],
    ]);
  });

  it('names a payer\'s rate after the maternity insurance by that part (生育保险缴费比例为:单位:N%)', () => {
    const text = '医疗保险缴费比例为:单位:7%;个人:2%;生育保险缴费比例为:单位:0.8%;个人无需缴纳。';
    expect(rows('2022年揭阳社保缴费比例', text, 'contribution.rate').find((row) => row[3] === 0.008)?.[2]).toBe('生育保险 单位');
  });

  it('reads no medical rate of a fifth (a pension\'s rate on a flexible worker\'s page)', () => {
    expect(rows('2024年潮州灵活就业社保', '灵活就业人员需全额承担缴费比例,具体为20%。', 'contribution.rate')).toEqual([]);
  });

  it('names each part of a rate written as a sum of tagged parts (9.6%=8.6%(医疗保险和生育保险)+1%(大额…))', () => {
    const text = '本市职工医保单位缴费率为9.6%,即8.6%(医疗保险和生育保险)+1%(大额医疗费用互助资金)。';
    expect(rows('2021年云浮职工医保', text, 'contribution.rate')).toEqual([
      ['445300', 2021, '单位', 0.096],
      ['445300', 2021, '单位 医疗保险和生育保险', 0.086],
      ['445300', 2021, '单位 大额医疗费用互助资金', 0.01],
    ]);
  });
});

describe('worked sums and the figures that explain an amount', () => {
  it('reads no amount of a sum on a named yuan figure (以缴费基数下限 N 元计算,…每月缴费金额为…)', () => {
    const text = '以缴费基数下限 4520 元计算,单位每月缴费金额为 4520×2.5%≈113 元,个人每月缴费金额为 4520×0.5%≈22.6 元。';
    expect(rows('2025年阳江职工医保', text, 'contribution.monthly_amount')).toEqual([]);
  });

  it('reads the base and the rate in a bracket right after the amount they make (N元/月(B×R%))', () => {
    const text = ['灵活就业人员:', '基本医疗保险月缴费金额为412.32元/月(7109×5.8%)。', '大额医疗费用补助金额为21.33元/月(7109×0.3%)。'].join('\n');
    const found = rows('2024年营口灵活就业医保', text).map((row) => [row[2], row[3]]);
    expect(found).toContainEqual(['', 0.058]);
    expect(found).toContainEqual(['', 7109]);
    expect(found).toContainEqual(['大额医疗费用补助', 0.003]);
  });

  it('keeps the rule under a heading naming it and its worked case together (缴费比例与计算示例)', () => {
    const text = ['', '缴费比例与计算示例', '单位缴纳比例为8%,个人为2%。以最低基数4100元计算:单位月缴328元。'].join('\n');
    expect(rows('2025年邢台职工医保', text, 'contribution.rate').sort()).toEqual([
      ['130500', 2025, '个人', 0.02],
      ['130500', 2025, '单位', 0.08],
    ]);
  });
});

describe('the year and scheme of a page', () => {
  it('takes no year before the insurance existed from a page\'s chrome (1980年属什么生肖)', () => {
    const text = ['', '唐山市医疗保险最低缴费基数', '', '1979年属什么生肖2023-05-02  10', '', '2021唐山医疗保险缴费比例和基数', '', '2021年唐山医保支付比例', '', '单位缴费标准', '', '根据本市基本医疗保险规定,本市职工基本医疗保险单位缴费率为8.8%'].join('\n');
    expect(rows('', text, 'contribution.rate').map((row) => row[1])).toEqual([2021]);
  });

  it('gives a wait of no named scheme the employee\'s on a page that never speaks of residents', () => {
    const text = ['', '2025年廊坊职工医保缴费基数下限为5100元/月(平均工资的60%),上限为25500元/月。灵活就业人员可自由选择基数档次。', '注意事项', '- 断缴影响:中断超3个月后需补缴,且补缴后等待6个月才能恢复医保报销。'].join('\n');
    expect(factRowsOf(text).filter((row) => row[3] === 'waiting.fixed_months').map((row) => row[1])).toEqual(['employee']);
    const resident = ['', '2025年廊坊城乡居民医保集中缴费期为9月至12月。', '- 断缴影响:补缴后等待6个月才能恢复医保报销。'].join('\n');
    expect(factRowsOf(resident).filter((row) => row[3] === 'waiting.fixed_months').map((row) => row[1])).toEqual(['resident']);
  });
});

function factRowsOf(text: string) {
  return factRows('', text);
}

describe('payroll lists per insurance', () => {
  const list = ['', '二、单位与个人缴费比例', '1. 养老保险', '- 单位:16%', '- 个人:8%', '', '2. 医疗保险', '- 单位:7.5%', '- 个人:2%', '', '3. 失业保险', '- 单位:0.5%', '- 个人:0.5%', '', '4. 生育保险', '- 单位:0.8%', '- 个人:无需缴纳'].join('\n');

  it('reads no rate of another insurance captioned above its payers\' lines, however many siblings stand between', () => {
    expect(rows('2025年吴忠社保缴费比例', list, 'contribution.rate').map((row) => [row[2], row[3]])).not.toContainEqual(['个人', 0.08]);
    expect(rows('2025年吴忠社保缴费比例', list, 'contribution.rate').map((row) => row[3])).not.toContain(0.005);
  });

  it('names a payer\'s rate under a caption naming a part of the insurance by both (4. 生育保险 / - 单位:N%)', () => {
    expect(rows('2025年吴忠社保缴费比例', list, 'contribution.rate').map((row) => [row[2], row[3]])).toEqual([
      ['单位', 0.075],
      ['个人', 0.02],
      ['生育保险 单位', 0.008],
    ]);
  });

  it('reads no pension tiers under a line opening them for the pension insurance (…养老保险可选择以下档次:)', () => {
    const text = ['', '三、灵活就业人员缴费标准', '灵活就业人员养老保险可选择以下五档缴费基数,按20%比例缴费:', '1. 最低档:4800元,月缴960元', '2. 最高档:24000元,月缴4800元'].join('\n');
    expect(rows('2025年石嘴山社保缴费标准', text)).toEqual([]);
  });
});

describe('cases and dates of a page', () => {
  it('reads no amount from an aside giving a case (N%(如基数M元,个人月缴K元))', () => {
    expect(rows('2024年中卫职工医保', '个人缴费比例为2%(如基数6000元,个人月缴120元),单位缴费比例为8%。', 'contribution.monthly_amount')).toEqual([]);
  });

  it('dates an undated excerpt by the date the page gives itself (更新时间:) before a related link\'s bare date', () => {
    const text = ['', '某医院体检预约流程', '2024-02-01', '更新时间:2023-04-12 09:30:00', '(一)莆田户籍', '1.缴费比例:单位交7.5%,个人交2%'].join('\n');
    expect([...new Set(rows('', text, 'contribution.rate').map((row) => row[1]))]).toEqual([2023]);
  });
});

describe('supplementary covers and sums worked for a year', () => {
  it('reads a supplementary cover\'s payers after its name, a rate and a fee (大额医疗互助保险:单位:N%,个人:M元/月)', () => {
    const text = '参加基本医保的同时应当参加职工大额医疗互助保险:单位:1.2% , 个人:4元/月 。';
    expect(rows('2021年重庆职工医保', text)).toEqual([
      ['500000', 2021, '大额医疗互助保险 单位', 0.012],
      ['500000', 2021, '大额医疗互助保险 个人', 4],
    ]);
  });

  it('reads the base, the rate and the month\'s payment of a year\'s sum (B×R%×12=Y元/年(M元/月))', () => {
    const text = ['', '灵活就业医疗保险:', '按缴费基数基准值的60%为缴费基数的缴纳标准:3420×6.2%×12=2544.48元/年(212.04元/月)。'].join('\n');
    expect(factRows('2023年株洲灵活就业人员社保缴费标准', text).map((row) => [row[1], row[3], row[5]])).toEqual([
      ['flexible', 'contribution.rate', 0.062],
      ['flexible', 'contribution.base_monthly', 3420],
      ['flexible', 'contribution.monthly_amount', 212.04],
    ]);
  });
});

describe('the scheme of a page about flexible workers only', () => {
  it('gives a payroll figure of no named scheme the flexible workers\' on a page that names no employees', () => {
    const text = ['', '1.医疗保险的缴费基数为平均工资的80%,即4680元,个人缴费比例为8%。', '综上,2024年洛阳市灵活就业人员社保缴费标准涉及养老、医疗保险。'].join('\n');
    expect(factRows('', text).map((row) => [row[1], row[3]])).toEqual([
      ['flexible', 'contribution.base_monthly'],
      ['flexible', 'contribution.rate'],
    ]);
  });
});

describe('a group named by the change it went through', () => {
  it('names a group without the change words after it (低档增至N元, 高档增至M元)', () => {
    const text = '2025年延续调整:个人缴费标准再提高20元,低档增至390元,高档增至1010元。';
    expect(rows('2025年唐山城乡居民医保', text, 'contribution.individual_annual').map((row) => [row[2], row[3]])).toEqual([
      ['低档', 390],
      ['高档', 1010],
    ]);
  });
});

describe('the payer of an employee rate its clause names', () => {
  it('names a rate by the payer its clause names last (…作为单位缴费基数,按N%的比例缴纳; 其从业人员按…的M%)', () => {
    const text = '用人单位以本单位全部在职职工个人缴费基数之和作为单位缴费基数,按7.3%的比例缴纳;其从业人员按本人月工资总额的2%缴纳基本医疗保险费。';
    expect(rows('2023年三明职工医保', text, 'contribution.rate').sort()).toEqual([
      ['350400', 2023, '个人', 0.02],
      ['350400', 2023, '用人单位', 0.073],
    ]);
    expect(rows('2023年三明职工医保', '其中缴费比例单位部分为基本医疗保险6.9%。', 'contribution.rate')).toEqual([['350400', 2023, '单位', 0.069]]);
  });

  it('names no payer of a rate both pay, nor of one the insurance is named by (职工医保缴费比例为N%)', () => {
    expect(rows('2023年三明职工医保', '职工医保缴费比例为9.5%。', 'contribution.rate')).toEqual([['350400', 2023, '', 0.095]]);
  });

  it('reads a payer\'s rate after its verb and a colon (职工个人缴纳:N%)', () => {
    expect(rows('2023年三明职工医保', '职工个人缴纳:2%', 'contribution.rate')).toEqual([['350400', 2023, '个人', 0.02]]);
  });
});

describe('bases, subsidies and conditions', () => {
  it('reads a base\'s bounds stated as what it may not pass (基数不得低于A元,也不得高于B元)', () => {
    const text = '无论是企业职工还是个人存档人员,其医保缴费基数都不得低于5980元,也不得高于29900元。';
    expect(rows('2024年本溪职工医保', text).sort()).toEqual([
      ['210500', 2024, '', 29900],
      ['210500', 2024, '', 5980],
    ]);
    expect(factRows('2024年本溪职工医保', text).map((row) => row[3]).sort()).toEqual(['contribution.base_max_monthly', 'contribution.base_min_monthly']);
  });

  it('reads no base from a condition on one (以N元为基数时,…)', () => {
    expect(rows('2025年晋城职工医保', '以7600元为基数时,职工每月医保个人缴费约152元。')).toEqual([]);
  });

  it('reads the sum after the parts of a subsidy as the subsidy (分别补助A元、B元…,共计每人N元)', () => {
    const text = '按中央、省、市、县财政每人每年分别补助为330元、110元、55元、55元,共计每人550元。';
    expect(factRows('2021年邯郸城乡居民医保', text).map((row) => [row[3], row[5]])).toEqual([['contribution.subsidy_annual', 550]]);
  });

  it('reads a figure named as the subsidy after it as no one\'s share (同时享受N元的财政补贴)', () => {
    const text = '2024年参保个人需缴纳380元,同时享受650元的财政补贴。';
    expect(factRows('2024年邢台城乡居民医保', text).map((row) => [row[3], row[5]]).sort()).toEqual([
      ['contribution.individual_annual', 380],
      ['contribution.subsidy_annual', 650],
    ]);
  });
});

describe('the year of an untitled excerpt and the scheme of an employer\'s part', () => {
  it('dates an untitled excerpt by the year its first line states, whatever years the body counts more of', () => {
    const text = ['', '根据某省2023年社保缴费政策,医保缴费标准如下:', '一、城乡居民医保', '个人缴费标准:380元/年', '二、其他', '2024年个人缴费标准将提高,2024年待遇同步调整,2024年度待定。'].join('\n');
    expect(factRows('', text).filter((row) => row[5] === 380).map((row) => row[2])).toEqual([2023]);
  });

  it('gives an employer\'s part the employee insurance on a flexible workers\' page (单位缴费比例为N%)', () => {
    const text = '单位缴费比例一般为 7.5% 左右,个人缴费比例为 2% 左右。';
    expect(factRows('2025年灵活就业人员医保缴费', text).filter((row) => row[4] === '单位').map((row) => row[1])).toEqual(['employee']);
  });
});

describe('a flexible worker\'s month summed from its parts', () => {
  it('reads each part and the month\'s sum (职工基本医疗保险缴费金额A元,大额医疗费用补助B元,共计C元/月)', () => {
    const text = '灵活就业参保人员:职工基本医疗保险缴费金额236.5元,大额医疗费用补助21.2元,共计257.7元/月。';
    expect(rows('2023年蚌埠灵活就业医保', text, 'contribution.monthly_amount')).toEqual([
      ['340300', 2023, '职工基本医疗保险', 236.5],
      ['340300', 2023, '大额医疗费用补助', 21.2],
      ['340300', 2023, '', 257.7],
    ]);
  });

  it('reads a table row of figures only under a header naming the scheme and each column (基数 | …月缴费金额 | …)', () => {
    const text = ['', '某市灵活就业人员2025年医疗保险缴费标准费基数 | 基本医疗保险月缴费金额 | 大额医疗费用补助月缴费金额 | 合计 |', '7920 | 459.36 | 23.76 | 483.12 |'].join('\n');
    expect(factRows('2025年丹东医疗保险缴费事项的通知', text).map((row) => [row[1], row[3], row[4], row[5]])).toEqual([
      ['flexible', 'contribution.base_monthly', '', 7920],
      ['flexible', 'contribution.monthly_amount', '', 459.36],
      ['flexible', 'contribution.monthly_amount', '大额医疗费用补助', 23.76],
    ]);
  });
});

describe('more ways a payer states its rate', () => {
  it('reads a firm as the employer in a split (公司缴费N%,个人缴费M%; 企业=N%;个人=M%)', () => {
    expect(rows('2023年嘉兴社保', '医疗保险:公司缴费9%,个人缴费2%。', 'contribution.rate').sort()).toEqual([
      ['330400', 2023, '个人', 0.02],
      ['330400', 2023, '单位', 0.09],
    ]);
    expect(rows('2023年嘉兴职工医保', '本市医疗保险比例:企业=7%;个人=2%', 'contribution.rate').sort()).toEqual([
      ['330400', 2023, '个人', 0.02],
      ['330400', 2023, '单位', 0.07],
    ]);
  });

  it('reads a payroll of a year named before its owner (按上年度职工工资总额的N%, 按其职工月工资总额的N%)', () => {
    const text = '单位按上年度职工工资总额的6.5%缴费,职工个人按上年度本人工资收入的2%缴费;用人单位按其职工月工资总额的0.5%缴纳生育保险费。';
    expect(rows('2024年湖州职工医保', text, 'contribution.rate').map((row) => [row[2], row[3]])).toEqual(expect.arrayContaining([
      ['单位', 0.065],
      ['个人', 0.02],
    ]));
  });

  it('reads a payer\'s part as a share of the base without 的 (单位部分按缴费基数N%)', () => {
    expect(rows('2024年保定职工医保', '单位在职职工单位部分按缴费基数8.5%,个人按2%缴纳。', 'contribution.rate').sort()).toEqual([
      ['130600', 2024, '个人', 0.02],
      ['130600', 2024, '单位', 0.085],
    ]);
  });
});

describe('resident shares beside a subsidy', () => {
  it('reads groups\' shares after a bare 缴费标准 when a later clause states the subsidy by its own phrase', () => {
    const text = '2025年度淄博市居民医保的缴费标准为成年居民420元,少年儿童370元,医保财政补助标准为每人每年740元。';
    expect(factRows('', text).map((row) => [row[3], row[4], row[5]]).filter((row) => row[0] === 'contribution.individual_annual')).toEqual([
      ['contribution.individual_annual', '成年居民', 420],
      ['contribution.individual_annual', '少年儿童', 370],
    ]);
  });

  it('reads a subsidy by its standard with the verb after it (财政按人均不低于N元的标准补助)', () => {
    const text = '缴费标准:人均个人缴费标准为400元,财政按人均不低于680元的标准补助。';
    expect(factRows('2025年平凉城乡居民医保', text).map((row) => [row[3], row[5]])).toEqual([
      ['contribution.individual_annual', 400],
      ['contribution.subsidy_annual', 680],
    ]);
  });

  it('names a group\'s shares by the tier in brackets after each (成年居民:A元(基础档)或B元(高档))', () => {
    expect(rows('2025年德阳城乡居民医保', '成年居民:410元(基础档)或530元(高档)', 'contribution.individual_annual')).toEqual([
      ['510600', 2025, '成年居民 基础档', 410],
      ['510600', 2025, '成年居民 高档', 530],
    ]);
  });
});

describe('a base\'s bounds as a share of the wage', () => {
  it('reads a bound\'s figure in the bracket after its share (下限为…工资60%(Y年暂定为N元/月), 最高不超过300%(即M元/月))', () => {
    expect(factRows('2024年芜湖职工医保', '缴费基数下限为全省平均工资60%(2024年暂定为4120元/月),上限为300%。').map((row) => [row[3], row[5]]))
      .toEqual([['contribution.base_min_monthly', 4120]]);
    expect(factRows('2024年芜湖职工医保', '基数范围:以全省平均工资为基准,最低按4120元/月计算,最高不超过300%(即12360元/月)。').map((row) => [row[3], row[5]]).sort())
      .toEqual([['contribution.base_max_monthly', 12360], ['contribution.base_min_monthly', 4120]]);
  });

  it('reads a bound stated after a condition with no figure of its own (如果…低于…的60%,…即下限N元/月)', () => {
    const text = '如果职工个人工资低于上年度在岗职工月平均工资的60%,以60%为基数缴纳医疗保费,即下限3650.4元/月。';
    expect(factRows('2018宝鸡医疗保险', text).map((row) => [row[3], row[5]])).toEqual([['contribution.base_min_monthly', 3650.4]]);
  });

  it('keeps a figure an aside gives for a year (下限:…的60%(如2023年为N元))', () => {
    const text = ['', '二、缴费基数', '下限 :全省上年度职工平均工资的60%(如2023年为3720元);', '上限 :全省上年度职工平均工资的300%(如2023年为18600元)。'].join('\n');
    expect(factRows('淄博职工医保', text).map((row) => [row[2], row[3], row[5]]).sort()).toEqual([
      [2023, 'contribution.base_max_monthly', 18600],
      [2023, 'contribution.base_min_monthly', 3720],
    ]);
  });
});

describe('a page\'s own date and a payroll table', () => {
  it('dates an excerpt by a line opening with its time (时间:2023-05-10) before a later page\'s update time', () => {
    const text = ['', '九江医疗保险缴费比例', '时间:2023-05-10 18:50:52 来源:互联网', '职工医保缴费比例为8%,其中单位缴纳6%、个人缴纳2%。', '相关推荐', '    更新时间:2024-01-22 10:00:09'].join('\n');
    expect([...new Set(factRows('', text).map((row) => row[2]))]).toEqual([2023]);
  });

  it('names no payer of a total split right after it (缴费比例为N%,其中单位缴纳A%、个人缴纳B%)', () => {
    const text = '新参加工作的职工以本人当月工资收入为基数缴费,缴费比例为8%,其中单位缴纳6%、个人缴纳2%。';
    expect(rows('2023年九江职工医保', text, 'contribution.rate').find((row) => row[3] === 0.08)?.[2]).toBe('');
  });

  it('reads payers\' rates from a table with yearly sums beside them, and no resident share from those sums', () => {
    const text = ['', '| 项目 | 个人缴费比例 | 个人年缴费额 | 企业缴费比例 | 企业年缴费额 |', '| 医疗保险 | 2% | 820.8元 | 7.5% | 3078元|'].join('\n');
    expect(factRows('2024年开封社保', text).map((row) => [row[1], row[3], row[4], row[5]])).toEqual([
      ['employee', 'contribution.rate', '医疗保险 个人', 0.02],
      ['employee', 'contribution.rate', '医疗保险 单位', 0.075],
    ]);
  });
});

describe('grades of the employee insurance under outline headings', () => {
  const text = ['', '一、职工一档医保', '缴费比例:8%', '单位缴纳比例:6%', '个人缴纳比例:2%', '个人账户入账比例:个人账户的计入标准按照有关规定执行', '二、职工二档医保(原三档并入二档)', '缴费比例:2.5%', '单位缴纳比例:2%', '个人缴纳比例:0.5%', '三、居民医保', '缴费比例:1.8%,个人和财政按比例分担'].join('\n');

  it('names each payer\'s rate by the grade its outline heading names (一、职工一档医保 / 单位缴纳比例:N%)', () => {
    const found = factRows('2023年珠海医保缴费比例', text).filter((row) => row[1] === 'employee').map((row) => [row[4], row[5]]);
    expect(found).toEqual(expect.arrayContaining([
      ['一档 单位', 0.06],
      ['一档 个人', 0.02],
      ['职工二档医保', 0.025],
      ['二档 单位', 0.02],
      ['二档 个人', 0.005],
    ]));
  });

  it('gives a rate split between a person and the government on a resident section the resident insurance', () => {
    expect(factRows('2023年珠海医保缴费比例', text).filter((row) => row[5] === 0.018).map((row) => row[1])).toEqual(['resident']);
  });
});

describe('dates relative to a page\'s publication, and a benefit period', () => {
  it('reads 明年 on a page dated only by its publication as the year after it', () => {
    const text = ['', '2019-11-14 来源:某报', '据悉,明年初,芜湖市职工基本医疗保险费机关事业单位费率由7.2%调整为6.2%。'].join('\n');
    expect([...new Set(factRows('', text).map((row) => row[2]))]).toEqual([2020]);
  });

  it('reads no payment window from the year a benefit runs (才可在次年1月1日至12月31日 / 享受…)', () => {
    const text = ['', '2023年城乡居民医保集中缴费期为2022年9月1日至12月31日,', '只有在集中缴费期完成缴纳的居民', '才可在次年1月1日至12月31日', '享受居民医保待遇。'].join('\n');
    expect(factRows('2023年六安城乡居民医保', text).filter((row) => row[3] === 'enrollment.window').map((row) => row[5])).toEqual([
      { start: '2022-09-01', end: '2022-12-31' },
    ]);
  });
});

describe('a city\'s commercial cover', () => {
  it('reads no resident share of a commercial cover the sentence names first (益康保缴费标准为N元,学生…M元)', () => {
    expect(factRows('2024年台州城乡居民医保', '2024年度惠康保缴费标准为90元/人,学生缴费标准为45元/人。')).toEqual([]);
    expect(factRows('2024年台州城乡居民医保', '2024年度惠民保缴费标准为90元/人。')).toEqual([]);
  });
});

describe('a round-up city\'s groups after its name', () => {
  it('reads each group or kind of area listed after a city with its own figure (某市:市区A元、县区B元、老年居民C元)', () => {
    expect(rows('2025年江苏省各市城乡居民医保缴费标准', '泰州:市区860元、县区800元、老年居民700元、大学生210元。', 'contribution.individual_annual')).toEqual([
      ['321200', 2025, '市区', 860],
      ['321200', 2025, '县区', 800],
      ['321200', 2025, '老年居民', 700],
      ['321200', 2025, '大学生', 210],
    ]);
  });
});

describe('an age band named before its share\'s clause', () => {
  it('names a share by the age band of the clause before it (60-69岁人员,个人缴费N元/年)', () => {
    expect(rows('2024年宁波城乡居民医保', '60-69岁人员,个人缴费745元/年', 'contribution.individual_annual')).toEqual([['330200', 2024, '60-69岁人员', 745]]);
  });
});

describe('the year of a page that cites an older rule', () => {
  it('takes no year from the start of a rule the text only cites (依据自2012年5月1日起施行的某办法)', () => {
    const text = ['', '怎么给新生儿办理居民医保', '2025-10-08', '依据自2012年5月1日起施行的《某市城镇居民医疗保险办法》,新生儿出生后可随时参保。', '城乡居民医保个人缴费标准为每人每年380元。'].join('\n');
    expect(rows('', text, 'contribution.individual_annual').map((row) => row[1])).toEqual([2025]);
  });

  it('dates an untitled excerpt by a date run into its view count (2025-02-0712次浏览)', () => {
    const text = ['', '居民医保缴费指南', '2025-02-0712次浏览', '城乡居民医保个人缴费标准为每人每年380元。'].join('\n');
    expect(rows('', text, 'contribution.individual_annual').map((row) => row[1])).toEqual([2025]);
  });
});
