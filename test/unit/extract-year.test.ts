/**
 * The policy year and region of a fact where the page's wording moves them: a campaign named by
 * the calendar year it runs in, a changed-from figure, dates written `Y年的M月`. One pinned
 * sentence per construction, written for this file with other places and figures.
 */
import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

const facts = factRows;
const ofKey = (key: string, title: string, text: string) => facts(title, text).filter((f) => f[3] === key);

describe('a resident campaign that opens in the autumn', () => {
  it('dates the shares stated after an autumn opening day by the policy year after it (自Y年10月N日起启动缴费)', () => {
    expect(facts('', '柳城县自2023年11月3日起启动缴费,个人缴费标准为380元/人·年,财政补助提高至640元/人·年。')
      .filter((f) => f[3].startsWith('contribution.')))
      .toEqual([
        ['450222', 'resident', 2024, 'contribution.individual_annual', '', 380],
        ['450222', 'resident', 2024, 'contribution.subsidy_annual', '', 640],
      ]);
  });

  it('keeps the year of a spring day a standard takes effect from (自Y年3月1日起执行)', () => {
    expect(ofKey('contribution.individual_annual', '', '柳城县自2023年3月1日起执行新标准,个人缴费标准为380元/人·年。'))
      .toEqual([['450222', 'resident', 2023, 'contribution.individual_annual', '', 380]]);
  });

  it('reads a page that names its campaign by the year it runs in as the next policy year', () => {
    const text = [
      '9月25日起,桂林市启动2022年城乡居民基本医疗保险参保缴费,普通居民个人缴费标准为每人每年350元。',
      '本市居民集中参保缴费自2022年9月25日至12月31日,享受待遇期为2023年1月1日—2023年12月31日。',
    ].join('\n');
    expect(facts('', text).filter((f) => f[3] !== 'enrollment.late_window')).toEqual([
      ['450300', 'resident', 2023, 'contribution.individual_annual', '普通居民', 350],
      ['450300', 'resident', 2023, 'enrollment.window', '', { start: '2022-09-25', end: '2022-12-31' }],
    ]);
  });

  it('keeps the year of a page that states the policy year as a year of its own', () => {
    const text = [
      '桂林市启动2022年城乡居民基本医疗保险参保缴费,2022年个人缴费标准为每人每年350元。',
      '2023年个人缴费标准为每人每年380元,集中缴费时间为2022年9月25日至12月31日。',
    ].join('\n');
    expect(ofKey('contribution.individual_annual', '', text).map((f) => [f[2], f[5]])).toEqual([[2022, 350], [2023, 380]]);
  });
});

describe('dates and figures that carry their own year', () => {
  it('reads a date written with 的 after its year (Y年的M月D日) as that year', () => {
    expect(ofKey('enrollment.window', '', '2021年梧州居民医保集中缴费时间是2020年的10月8日-12月25日。'))
      .toEqual([['450400', 'resident', 2021, 'enrollment.window', '', { start: '2020-10-08', end: '2020-12-25' }]]);
  });

  it('dates a figure a change started from by the year before, with a middle dot in its unit (由原来的N元/人·年提高至)', () => {
    expect(ofKey('contribution.individual_annual', '', '调整2017年钦州市居民医保个人缴费标准,由原来的150元/人·年提高至180元/人·年。'))
      .toEqual([
        ['450700', 'resident', 2016, 'contribution.individual_annual', '', 150],
        ['450700', 'resident', 2017, 'contribution.individual_annual', '', 180],
      ]);
  });
});

describe('the region of a pipe table under a heading that names a place', () => {
  it('reads the rows under a header row in the section of the heading above it', () => {
    const text = [
      '2022防城港港口区医院名录',
      '2023年度钦州城乡居民医保缴费',
      '缴费期 | 缴费日期 | 缴费金额 |',
      '集中参保缴费期 | 2022年9月15日至12月20日 | 个人缴费标准(350元/人) |',
    ].join('\n');
    expect(facts('', text).map((f) => f.slice(0, 4).concat([f[5]]))).toEqual([
      ['450700', 'resident', 2023, 'contribution.individual_annual', 350],
      ['450700', 'resident', 2023, 'enrollment.window', { start: '2022-09-15', end: '2022-12-20' }],
    ]);
  });
});

describe('a resident total stated as both shares added', () => {
  it('reads 个人缴费标准+财政补助标准(N元) as the total', () => {
    expect(ofKey('contribution.total_annual', '2023年度钦州城乡居民医保', '2023年7月以后参保的,按个人缴费标准+财政补助标准(不低于960元/人)缴费。'))
      .toEqual([['450700', 'resident', 2023, 'contribution.total_annual', '', 960]]);
  });
});

describe('enrollment.window wordings', () => {
  it('reads a period named the window after its dates, with the policy year and the insurance between (…为Y年城乡居民基本医疗保险集中参保期)', () => {
    expect(ofKey('enrollment.window', '', '2022年10月10日至2023年2月15日为2023年贺州市城乡居民基本医疗保险集中参保期。'))
      .toEqual([['451100', 'resident', 2023, 'enrollment.window', '', { start: '2022-10-10', end: '2023-02-15' }]]);
  });

  it('keeps a period whose bracket gives the days of each month (…(每月1-15日))', () => {
    expect(ofKey('enrollment.window', '', '2021年贺州市城乡居民基本医疗保险缴费期为:2020年10月至2021年3月(每月1-15日)办理。'))
      .toEqual([['451100', 'resident', 2021, 'enrollment.window', '', { start: '2020-10-01', end: '2021-03-31' }]]);
  });

  it('reads 缴费集中期 as the window', () => {
    expect(ofKey('enrollment.window', '', '2024年度贺州居民医保缴费集中期从2023年9月5日至2023年12月25日。'))
      .toEqual([['451100', 'resident', 2024, 'enrollment.window', '', { start: '2023-09-05', end: '2023-12-25' }]]);
  });

  it('reads a campaign opened on one day and closed on another (自A起开始缴费,截止时间为B)', () => {
    expect(ofKey('enrollment.window', '', '云南省城乡居民医保明确自2024年10月8日起开始缴费,截止时间为2025年1月20日。'))
      .toEqual([['530000', 'resident', 2025, 'enrollment.window', '', { start: '2024-10-08', end: '2025-01-20' }]]);
  });

  it('reads a campaign of the year\'s work opened and closed (参保缴费工作,自A开始截止日期为B)', () => {
    expect(ofKey('enrollment.window', '', '西山区2022年度居民医保参保缴费工作,自2021年10月9日开始截止日期为2021年12月20日。'))
      .toEqual([['530112', 'resident', 2022, 'enrollment.window', '', { start: '2021-10-09', end: '2021-12-20' }]]);
  });

  it('reads a campaign whose opening day leads the sentence (A,某市…缴费工作启动,至B结束)', () => {
    expect(ofKey('enrollment.window', '', '2024年10月21日,重庆2025年度居民医保缴费工作正式启动,至2024年12月28日结束。'))
      .toEqual([['500000', 'resident', 2025, 'enrollment.window', '', { start: '2024-10-21', end: '2024-12-28' }]]);
  });
});

describe('scope read from an untitled page\'s first place', () => {
  it('takes the city written right after its province (湖南株洲…)', () => {
    expect(facts('', '按照2024年湖南株洲居民医保政策办理。\n一、缴费标准\n一般居民个人缴费标准为每人每年380元。').map((f) => f[0])).toEqual(['430200']);
  });
});

describe('late periods, totals and years a sentence names in words', () => {
  it('reads an extension whose purpose names whom it helps as everyone\'s new deadline (为方便…人员…,缴费期延长至D)', () => {
    expect(ofKey('enrollment.window', '', '为方便外出务工人员返乡缴费,2024年度株洲市居民医保参保缴费期延长至2024年3月31日。'))
      .toEqual([['430200', 'resident', 2024, 'enrollment.window', '', { start: null, end: '2024-03-31' }]]);
  });

  it('reads a share of 下一年度 as the year after the one in scope', () => {
    expect(ofKey('contribution.individual_annual', '2021年株洲居民医保', '当前株洲市居民医保下一年度个人缴费正在开展,城乡居民个人缴费标准为每人每年320元。'))
      .toEqual([['430200', 'resident', 2022, 'contribution.individual_annual', '', 320]]);
  });

  it('reads no resident total from two covers\' fees collected together (…合并征收,合计为每人N元)', () => {
    expect(ofKey('contribution.total_annual', '', '2022年度株洲市居民医保个人缴费标准为每人每年320元;长期护理保险个人缴费每人15元,与居民医保费一并缴纳,合计每人335元。'))
      .toEqual([]);
  });
});

describe('windows a page states loosely', () => {
  it('reads no window from a span several places\' periods range over (…至…不等)', () => {
    expect(ofKey('enrollment.window', '', '各地已公布2025年度居民医保集中缴费安排,时间跨度从2024年9月中旬至2025年1月底不等。')).toEqual([]);
  });

  it('keeps the window with its days when the page restates it by months (…10月8日至12月31日, later (10月-12月))', () => {
    const text = '2024年株洲居民医保集中缴费时间为2023年10月8日至12月31日。\n集中缴费期内完成缴费(2023年10月-12月),可自2024年1月1日起享受待遇。';
    expect(ofKey('enrollment.window', '', text)).toEqual([['430200', 'resident', 2024, 'enrollment.window', '', { start: '2023-10-08', end: '2023-12-31' }]]);
  });
});

describe('a year given as the standard the figures follow', () => {
  it('dates the figures before and after a bracket (根据Y年标准) by its year', () => {
    expect(facts('2025年淄博灵活就业医保', '淄博市灵活就业人员缴费基数为4200元,缴费比例为7.2%(根据2023年标准),月缴费金额为302.4元。').map((f) => [f[2], f[3]]))
      .toEqual([[2023, 'contribution.base_monthly'], [2023, 'contribution.monthly_amount'], [2023, 'contribution.rate']]);
  });
});

describe('sentences that go on about another policy', () => {
  it('reads nothing from a settlement rule and the payments after it in the same paragraph', () => {
    expect(facts('2025年杭州市社保缴费基数', '2025年杭州市积分落户中,1.5倍社保基数为10500元/月。个人每月需缴纳1050元,单位每月需缴纳2730元。')).toEqual([]);
  });

  it('reads again once a sentence names medical insurance', () => {
    expect(facts('2025年杭州市社保缴费基数', '2025年杭州市积分落户中,1.5倍社保基数为10500元/月。职工医保单位缴费比例为9.5%。').map((f) => [f[3], f[5]]))
      .toEqual([['contribution.rate', 0.095]]);
  });
});

describe('round-ups and usual periods', () => {
  it('reads a numbered line of a province and its city written together (4.广东佛山) as the heading of what follows', () => {
    const text = ['3.南宁市', '本市居民每人缴纳380元。', '4.广东佛山', '2024年度我市居民医保个人缴费标准为每人每年420元。'].join('\n');
    expect(ofKey('contribution.individual_annual', '', text).map((f) => [f[0], f[5]])).toEqual([['450100', 380], ['440600', 420]]);
  });

  it('drops the usual window, hedged, beside the one stated firmly for the same year', () => {
    const text = '缴费时间原则上为每年10月1日至12月31日。(2024年度广西居民医保集中缴费期:2023年10月1日至2024年2月29日)';
    expect(ofKey('enrollment.window', '', text)).toEqual([['450000', 'resident', 2024, 'enrollment.window', '', { start: '2023-10-01', end: '2024-02-29' }]]);
  });
});

describe('a figure in force now before the year a change starts', () => {
  it('files the figure in force now under the year before the change, the new one under its year', () => {
    const rows = factRows('2027年泸州城乡居民医保缴费标准', '目前泸州城乡居民医保个人缴费标准为每人每年390元,2027年起调整为每人每年410元。');
    expect(rows.map((f) => [f[2], f[3], f[5]])).toEqual([
      [2026, 'contribution.individual_annual', 390],
      [2027, 'contribution.individual_annual', 410],
    ]);
  });

  it('leaves a figure dated by its own year where it is', () => {
    const rows = factRows('2027年泸州城乡居民医保缴费标准', '泸州2026年城乡居民医保个人缴费标准为每人每年390元。');
    expect(rows.map((f) => [f[2], f[5]])).toEqual([[2026, 390]]);
  });
});

describe('a round-up entry dated by its first line', () => {
  it('dates the lines of a place entry by the year its first line states, not the article\'s guessed year', () => {
    const text = '灵活就业人员参加职工医保的费用因城市而异,取决于当地的缴费基数和费率。以下是2026年几个城市的标准:\n- 珠海市 :\n-\n2025年灵活就业人员参加职工医保最低缴费基数为每月4380元,缴费费率为6.5%。\n-\n每月最低缴费金额为284.7元。\n- 惠州市 :\n-\n2026年灵活就业人员缴费基数为5120元。\n-\n缴费费率为7%,则每月需缴纳358.4元。';
    const rows = ofKey('contribution.monthly_amount', '灵活就业医保缴费标准汇总', text).map((f) => [f[0], f[2], f[5]]);
    expect(rows).toEqual([['440400', 2025, 284.7], ['441300', 2026, 358.4]]);
  });
});
