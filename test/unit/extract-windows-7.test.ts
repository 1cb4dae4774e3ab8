/**
 * Enrolment and lapse periods and flexible workers' payments in wordings real pages use: one
 * pinned sentence per construction, written for this file with other places and figures.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

type Row = [region: string, scheme: string, year: number, key: string, variant: string, value: unknown];
const facts = (title: string, text: string): Row[] =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const ofKey = (key: string, title: string, text: string) => facts(title, text).filter((f) => f[3] === key);

describe('contribution.monthly_amount of flexible workers', () => {
  it('reads the lowest monthly payment stated after its words (月缴费金额最低为N元)', () => {
    expect(ofKey('contribution.monthly_amount', '2024年芜湖灵活就业人员医保缴费标准', '灵活就业人员缴纳职工医保月最低缴费基数为4100元,费率为7%,月缴费金额最低为287元。'))
      .toEqual([['340200', 'flexible', 2024, 'contribution.monthly_amount', '', 287]]);
  });

  it('reads a monthly payment owed (月应缴费为N元)', () => {
    expect(ofKey('contribution.monthly_amount', '2024年芜湖医保缴费标准', '2024年起,个体参保人员缴费基数按4100元执行,费率选择6%的,月应缴费为246元。'))
      .toEqual([['340200', 'flexible', 2024, 'contribution.monthly_amount', '', 246]]);
  });

  it('reads a monthly payment with the insurance paid named between (月缴纳职工基本医疗保险费N元)', () => {
    expect(ofKey('contribution.monthly_amount', '2024年芜湖医保缴费标准', '档案托管的灵活就业人员月缴纳职工基本医疗保险费388.5元。').map((r) => r.slice(1, 4).concat(r[5])))
      .toEqual([['flexible', 2024, 'contribution.monthly_amount', 388.5]]);
  });
});

describe('the scheme of a flexible worker who pays the employee insurance', () => {
  it('keeps the flexible worker named first when the employee insurance is what they pay (…按N%费率缴纳职工基本医疗保险费)', () => {
    expect(ofKey('contribution.monthly_amount', '2024年安庆医保缴费标准', '灵活就业参保人员缴费基数取4500元,按7%费率缴纳职工基本医疗保险费的,月缴费金额为315元。'))
      .toEqual([['340800', 'flexible', 2024, 'contribution.monthly_amount', '', 315]]);
  });

  it('reads 个体参保人员 as flexible workers', () => {
    expect(ofKey('contribution.base_monthly', '2024年芜湖医保缴费标准', '2024年起,个体参保人员缴费基数按4100元执行。'))
      .toEqual([['340200', 'flexible', 2024, 'contribution.base_monthly', '', 4100]]);
  });
});

describe('enrollment.window', () => {
  it('reads a window whose end gives its day only (10月8日至28日为集中筹资时间)', () => {
    expect(ofKey('enrollment.window', '2023年洛宁县城乡居民医保', '2022年10月8日至28日为集中筹资时间。'))
      .toEqual([['410328', 'resident', 2023, 'enrollment.window', '', { start: '2022-10-08', end: '2022-10-28' }]]);
  });

  it('reads a payment period stated as the rule in principle (缴费时间原则上为…)', () => {
    expect(ofKey('enrollment.window', '融安县城乡居民医保', '融安县居民参加2023年度城乡居民基本医疗保险,个人缴费时间原则上为2022年9月15日至12月25日。'))
      .toEqual([['450224', 'resident', 2023, 'enrollment.window', '', { start: '2022-09-15', end: '2022-12-25' }]]);
  });
});

describe('enrollment.late_window and extended windows', () => {
  it('reads a deadline moved later as the late period from the day after the old deadline (截止日期D1延长至D2)', () => {
    expect(ofKey('enrollment.late_window', '2025年开封城乡居民医保', '为方便群众参保,开封市将2025年度居民医保的缴费截止日期2024年12月31日延长至2025年4月10日。'))
      .toEqual([['410200', 'resident', 2025, 'enrollment.late_window', '', { start: '2025-01-01', end: '2025-04-10' }]]);
  });

  it('reads a payment period extended to a date, no old deadline stated, as the window\'s new end (缴费期限延长至…)', () => {
    // docs/labelling.md convention 8: the extended deadline is the window's end; with no old one there is no late period's start.
    expect(ofKey('enrollment.window', '2023年漳州城乡居民医保', '根据工作安排,漳州市2023年度居民医保缴费期限延长至 2023年4月30日 。'))
      .toEqual([['350600', 'resident', 2023, 'enrollment.window', '', { start: null, end: '2023-04-30' }]]);
    expect(ofKey('enrollment.late_window', '2023年漳州城乡居民医保', '根据工作安排,漳州市2023年度居民医保缴费期限延长至 2023年4月30日 。')).toEqual([]);
  });

  it('reads the central period extended as the window, its start unstated (集中缴费期延长至…)', () => {
    expect(ofKey('enrollment.window', '九江城乡居民医保', '今年九江各县区居民医保集中缴费期统一延长至 2024年3月31日 。'))
      .toEqual([['360400', 'resident', 2024, 'enrollment.window', '', { start: null, end: '2024-03-31' }]]);
  });

  it('reads no period from an extension only some people or places may use', () => {
    const title = '2025年平顶山城乡居民医保';
    for (const text of ['外出务工人员可延长至2025年2月28日。', '部分地区可能延长至2025年2月底。', '对于返乡学生,考虑到寒假,缴费时间延长至2025年2月28日。']) {
      expect(facts(title, text).filter((f) => f[3].startsWith('enrollment.')), text).toEqual([]);
    }
  });
});

describe('lapse.grace_months', () => {
  const title = '2025年长春职工医保断缴';
  const grace = (text: string) => ofKey('lapse.grace_months', title, text).map((r) => r[5]);
  it('reads a grace whose consequence is benefits resumed (补缴后次月开始恢复医保待遇)', () => {
    expect(grace('在职参保人中断5个月以内的,可办理补缴,补缴后次月开始恢复医保待遇。')).toEqual([5]);
    expect(grace('中断缴费4个月(含)以内即补缴的,自补缴次月起开始享受医疗保险待遇。')).toEqual([4]);
  });

  it('reads a grace whose consequence is the lapse itself covered (中断期内可享受…, 期间发生的医疗费用按规定予以支付)', () => {
    expect(grace('职工所在单位断缴后5个月内补齐费用的,中断期内可享受统筹基金待遇。')).toEqual([5]);
    expect(grace('单位欠缴职工医保费后于4个月内补缴到位的,期间发生的医疗费用按照规定享受职工医保待遇。')).toEqual([4]);
    expect(grace('断缴未超过5个月(含)且补齐欠费的,断缴期间发生的医疗费用由统筹基金按规定予以支付。')).toEqual([5]);
  });

  it('reads a grace stated with (含) before 以内 and benefits at once (中断缴费N个月(含) 以内的,…即可足额享受待遇)', () => {
    expect(grace('按月参保人员中断缴费5个月(含) 以内的, 续缴后即可足额享受待遇。')).toEqual([5]);
  });

  it('reads no grace where the lapse is not covered (期间发生的医疗费用不予支付)', () => {
    expect(grace('中断缴费期间发生的医疗费用不予支付,中断3个月以内的可以补缴。')).toEqual([]);
  });
});

describe('waiting.fixed_months', () => {
  const wait = (title: string, text: string) => ofKey('waiting.fixed_months', title, text).map((r) => [r[1], r[5]]);
  it('reads the paying period before benefits resume (需连续缴费满4个月才能恢复医保待遇)', () => {
    expect(wait('2025年厦门职工医保', '若断缴时间超过2个月,则需连续缴费满 4个月 才能恢复医保待遇。')).toEqual([['employee', 4]]);
  });

  it('reads that period though another comma clause speaks of years paid (连续缴费年限重新计算,…满N个月后才按规定享受)', () => {
    expect(wait('2025年泉州职工医保', '泉州职工医保断缴3个月以上的,连续缴费年限重新计算,重新参保后须连续缴费满5个月后才按规定享受医保待遇。')).toEqual([['employee', 5]]);
  });

  it('reads a wait named before the benefit period (需等待N个月待遇享受期)', () => {
    expect(wait('2025年莆田城乡居民医保', '集中参保期(2024年10月至12月)结束后才缴费的,需等待4个月待遇享受期。')).toEqual([['resident', 4]]);
  });

  it('reads the months without benefits after paying (缴费的2个月内无法享受医保待遇)', () => {
    expect(wait('2025年厦门城乡居民医保', '需在2025年4月30日前完成缴费,否则从5月开始缴费的2个月内无法享受医保待遇。')).toEqual([['resident', 2]]);
  });

  it('reads a wait counted from the month of payment, for flexible workers though the benefit is named for employees (当月起4个月后(含缴费当月)享受职工医保待遇)', () => {
    expect(wait('2025年厦门灵活就业人员医保', '中断缴费超过2个月的,自办理缴费手续当月起4个月后(含缴费当月)享受职工医保待遇。')).toEqual([['flexible', 4]]);
  });
});

describe('windows named in other words', () => {
  it('reads a central pre-payment period as the window (集中预缴期设定为…)', () => {
    expect(ofKey('enrollment.window', '长春城乡居民医保', '2026年度的集中预缴期设定为2025年9月1日至2026年2月28日。'))
      .toEqual([['220100', 'resident', 2026, 'enrollment.window', '', { start: '2025-09-01', end: '2026-02-28' }]]);
  });

  it('reads a coming payment period stated by its opening and closing days (缴费将于…开始,…截止)', () => {
    expect(ofKey('enrollment.window', '四平城乡居民医保', '四平市2022年度居民医保集中缴费将于2021年10月15日开始,2021年12月25日截止。'))
      .toEqual([['220300', 'resident', 2022, 'enrollment.window', '', { start: '2021-10-15', end: '2021-12-25' }]]);
  });
});

describe('a longer grace for those with years paid', () => {
  it('is not read as the general grace (已连续缴费满N个月且在M个月内补缴到账的)', () => {
    expect(ofKey('lapse.grace_months', '2025年长春职工医保断缴', '参保人在本统筹区已连续缴费满48个月且在5个月内补缴到账的,断缴期间可享受医保待遇。')).toEqual([]);
  });
});

describe('the employee insurance named on a page for flexible workers', () => {
  const title = '关于灵活就业人员参加职工基本医疗保险缴费事项的告知书';
  it('reads a sentence naming only the insurance as the flexible workers\' rule (职工基本医疗保险月缴费基数为…)', () => {
    expect(ofKey('contribution.base_monthly', title, '二、2024年下半年办理缴费的,职工基本医疗保险月缴费基数为4650元。').map((r) => [r[1], r[5]]))
      .toEqual([['flexible', 4650]]);
  });

  it('reads the bounds of the insurance\'s base for its members and flexible workers alike', () => {
    expect(ofKey('contribution.base_min_monthly', title, '2024年度我市职工基本医疗保险缴费基数下限4650元/月,上限23250元/月。').map((r) => [r[1], r[5]]))
      .toEqual([['employee', 4650], ['flexible', 4650]]);
  });

  it('keeps employees named as people in the employee scheme (用人单位职工)', () => {
    expect(ofKey('contribution.base_monthly', title, '2025年用人单位职工缴费基数为5000元。').map((r) => [r[1], r[5]]))
      .toEqual([['employee', 5000]]);
  });
});
