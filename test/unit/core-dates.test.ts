import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, isIsoDate, lastDayOfMonth, monthsInRange } from '../../core/dates';

describe('calendar arithmetic', () => {
  it('adds months to the first of a month landing on the first', () => {
    expect(addMonths('2027-01-01', 4)).toBe('2027-05-01');
    expect(addMonths('2026-11-01', 3)).toBe('2027-02-01');
  });

  it('ends a month that lacks the day on its last day', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('knows the last day of February in leap years', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
  });

  it('counts days across a year end', () => {
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-31', '2025-05-20')).toBe(109);
  });

  it('lists months across a year end and none for a reversed range', () => {
    expect(monthsInRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsInRange('2025-02', '2024-11')).toEqual([]);
  });

  it('refuses days a month does not have', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('never moves a date backwards by adding months', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (date, a, b) => {
      expect(addMonths(date, a) >= date).toBe(true);
      expect(addMonths(date, Math.min(a, b)) <= addMonths(date, Math.max(a, b))).toBe(true);
    }));
  });
});
