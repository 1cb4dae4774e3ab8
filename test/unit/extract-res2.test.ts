/**
 * Resident shares as real pages write them (helper res2): each construction pinned with a
 * sentence written for this file, with other places and figures than any page.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';
import { factRows } from '../support/extract-rows';

const facts = factRows;
const ofKeys = (keys: string[], title: string, text: string) => facts(title, text).filter((f) => keys.includes(f[3]));

describe('a share changed from an old figure', () => {
  it('files the figure before 从原来的每人每年…调整为 under the year before', () => {
    expect(ofKeys(['contribution.total_annual'], '', '九江市医保局消息,2021年1月1日起,九江市城乡居民医保筹资标准从原来的每人每年890元调整为950元。'))
      .toEqual([
        ['360400', 'resident', 2020, 'contribution.total_annual', '', 890],
        ['360400', 'resident', 2021, 'contribution.total_annual', '', 950],
      ]);
  });

  it('reads 从…A元,调整至B元,调增N元 as the old and new figure, and the rise as no share', () => {
    expect(ofKeys(['contribution.subsidy_annual'], '', '2021年,九江市居民医保的政府补助由原先的每人每年575元,调整至605元,调增30元。'))
      .toEqual([
        ['360400', 'resident', 2020, 'contribution.subsidy_annual', '', 575],
        ['360400', 'resident', 2021, 'contribution.subsidy_annual', '', 605],
      ]);
  });
});

describe('a group named by the lead line above its shares', () => {
  it('takes the group after the year, place and scheme of a lead ending in a colon', () => {
    expect(ofKeys(['contribution.individual_annual', 'contribution.subsidy_annual'], '',
      '➤2024年贵阳市城乡居民医保大中专学生:\n个人缴费标准为每人365元,财政补助标准为每人880元。\n➤2024年贵阳市城乡居民医保其他参保人员:\n个人缴费标准为每人480元,财政补助标准为每人700元。'))
      .toEqual([
        ['520100', 'resident', 2024, 'contribution.individual_annual', '大中专学生', 365],
        ['520100', 'resident', 2024, 'contribution.subsidy_annual', '大中专学生', 880],
        ['520100', 'resident', 2024, 'contribution.individual_annual', '其他参保人员', 480],
        ['520100', 'resident', 2024, 'contribution.subsidy_annual', '其他参保人员', 700],
      ]);
  });

  it('names no group when the lead is only scope', () => {
    expect(ofKeys(['contribution.individual_annual'], '', '➤2024年贵阳市城乡居民医保:\n个人缴费标准为每人365元。'))
      .toEqual([['520100', 'resident', 2024, 'contribution.individual_annual', '', 365]]);
  });
});

describe('the fiscal subsidy named with the word that ties it to the share', () => {
  it('reads 财政对应补助 and 财政配套补助 as the subsidy', () => {
    expect(ofKeys(['contribution.subsidy_annual'], '', '2025年度西宁市居民医保个人每年交400元,财政对应补助标准不低于每人每年690元。'))
      .toEqual([['630100', 'resident', 2025, 'contribution.subsidy_annual', '', 690]]);
    expect(ofKeys(['contribution.subsidy_annual'], '', '2025年度西宁市居民医保个人每年交400元,财政配套补助每人每年700元。'))
      .toEqual([['630100', 'resident', 2025, 'contribution.subsidy_annual', '', 700]]);
  });
});

describe('a figure on a line of its own under a caption of the share', () => {
  it('reads 每人N元 below a numbered caption naming the individual share', () => {
    expect(ofKeys(['contribution.individual_annual'], '', '二、广元市2021年度居民医保个人缴费标准\n每人280元。\n三、广元市2021年度门诊统筹账户\n每人80元。'))
      .toEqual([['510800', 'resident', 2021, 'contribution.individual_annual', '', 280]]);
  });
});

describe('the individual share in short news wording', () => {
  it('reads 个人缴N元 (no 费) as the individual share, and a group\'s 个人缴 as that group\'s', () => {
    expect(ofKeys(['contribution.individual_annual'], '', '2026年江西居民医保个人缴420元,跟上年持平。特困供养和最低生活保障对象个人缴210元。'))
      .toEqual([
        ['360000', 'resident', 2026, 'contribution.individual_annual', '', 420],
        // (跟上年持平: the year before's share was the same.)
        ['360000', 'resident', 2025, 'contribution.individual_annual', '', 420],
        ['360000', 'resident', 2026, 'contribution.individual_annual', '特困供养和最低生活保障对象', 210],
      ]);
  });

  it('is less sure of a share of a group named by the long name of 低保 (最低生活保障)', () => {
    const [share] = extractFacts({ title: '', text: '2026年江西居民医保最低生活保障对象个人缴210元。' });
    const [plain] = extractFacts({ title: '', text: '2026年江西居民医保城镇居民个人缴210元。' });
    expect(share.confidence).toBeLessThan(plain.confidence);
  });
});

describe('a late window named as a window for back-payment', () => {
  it('reads 补缴窗口期 as the late window', () => {
    expect(ofKeys(['enrollment.late_window'], '', '为做好参保扩面,株洲市开设2025年度居民医保补缴窗口期,补缴窗口期为2025年1月3日至3月31日。'))
      .toEqual([['430200', 'resident', 2025, 'enrollment.late_window', '', { start: '2025-01-03', end: '2025-03-31' }]]);
  });
});

describe('newborns and the continuous-enrolment incentive in common asides and short wording', () => {
  it('reads a newborn term with (含)/(不含…) before 内', () => {
    expect(ofKeys(['enrollment.newborn_days'], '', '2025年赣州市新生儿需在出生后60天(不含60天)内办理参保登记。'))
      .toEqual([['360700', 'resident', 2025, 'enrollment.newborn_days', '', 60]]);
    expect(ofKeys(['enrollment.newborn_days'], '', '2025年赣州市新生儿出生后2个月(含)内参保缴费的,自出生之日起享受待遇。'))
      .toEqual([['360700', 'resident', 2025, 'enrollment.newborn_days', '', 60]]);
  });

  it('reads 大病保险额度增N元 as the yearly rise of the incentive', () => {
    expect(ofKeys(['incentive.continuous_years', 'incentive.cap_increase_annual'], '', '2026年江西居民医保连续参保满4年,每多缴1年大病保险额度增3000元。'))
      .toEqual([
        ['360000', 'resident', 2026, 'incentive.continuous_years', '', 4],
        ['360000', 'resident', 2026, 'incentive.cap_increase_annual', '', 3000],
      ]);
  });
});

describe('a group named as the one who joins', () => {
  it('takes GROUP in GROUP参加PLACE YEAR城乡居民医保的个人缴费标准 as the variant', () => {
    expect(ofKeys(['contribution.individual_annual'], '', '在校学生和学龄前儿童参加绵阳市2024年居民医保的个人缴费标准是每人每年360元。'))
      .toEqual([['510700', 'resident', 2024, 'contribution.individual_annual', '在校学生和学龄前儿童', 360]]);
  });

  it('names no group when the one who joins is every resident', () => {
    expect(ofKeys(['contribution.individual_annual'], '', '2024年绵阳市城乡居民参加基本医疗保险的个人缴费标准为每人每年460元。'))
      .toEqual([['510700', 'resident', 2024, 'contribution.individual_annual', '', 460]]);
  });
});
