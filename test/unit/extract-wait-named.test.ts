import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * Waits and shares named in ways the older rows missed: a fixed wait called the basic one, a wait
 * given in brackets or before a bracket, a lapse named by the bare verb, the individual part of a
 * financing total named by 个人 alone, and a sum that includes the subsidy. Our own sentences,
 * other places and figures.
 */
const rows = (title: string, text: string, key: string) =>
  factRows(title, text).filter((row) => row[3] === key).map((row) => [row[0], row[2], row[5]]);

describe('a wait named the basic one, or in brackets', () => {
  it('reads the wait before its name (N个月基础等待期) and the lapse per year beside it', () => {
    const text = '2026年起,未按时缴费将产生4个月基础等待期,每多断保1年增加2个月。';
    expect(rows('2026年泉州市居民医保', text, 'waiting.fixed_months')).toEqual([['350500', 2026, 4]]);
    expect(rows('2026年泉州市居民医保', text, 'waiting.per_lapsed_year_months')).toEqual([['350500', 2026, 2]]);
  });

  it('reads the wait after its name (基础等待期N个月) and a lapse named by the bare verb (每多断1年)', () => {
    const text = '莆田市2026年起实行:基础等待期4个月,每多断1年增加2个月。';
    expect(rows('莆田居民医保', text, 'waiting.fixed_months')).toEqual([['350300', 2026, 4]]);
    expect(rows('莆田居民医保', text, 'waiting.per_lapsed_year_months')).toEqual([['350300', 2026, 2]]);
  });

  it('reads a wait followed by a bracket (需等待N个月(每多断1年…))', () => {
    const text = '2026年三明市断缴者再参保需等待4个月(每多断1年增加2个月等待期)。';
    expect(rows('三明居民医保', text, 'waiting.fixed_months')).toEqual([['350400', 2026, 4]]);
    expect(rows('三明居民医保', text, 'waiting.per_lapsed_year_months')).toEqual([['350400', 2026, 2]]);
  });

  it('reads a wait given in brackets after its name (重新计算等待期(N个月))', () => {
    expect(rows('2026年南平市职工医保', '南平市职工医保中断超过3个月的,需重新计算等待期(5个月)。', 'waiting.fixed_months')).toEqual([['350700', 2026, 5]]);
  });

  it('still reads no wait from a bracket summing its parts (等待5个月(4个月+1个月))', () => {
    expect(rows('2026年南平市居民医保', '南平市居民断保两年的需等待5个月(4个月+1个月)。', 'waiting.fixed_months')).toEqual([]);
  });
});

describe('the parts of a financing total', () => {
  it('reads 个人 alone after the subsidy as the individual part (含财政补助A元、个人B元)', () => {
    const text = '龙岩市2026年居民医保筹资标准为1150元(含财政补助720元、个人430元)。';
    expect(rows('龙岩居民医保', text, 'contribution.individual_annual')).toEqual([['350800', 2026, 430]]);
    expect(rows('龙岩居民医保', text, 'contribution.subsidy_annual')).toEqual([['350800', 2026, 720]]);
  });

  it('reads no subsidy from a sum that includes it (需缴纳全额N元(含财政补助))', () => {
    const text = '宁德市2026年居民医保逾期参保的,需缴纳全额费用1150元(含财政补助)。';
    expect(rows('宁德居民医保', text, 'contribution.subsidy_annual')).toEqual([]);
  });
});

describe('the enrolment window named by its time of enrolment, or with its days in a bracket', () => {
  it('reads a period named the enrolment time under a policy-year label (办理Y年度…参保时间为…至…)', () => {
    const text = '办理2027年度本市城乡居民医保参保时间为2026年10月8日至2026年12月25日。';
    expect(rows('2027年厦门居民医保', text, 'enrollment.window')).toEqual([['350200', 2027, { start: '2026-10-08', end: '2026-12-25' }]]);
  });

  it('reads the window whose bracket lists the days of each month with a comma (…(10-11月每月1-20日,12月1-25日))', () => {
    const text = '- 集中缴费期:2026年10月1日至12月25日(10-11月每月1-20日,12月1-25日)。';
    expect(rows('2027年漳州市居民医保', text, 'enrollment.window')).toEqual([['350600', 2027, { start: '2026-10-01', end: '2026-12-25' }]]);
  });

  it('still reads no window from a monthly payment period (缴费时间:每月1日至25日)', () => {
    expect(rows('2027年漳州市居民医保', '缴费时间:每月1日至25日。', 'enrollment.window')).toEqual([]);
  });
});
