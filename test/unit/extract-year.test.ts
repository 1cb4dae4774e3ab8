/**
 * The policy year and region of a fact where the page's wording moves them: a campaign named by
 * the calendar year it runs in, a changed-from figure, dates written `Y年的M月`. One pinned
 * sentence per construction, written for this file with other places and figures.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

type Row = [region: string, scheme: string, year: number, key: string, variant: string, value: unknown];
const facts = (title: string, text: string): Row[] =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
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
