import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * Retirement contribution years (retirement.*): the wordings of real pages, each pinned with a
 * sentence of our own (other places, other figures).
 */
const retirement = (title: string, text: string) =>
  extractFacts({ title, text })
    .filter((f) => f.key.startsWith('retirement.'))
    .map((f) => [f.region, f.scheme, f.year, f.key, f.value]);

describe('retirement years', () => {
  it('reads the sexes\' years in a sentence that names the retirement age elsewhere (达到法定退休年龄时,男性…满28年)', () => {
    expect(retirement('2024年绍兴职工医保', '参保人达到法定退休年龄时,男性实际缴费年限累计满28年、女性累计满22年的,不再缴费。')).toEqual([
      ['330600', 'employee', 2024, 'retirement.min_years_male', 28],
      ['330600', 'employee', 2024, 'retirement.min_years_female', 22],
    ]);
  });

  it('still reads no years from an age in the same clause (男满60周岁)', () => {
    expect(retirement('2024年绍兴职工医保', '退休时男满60周岁、女满50周岁的,可办理退休手续。')).toEqual([]);
  });

  it('passes over a year on the way to the figure (对男性设定2026年累计缴费满24年)', () => {
    expect(retirement('', '嘉兴则对男性设定2026年累计缴费满24年的要求。')).toEqual([
      ['330400', 'employee', 2026, 'retirement.min_years_male', 24],
    ]);
  });

  it('reads no figure from a bracketed example (如2026年退休男性需实际缴费14年)', () => {
    expect(retirement('2026年衢州职工医保', '衢州规定男性累计缴费满28年,实际缴费年限逐年递增(如2026年退休男性需实际缴费14年)。')).toEqual([
      ['330800', 'employee', 2026, 'retirement.min_years_male', 28],
    ]);
  });

  it('reads the local years as a floor (本省实际缴费年限不低于12年) for both payroll schemes named together', () => {
    expect(retirement('2023年株洲医保', '单位参保人员、灵活就业参保人员累计缴费年限男满28年、女满23年,本省实际缴费年限不低于12年的退休人员,不再缴纳医保费。')).toEqual([
      ['430200', 'employee', 2023, 'retirement.min_years_male', 28],
      ['430200', 'flexible', 2023, 'retirement.min_years_male', 28],
      ['430200', 'employee', 2023, 'retirement.min_years_female', 23],
      ['430200', 'flexible', 2023, 'retirement.min_years_female', 23],
      ['430200', 'employee', 2023, 'retirement.min_local_years', 12],
      ['430200', 'flexible', 2023, 'retirement.min_local_years', 12],
    ]);
  });

  it('reads the local years of a rising floor in its named year, not the floor it rose from', () => {
    expect(retirement('', '江西省要求男性累计满28年、女性满22年,且在本省实际缴费至少8年,但实际缴费年限标准逐年递增,2026年需11年。')
      .filter((f) => f[3] === 'retirement.min_local_years')).toEqual([
      ['360000', 'employee', 2026, 'retirement.min_local_years', 11],
    ]);
  });

  it('reads no local years from alternatives (满10年或12年不等)', () => {
    expect(retirement('2025年吉安职工医保', '吉安、赣州等地明确要求退休时本地实际缴费满8年或11年不等。')).toEqual([]);
  });

  it("reads a transition's years and where its yearly rise ends, each in its year", () => {
    expect(retirement('', '赣州对男性设置过渡期政策,2026年底前退休者累计缴费满26年即可,但2027年起每年递增1年,至2029年达29年。')).toEqual([
      ['360700', 'employee', 2026, 'retirement.min_years_male', 26],
      ['360700', 'employee', 2029, 'retirement.min_years_male', 29],
    ]);
  });
});
