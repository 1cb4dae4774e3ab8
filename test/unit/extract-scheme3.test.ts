import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/** Scheme of facts whose wording, not a scheme's name, tells which scheme they are for. */
const facts = (title: string, text: string) =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const keyed = (title: string, text: string, key: string) => facts(title, text).filter((f) => f[3] === key);

describe('scheme read from the wording', () => {
  it('a wait counted in months paid, naming no scheme, is a payroll wait (employee)', () => {
    expect(keyed('2024年南平医保停缴后怎么恢复', '南平医保中断缴费后重新缴费的,须连续缴费满8个月才能恢复医保待遇。', 'waiting.fixed_months')).toEqual([
      ['350700', 'employee', 2024, 'waiting.fixed_months', '', 8],
    ]);
  });

  it('a wait after paying, naming no scheme and counting no months paid, stays resident', () => {
    expect(keyed('2024年南平医保停缴后怎么恢复', '南平医保中断缴费后重新缴费的,自缴费之日起4个月后方可恢复享受医保待遇。', 'waiting.fixed_months')).toEqual([
      ['350700', 'resident', 2024, 'waiting.fixed_months', '', 4],
    ]);
  });
});
