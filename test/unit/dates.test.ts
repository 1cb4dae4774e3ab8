import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateRanges } from '../../scrapers/extract/dates';

const rangeOf = (text: string, year: number | null = null) => findDateRanges(text, year)[0]?.range;

describe('date ranges', () => {
  it('reads a range whose end omits the year', () => {
    expect(rangeOf('2024年9月1日至12月31日')).toEqual({ start: '2024-09-01', end: '2024-12-31' });
  });

  it('reads month ranges with 底 as the end of the month', () => {
    expect(rangeOf('集中缴费时间为9月至12月底', 2024)).toEqual({ start: '2024-09-01', end: '2024-12-31' });
  });

  it('rolls an end month before the start into the next year', () => {
    expect(rangeOf('2024年9月至2月28日')).toEqual({ start: '2024-09-01', end: '2025-02-28' });
    expect(rangeOf('2024年10月至次年1月')).toEqual({ start: '2024-10-01', end: '2025-01-31' });
  });

  it('reads ISO dates', () => {
    expect(rangeOf('2025-01-01至2025-03-31')).toEqual({ start: '2025-01-01', end: '2025-03-31' });
  });

  it('never ends a range before it starts', () => {
    fc.assert(fc.property(
      fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
      fc.option(fc.integer({ min: 2000, max: 2040 }), { nil: null }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
      (y1, m1, d1, y2, m2, d2) => {
        const text = `${y1}年${m1}月${d1}日至${y2 === null ? '' : `${y2}年`}${m2}月${d2}日`;
        const range = rangeOf(text);
        expect(range).toBeDefined();
        expect(range!.start! <= range!.end!).toBe(true);
      },
    ));
  });
});
