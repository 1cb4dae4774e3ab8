import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * Constructions of search-result excerpts (no title line; the text starts mid-page), read on real
 * pages the rules were not written from, each pinned with a sentence of our own: other places,
 * other figures.
 */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const keyed = (title: string, text: string, key: string) => facts(title, text).filter((f) => f[3] === key);

describe('an excerpt without a title', () => {
  it('takes the scheme its first line names for the sections below it (…灵活就业人员医保缴费标准如下:)', () => {
    const text = [
      '综合各地政策,2024年灵活就业人员医保缴费标准如下:',
      '一、烟台市',
      '- 缴费基数:最低4380元,最高21900元。',
      '- 缴费比例:可选择6%或8%。',
    ].join('\n');
    expect(keyed('', text, 'contribution.base_min_monthly')).toEqual([['370600', 'flexible', 2024, 'contribution.base_min_monthly', '', 4380]]);
    expect(keyed('', text, 'contribution.rate').map((f) => f[1])).toEqual(['flexible', 'flexible']);
  });

  it('leaves the scheme to each sentence when the first line names two', () => {
    const text = ['职工和灵活就业人员2024年医保缴费说明:', '烟台市职工医保单位缴费比例为7%。'].join('\n');
    expect(keyed('', text, 'contribution.rate').map((f) => f[1])).toEqual(['employee']);
  });
});
