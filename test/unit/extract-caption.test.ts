import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * A caption line (`…说明:`) over an indented answer, a wait stated as the month benefits start
 * counted from the payment. Our own sentences, other places and figures.
 */
const rows = (title: string, text: string, key?: string) =>
  factRows(title, text).filter((row) => !key || row[3] === key).map((row) => [row[0], row[2], row[1], row[3], row[5]]);

describe('a caption over an indented answer', () => {
  it('scopes the indented line under a question by the caption above it (  某市职工医保续保说明:)', () => {
    const text = ['2022年湘潭医保断了可以续吗?', '', '  可以。', '', '  湘潭企业职工医保续保说明:', '',
      '  断缴2个月(含)以内续保的,从续保后的次月起享受待遇;超过2个月续保的,从续保后的第5个月起享受待遇。'].join('\n');
    expect(rows('2022年湘潭医保断了可以续吗?', text, 'waiting.fixed_months')).toEqual([['430300', 2022, 'employee', 'waiting.fixed_months', 4]]);
  });

  it('still leaves an indented line after a line of its own that is no caption to the page\'s scheme', () => {
    const text = ['  可以。', '  断缴2个月(含)以内续保的,从续保后的次月起享受待遇;超过2个月续保的,从续保后的第5个月起享受待遇。'].join('\n');
    expect(rows('2022年湘潭居民医保断了可以续吗?', text, 'waiting.fixed_months')).toEqual([['430300', 2022, 'resident', 'waiting.fixed_months', 4]]);
  });
});

describe('the month benefits start, counted from the payment', () => {
  it('reads 从缴费后的第N个月起享受 as a wait of N − 1 months', () => {
    const text = '2024年起,中断缴费超过6个月的,从补缴后的第3个月起享受职工医保待遇。';
    expect(rows('2024年株洲职工医保', text, 'waiting.fixed_months')).toEqual([['430200', 2024, 'employee', 'waiting.fixed_months', 2]]);
  });
});
