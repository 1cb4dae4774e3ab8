import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/** The facts of one sentence, as tuples easy to compare. */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);

describe('wordings articles use for the same rules', () => {
  it('reads a period named after its dates as the late window (…至…为补缴期)', () => {
    expect(facts('2026年度福州居民医保', '集中缴费期结束后,2026年1月1日至2026年6月30日为补缴期。')).toContainEqual(
      ['350100', 'resident', 2026, 'enrollment.late_window', '', { start: '2026-01-01', end: '2026-06-30' }]);
  });

  it('reads a back-paying period after the window has ended as the late window', () => {
    expect(facts('2025苏州居民医保', '集中参保期结束后,可在2025年1月1日至3月31日期间补缴。')).toContainEqual(
      ['320500', 'resident', 2025, 'enrollment.late_window', '', { start: '2025-01-01', end: '2025-03-31' }]);
  });

  it('reads 某日前申请补缴 as the end of the late window, but not in a worked example', () => {
    expect(facts('2025佛山居民医保', '未在集中缴费期内缴费的居民,可在2025年3月31日前申请补缴。')).toContainEqual(
      ['440600', 'resident', 2025, 'enrollment.late_window', '', { start: null, end: '2025-03-31' }]);
    expect(facts('2025佛山居民医保', '例如,2023年断缴的医保,需在2024年12月31日前补缴完毕欠费。')).toEqual([]);
  });

  it('reads 从…开始,到…结束 as a range', () => {
    expect(facts('2025南宁居民医保', '2025年度的集中缴费期从2024年9月1日开始,到2024年12月31日结束。')).toContainEqual(
      ['450100', 'resident', 2025, 'enrollment.window', '', { start: '2024-09-01', end: '2024-12-31' }]);
  });

  it('names the group written before the key (一档个人缴费400元, 单位缴费比例)', () => {
    expect(facts('重庆居民医保2025', '重庆市2025年一档个人缴费400元,二档个人缴费735元。')).toEqual([
      ['500000', 'resident', 2025, 'contribution.individual_annual', '一档', 400],
      ['500000', 'resident', 2025, 'contribution.individual_annual', '二档', 735],
    ]);
    expect(facts('2025年肇庆职工医保缴费比例', '2025年肇庆市职工医保单位缴费比例为5.5%,个人缴费比例为2%。')).toEqual([
      ['441200', 'employee', 2025, 'contribution.rate', '单位', 0.055],
      ['441200', 'employee', 2025, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it('reads a cap stated after the wait it caps, and a grace worded 不超过N个月', () => {
    expect(facts('2025佛山居民医保', '断保超过1年的,每多断保1年,等待期增加1个月,最长不超过6个月。')).toContainEqual(
      ['440600', 'resident', 2025, 'waiting.max_months', '', 6]);
    expect(facts('2025成都职工医保', '职工医保断缴不超过3个月的,补缴后视为连续参保。')).toContainEqual(
      ['510100', 'employee', 2025, 'lapse.grace_months', '', 3]);
  });

  it('reads 其中 as another group of the same key, and 每个月应缴 as the monthly amount', () => {
    expect(facts('肇庆居民医保2025', '肇庆市2025年居民医保个人缴费标准为410元/人,其中大学生为370元/人。')).toEqual([
      ['441200', 'resident', 2025, 'contribution.individual_annual', '', 410],
      ['441200', 'resident', 2025, 'contribution.individual_annual', '大学生', 370],
    ]);
    expect(facts('丹东灵活就业医保', '丹东市2025年灵活就业人员的医保缴费基数为5480元,缴费比例为6.8%,每个月应缴372.64元。')).toContainEqual(
      ['210600', 'flexible', 2025, 'contribution.monthly_amount', '', 372.64]);
  });

  it('hedges only the clause that hedges, and keeps a notice\'s 原则上 rules', () => {
    const text = [
      '一、待遇等待期',
      '集中缴费期外参保的,参保后设固定待遇等待期2个月;没有连续参保的,每多断保1年,原则上加设变动等待期1个月,固定与变动等待期合计不超过5个月。',
      '柳州市医疗保障局',
    ].join('\n');
    const found = extractFacts({ title: '关于开展2026年度居民医保集中参保缴费的通知', text });
    const byKey = Object.fromEntries(found.map((f) => [f.key, f]));
    expect(byKey['waiting.fixed_months']).toMatchObject({ region: '450200', year: 2026, value: 2, hedged: false });
    expect(byKey['waiting.per_lapsed_year_months']).toMatchObject({ value: 1, hedged: true });
    expect(byKey['waiting.max_months']).toMatchObject({ value: 5 });
  });

  it('reads the base bounds after 缴费基数, and a clause\'s own label as its variant', () => {
    expect(facts('2025年西安灵活就业医保', '西安市2025年灵活就业人员医保缴费基数为每月4500元至22500元之间自主选择。')).toEqual([
      ['610100', 'flexible', 2025, 'contribution.base_min_monthly', '', 4500],
      ['610100', 'flexible', 2025, 'contribution.base_max_monthly', '', 22500],
    ]);
    expect(facts('2025年西安灵活就业医保', '统账结合:缴费比例为8%;单建统筹:缴费比例为5.5%。')).toEqual([
      ['610100', 'flexible', 2025, 'contribution.rate', '统账结合', 0.08],
      ['610100', 'flexible', 2025, 'contribution.rate', '单建统筹', 0.055],
    ]);
  });

  it('knows a county written by its short name after its province, and a resident 缴费时间 before the year as the window', () => {
    expect(facts('2025年江苏太仓居民医保缴费标准', '个人缴费每人每年530元。缴费时间为2024年10月8日至12月28日。')).toEqual([
      ['320585', 'resident', 2025, 'contribution.individual_annual', '', 530],
      ['320585', 'resident', 2025, 'enrollment.window', '', { start: '2024-10-08', end: '2024-12-28' }],
    ]);
    expect(facts('2025广西防城港居民医保', '个人缴费标准为每人每年400元。')[0][0]).toBe('450600');
  });
});
