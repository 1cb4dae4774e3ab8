import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * How the fiscal subsidy per resident is named: the insurance or 人均 may stand between the payer
 * and the word for the subsidy, and the figure may follow the rise it went through. Our own
 * sentences, other places and figures.
 */
const subsidies = (title: string, text: string) =>
  factRows(title, text).filter((row) => row[3] === 'contribution.subsidy_annual').map((row) => [row[0], row[2], row[5]]);

describe('the fiscal subsidy named with words between payer and subsidy', () => {
  it('reads the insurance named between (各级财政对居民医保人均补助标准达到N元)', () => {
    expect(subsidies('某省居民医保筹资', '2021年各级财政对居民医保人均补助标准达到每人每年不低于580元。')).toEqual([['100000', 2021, 580]]);
  });

  it('reads 人均 after the word for the subsidy, the rise stated before the figure (财政补贴人均补助标准,增加A元,达到B元)', () => {
    expect(subsidies('2021年居民医保筹资', '各级财政补贴人均补助标准,在2020年的基础上增加30元,达到每人每年不低于580元。')).toEqual([['100000', 2021, 580]]);
  });

  it('reads the full insurance name between (财政对城乡居民基本医疗保险的补助标准为N元)', () => {
    expect(subsidies('浙江医保', '2022年各级财政对城乡居民基本医疗保险的补助标准为每人每年610元。')).toEqual([['330000', 2022, 610]]);
  });
});
