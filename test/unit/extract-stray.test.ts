import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * Readings that must not be made: a stray headline of another page naming a place, a period that
 * is a condition, a bound on the sum of cap rises, and an income per head taken as a payroll base.
 * Our own sentences, other places and figures.
 */
const rows = (title: string, text: string, key?: string) =>
  factRows(title, text).filter((row) => !key || row[3] === key).map((row) => [row[0], row[2], row[3], row[5]]);

describe('what is not a fact of the page', () => {
  it('keeps the title\'s place under a stray headline of another page naming another city', () => {
    const text = ['青岛地铁6号线站台门启用时间公布', '2024年居民医保个人缴费标准为每人每年390元。', '对困难群众实行差额缴费:', '低保对象个人缴费60元。'].join('\n');
    expect(rows('宁夏城乡居民医保筹资标准', text, 'contribution.individual_annual').map((row) => row[0])).toEqual(['640000', '640000']);
  });

  it('still takes a roundup\'s city heading as the place of the lines below it', () => {
    const text = ['三、宁波市', '2026年个人缴费标准为每人每年460元。'].join('\n');
    expect(rows('浙江各地居民医保缴费标准', text, 'contribution.individual_annual')).toEqual([['330200', 2026, 'contribution.individual_annual', 460]]);
  });

  it('reads no window from a period that is a condition (…至…内缴费的,将有等待期)', () => {
    const text = ['2026年度梧州市居民医保个人缴费为410元/人/年。集中缴费日期为2025年9月1日至12月31日。如果迟缴费,会有以下后果:', '-', '2026年1月1日至6月30日内缴费的,将有4个月等待期。'].join('\n');
    expect(rows('2026年度梧州市居民医保缴费标准及迟缴后果', text, 'enrollment.window')).toEqual([['450400', 2026, 'enrollment.window', { start: '2025-09-01', end: '2025-12-31' }]]);
  });

  it('reads no yearly cap rise from a bound on the sum of rises (累计提高额度不超过N万元封顶线的20%)', () => {
    const text = '2026年起,连续参保满4年的,之后每连续参保1年,大病保险最高支付限额提高5000元;两项激励累计提高额度不超过9万元封顶线的20%。';
    expect(rows('2026年拉萨医保', text, 'incentive.cap_increase_annual')).toEqual([['540100', 2026, 'incentive.cap_increase_annual', 5000]]);
  });

  it('reads no payroll base from an income per head (以全体居民人均可支配收入N元为基数)', () => {
    const text = '2024年二档个人缴费标准以2022年度全市全体居民人均可支配收入36120元为基数确定。';
    expect(rows('2024年台州职工医保', text, 'contribution.base_monthly')).toEqual([]);
  });
});

describe('the ends of a range of the base', () => {
  it('reads no floor from the end of a range with a word of its own before it (下限A元至限制B元)', () => {
    const text = '灵活就业人员可在月缴费基数下限4300元至限制21500元之间选择申报。';
    expect(rows('2024年德州灵活就业医保', text, 'contribution.base_min_monthly')).toEqual([['371400', 2024, 'contribution.base_min_monthly', 4300]]);
  });

  it('still reads the ceiling its own word names (下限A元至上限B元)', () => {
    const text = '灵活就业人员可在月缴费基数下限4300元至上限21500元之间选择申报。';
    expect(rows('2024年德州灵活就业医保', text).map((row) => row[2])).toEqual(['contribution.base_min_monthly', 'contribution.base_max_monthly']);
  });
});
