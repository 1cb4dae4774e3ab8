import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * Round-ups that list each place's share by group under one caption (`二、缴费标准` then
 * `某市:成年居民A元/人;学生B元/人`): a group's bare figure is what that group pays. Our own
 * sentences, other places and figures.
 */
const shares = (title: string, text: string) =>
  factRows(title, text).filter((row) => row[3] === 'contribution.individual_annual').map((row) => [row[0], row[2], row[4], row[5]]);

describe('a group named alone before its figure, under a caption of the share', () => {
  it('reads each group of a place line (某市:成年居民A元/人;学生及未成年人B元/人)', () => {
    expect(shares('2026年各地居民医保', '二、缴费标准\n1、江西省赣州市:成年居民415元/人;学生及18周岁以下未成年人385元/人\n2、吉安市:老年居民430元/人'))
      .toEqual([['360700', 2026, '成年居民', 415], ['360700', 2026, '学生及18周岁以下未成年人', 385], ['360800', 2026, '老年居民', 430]]);
  });

  it('is not misled by another cover named in an aside closed before the group (A元/人(含长护险N元),未成年人B元/人)', () => {
    expect(shares('2026年各地居民医保', '二、缴费标准\n1、台州市:成年人575元/人(含长护险25元),未成年人545元/人'))
      .toEqual([['331000', 2026, '成年人', 575], ['331000', 2026, '未成年人', 545]]);
  });

  it('reads no group figure under a caption of another cover or of aid', () => {
    expect(shares('2026年各地居民医保', '二、长期护理保险缴费标准\n1、台州市:成年人25元/人,未成年人15元/人')).toEqual([]);
    expect(shares('2026年各地居民医保', '二、困难群体资助标准\n1、台州市:低保对象200元/人')).toEqual([]);
  });
});
