import { describe, expect, it } from 'vitest';
import { keyRows } from '../support/extract-rows';

/**
 * Constructions met on real excerpts (sets of 2026-12-06), in our own sentences with other places
 * and figures.
 */
const rows = keyRows;

describe('aid towards a group\'s share', () => {
  it('takes no share from the aid after a share without its unit (个人缴费80,参保资助320元)', () => {
    const text = '2026年度居民医保个人缴费标准每人每年400元。其中低保对象个人缴费80,参保资助320元;边缘户个人缴费260元,参保资助140元。';
    expect(rows('2026年天水居民医保', text, 'contribution.individual_annual').map((row) => row[3]).sort()).toEqual([260, 400]);
  });
});

describe('an untitled excerpt\'s first line', () => {
  it('passes over a caption in brackets to the line that dates the text ((配图) then 某省2027年度…开始缴费)', () => {
    const text = ['', '(配图)', '', '据某报消息,江西省2027年度城乡居民医保开始缴费。', '', '一、缴费标准', '', '2026年居民医保人均财政补助标准为每人每年720元,个人缴费标准为420元。', '', '二、缴费时间', '', '2026年10月15日至2027年2月28日。'].join('\n');
    expect(rows('', text, 'enrollment.window')).toEqual([['360000', 2027, '', { start: '2026-10-15', end: '2027-02-28' }]]);
  });
});

describe('a sentence about rates', () => {
  it('is no worked example for saying 比例如下 (例如 inside it): its year dates the text', () => {
    const text = ['', '门诊指南', '', '甘肃2023最新社保缴费明细', '某健康网 2024-02-11阅读量:512', '根据2023年甘肃社保政策调整,社保缴费基数和比例如下:', '', '一、职工社保缴费标准', '', '  1. 缴费基数范围', '', '    • 下限:4100元/月'].join('\n');
    expect(rows('', text, 'contribution.base_min_monthly').map((row) => [row[1], row[3]])).toEqual([[2023, 4100]]);
  });
});
