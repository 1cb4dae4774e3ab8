/**
 * Resident shares as real pages write them (helper res2): each construction pinned with a
 * sentence written for this file, with other places and figures than any page.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

type Row = [region: string, scheme: string, year: number, key: string, variant: string, value: unknown];
const facts = (title: string, text: string): Row[] =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
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
    expect(ofKeys(['contribution.subsidy_annual'], '', '2021年,九江市城乡居民医保财政补助标准从原来的每人每年575元,调整至605元,调增30元。'))
      .toEqual([
        ['360400', 'resident', 2020, 'contribution.subsidy_annual', '', 575],
        ['360400', 'resident', 2021, 'contribution.subsidy_annual', '', 605],
      ]);
  });
});
