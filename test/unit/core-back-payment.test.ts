import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backPaymentSchedule, type BackPaymentInput, type MonthlySchedule, type YearlySchedule } from '../../core/back-payment';
import type { RuleLookup } from '../../core/calculation';
import { errorOf, lookupOf as lookupSeeds, type Seed } from '../support/rule-facts';

const lookupOf = (seeds: Seed[]) => lookupSeeds(seeds, { region: '650200', scheme: 'flexible' });

const karamayAmounts: Seed[] = [
  { key: 'contribution.monthly_amount', value: 474.91, variant: '单建统筹', year: 2025 },
  { key: 'contribution.monthly_amount', value: 574.89, variant: '统账结合', year: 2025 },
  { key: 'contribution.rate', value: 0.095, variant: '单建统筹', year: 2025 },
  { key: 'contribution.rate', value: 0.115, variant: '统账结合', year: 2025 },
];
const karamayRules: Seed[] = [
  { key: 'backpay.online_max_months', value: 3, year: 2025 },
  { key: 'backpay.max_lookback_months', value: 24, year: 2025, hedged: true },
  { key: 'lapse.grace_months', value: 3, year: 2025 },
  {
    key: 'waiting.tiers', year: 2025,
    value: [{ maxLapseDays: 60, startOffsetMonths: 1 }, { maxLapseDays: 180, startOffsetMonths: 3 }, { maxLapseDays: null, startOffsetMonths: 6 }],
  },
];
const dandong: Seed[] = [
  { key: 'contribution.base_monthly', value: 5203, year: 2024, region: '210600' },
  { key: 'contribution.rate', value: 0.055, year: 2024, region: '210600' },
  { key: 'contribution.monthly_amount', value: 286.17, year: 2024, region: '210600' },
  { key: 'contribution.base_monthly', value: 5480, year: 2025, region: '210600' },
  { key: 'contribution.rate', value: 0.068, year: 2025, region: '210600' },
];

function flexible(from: string, to: string, paidOn: string, extra: Partial<BackPaymentInput> = {}): BackPaymentInput {
  return { scheme: 'flexible', months: { from, to }, paidOn, ...extra };
}

const monthly = (input: BackPaymentInput, lookup: RuleLookup) => backPaymentSchedule(input, lookup) as MonthlySchedule;

describe('flexible and employee back-payment', () => {
  it('owes 克拉玛依\'s 统账结合 monthly amount for each of 4 months: 2299.56', () => {
    const schedule = monthly(flexible('2025-01', '2025-04', '2025-05-20', { variant: '统账结合' }), lookupOf(karamayAmounts));
    expect(schedule.lines.map((l) => [l.month, l.amount])).toEqual([
      ['2025-01', 574.89], ['2025-02', 574.89], ['2025-03', 574.89], ['2025-04', 574.89],
    ]);
    expect(schedule.lines[0].basis).toEqual({ kind: 'monthly_amount', monthlyAmount: 574.89, variant: '统账结合' });
    // No late-fee rate in these facts: flexible late fees are unknown, so the total is too.
    expect(schedule.totals).toEqual({ amount: 2299.56, lateFees: null, total: null });
  });

  it('leaves a flexible late fee no fact states unknown, never 0', () => {
    const schedule = monthly(flexible('2025-01', '2025-04', '2025-05-20', { variant: '统账结合' }), lookupOf(karamayAmounts));
    expect(schedule.trace.find((s) => s.rule === 'late_fee.daily_rate')).toMatchObject({ from: 'unknown', unknown: { effect: expect.stringContaining('totals.lateFees') } });
    expect(schedule.lines.every((l) => l.lateFee === null)).toBe(true);
  });

  it('charges employee arrears the statutory 万分之五 a day of 社会保险法 第八十六条 where no fact states a rate', () => {
    const lookup = lookupOf([{ key: 'contribution.monthly_amount', value: 500, year: 2025, scheme: 'employee' }]);
    const schedule = monthly({ scheme: 'employee', months: { from: '2025-01', to: '2025-01' }, paidOn: '2025-03-02' }, lookup);
    const step = schedule.trace.find((s) => s.rule === 'late_fee.daily_rate')!;
    expect(step).toMatchObject({ from: 'default', value: 0.0005 });
    expect(step.default?.citation).toMatch(/社会保险法.*第八十六条/);
    expect(schedule.lines[0]).toMatchObject({ daysLate: 30, lateFee: 7.5 });
  });

  it('charges 0.2% a day from the day after each month\'s last day', () => {
    const lookup = lookupOf([...karamayAmounts, { key: 'late_fee.daily_rate', value: 0.002, year: 2025 }]);
    const schedule = monthly(flexible('2025-01', '2025-04', '2025-05-20', { variant: '统账结合' }), lookup);
    expect(schedule.lines.map((l) => [l.dueDate, l.daysLate, l.lateFee])).toEqual([
      ['2025-01-31', 109, 125.33], ['2025-02-28', 81, 93.13], ['2025-03-31', 50, 57.49], ['2025-04-30', 20, 23],
    ]);
    expect(schedule.totals).toEqual({ amount: 2299.56, lateFees: 298.95, total: 2598.51 });
  });

  it('charges 0.05% a day on each month owed', () => {
    const lookup = lookupOf([
      { key: 'contribution.monthly_amount', value: 500, year: 2025 },
      { key: 'late_fee.daily_rate', value: 0.0005, year: 2025 },
    ]);
    const schedule = monthly(flexible('2025-01', '2025-02', '2025-03-31'), lookup);
    expect(schedule.lines.map((l) => [l.daysLate, l.lateFee])).toEqual([[59, 14.75], [31, 7.75]]);
  });

  it('charges no late fee on a month paid before its due date', () => {
    const lookup = lookupOf([
      { key: 'contribution.monthly_amount', value: 500, year: 2025 },
      { key: 'late_fee.daily_rate', value: 0.0005, year: 2025 },
    ]);
    expect(monthly(flexible('2025-03', '2025-03', '2025-03-15'), lookup).lines[0]).toMatchObject({ daysLate: 0, lateFee: 0 });
  });

  it('tells whether the lapse can be paid online and lies within the look-back', () => {
    const lookup = lookupOf([...karamayAmounts, ...karamayRules]);
    const long = monthly(flexible('2025-01', '2025-04', '2025-05-20', { variant: '统账结合' }), lookup);
    expect(long).toMatchObject({ canPayOnline: false, withinLookback: true });
    const short = monthly(flexible('2025-02', '2025-04', '2025-05-20', { variant: '统账结合' }), lookup);
    expect(short.canPayOnline).toBe(true);
  });

  it('leaves online payment and look-back unknown without facts', () => {
    expect(monthly(flexible('2025-01', '2025-04', '2025-05-20', { variant: '统账结合' }), lookupOf(karamayAmounts)))
      .toMatchObject({ canPayOnline: null, withinLookback: null });
  });

  it('resumes benefits by the region\'s waiting tiers', () => {
    const lookup = lookupOf([...karamayAmounts, ...karamayRules]);
    expect(monthly(flexible('2025-01', '2025-04', '2025-05-20', { variant: '统账结合' }), lookup).benefitsResume).toBe('2025-08-01');
    expect(monthly(flexible('2025-03', '2025-04', '2025-05-20', { variant: '统账结合' }), lookup).benefitsResume).toBe('2025-06-01');
  });

  it('prices a month at base × rate where no monthly amount is stated (丹东 2025)', () => {
    const schedule = monthly(flexible('2025-01', '2025-01', '2025-02-10'), lookupOf(dandong));
    expect(schedule.lines[0]).toMatchObject({
      amount: 372.64,
      basis: { kind: 'base_times_rate', base: 5480, baseFrom: 'contribution.base_monthly', rate: 0.068 },
    });
  });

  it('prices each month with its own year\'s facts', () => {
    const schedule = monthly(flexible('2024-11', '2025-02', '2025-03-10'), lookupOf(dandong));
    expect(schedule.lines.map((l) => l.amount)).toEqual([286.17, 286.17, 372.64, 372.64]);
    expect(schedule.totals.amount).toBe(1317.62);
    // Each fact is traced once, however many months it prices.
    expect(schedule.trace.filter((s) => s.rule === 'contribution.monthly_amount')).toHaveLength(1);
  });

  it('pays at the minimum base when only the minimum is known', () => {
    const lookup = lookupOf([
      { key: 'contribution.base_min_monthly', value: 4113, year: 2024, region: '140000' },
      { key: 'contribution.rate', value: 0.06, year: 2024 },
    ]);
    const schedule = monthly(flexible('2024-05', '2024-05', '2024-06-01'), lookup);
    expect(schedule.lines[0]).toMatchObject({ amount: 246.78, basis: { baseFrom: 'contribution.base_min_monthly', base: 4113 } });
    expect(schedule.trace.find((s) => s.rule === 'contribution.base_min_monthly')?.detail).toMatch(/minimum/);
  });

  it('raises a chosen base below the minimum to the minimum', () => {
    const lookup = lookupOf([
      { key: 'contribution.base_min_monthly', value: 4113, year: 2024 },
      { key: 'contribution.rate', value: 0.06, year: 2024 },
    ]);
    expect(monthly(flexible('2024-05', '2024-05', '2024-06-01', { base: 3000 }), lookup).lines[0].amount).toBe(246.78);
    expect(monthly(flexible('2024-05', '2024-05', '2024-06-01', { base: 5000 }), lookup).lines[0]).toMatchObject({ amount: 300, basis: { baseFrom: 'input' } });
  });

  it('uses the only variant a region states when none is named', () => {
    const lookup = lookupOf([{ key: 'contribution.monthly_amount', value: 499.59, variant: '基本医疗保险', year: 2025 }]);
    expect(monthly(flexible('2025-01', '2025-01', '2025-02-01'), lookup).lines[0].amount).toBe(499.59);
  });

  it('asks for a variant when the region states several', () => {
    const error = errorOf(() => backPaymentSchedule(flexible('2025-01', '2025-04', '2025-05-20'), lookupOf(karamayAmounts)));
    expect(error).toMatchObject({ field: 'variant', kind: 'unanswerable', variants: ['单建统筹', '统账结合'] });
    expect(error.reason).toMatch(/variants that exist: 单建统筹, 统账结合/);
  });

  it('refuses months that end before they start', () => {
    expect(errorOf(() => backPaymentSchedule(flexible('2025-04', '2025-01', '2025-05-20'), lookupOf(dandong))))
      .toMatchObject({ field: 'months.to', kind: 'invalid-input' });
  });

  it('refuses more than 120 months', () => {
    expect(errorOf(() => backPaymentSchedule(flexible('2010-01', '2025-01', '2025-05-20'), lookupOf(dandong))).field).toBe('months');
  });

  it('refuses months after the payment', () => {
    expect(errorOf(() => backPaymentSchedule(flexible('2025-01', '2025-07', '2025-05-20'), lookupOf(dandong))).field).toBe('months.to');
  });

  it('refuses a year it has no price for, as unanswerable', () => {
    expect(errorOf(() => backPaymentSchedule(flexible('2023-12', '2024-01', '2024-02-20'), lookupOf(dandong))))
      .toMatchObject({ field: 'months', kind: 'unanswerable' });
  });

  it('needs a base when only a rate is known', () => {
    expect(errorOf(() => backPaymentSchedule(flexible('2025-01', '2025-01', '2025-02-20'), lookupOf([{ key: 'contribution.rate', value: 0.1, year: 2025 }]))))
      .toMatchObject({ field: 'base', kind: 'unanswerable' });
  });
});

const resident = (from: number, to: number, paidOn: string, variant?: string): BackPaymentInput =>
  ({ scheme: 'resident', years: { from, to }, paidOn, ...(variant ? { variant } : {}) });

describe('resident back-payment', () => {
  const liuzhou: Seed[] = [
    { key: 'contribution.individual_annual', value: 380, year: 2024, scheme: 'resident', region: '450200' },
    { key: 'contribution.individual_annual', value: 400, year: 2025, scheme: 'resident', region: '450200' },
  ];

  it('owes each lapsed year\'s individual share', () => {
    const schedule = backPaymentSchedule(resident(2024, 2025, '2025-10-10'), lookupOf(liuzhou)) as YearlySchedule;
    expect(schedule.unit).toBe('year');
    expect(schedule.lines.map((l) => [l.year, l.amount])).toEqual([[2024, 380], [2025, 400]]);
    expect(schedule.totals).toEqual({ amount: 780, lateFees: 0, total: 780 });
    expect(schedule.trace.filter((s) => s.rule === 'contribution.individual_annual').map((s) => s.fact?.year)).toEqual([2024, 2025]);
  });

  it('counts the years paid back as repair of the variable wait', () => {
    // Two lapsed years, paid in the 2026 window: 3 fixed + 1 variable, repaired to 3.
    expect(backPaymentSchedule(resident(2024, 2025, '2025-10-10'), lookupOf(liuzhou)).benefitsResume).toBe('2026-04-01');
  });

  it('owes the tier the payer names', () => {
    const lookup = lookupOf([
      { key: 'contribution.individual_annual', value: 400, variant: '一档', year: 2025, scheme: 'resident', region: '450100' },
      { key: 'contribution.individual_annual', value: 775, variant: '二档', year: 2025, scheme: 'resident', region: '450100' },
    ]);
    expect(backPaymentSchedule(resident(2025, 2025, '2025-10-10', '二档'), lookup).totals.total).toBe(775);
    expect(errorOf(() => backPaymentSchedule(resident(2025, 2025, '2025-10-10', '三档'), lookup))).toMatchObject({ field: 'variant', kind: 'unanswerable' });
  });

  it('refuses years that end before they start', () => {
    expect(errorOf(() => backPaymentSchedule(resident(2025, 2024, '2025-10-10'), lookupOf(liuzhou))).field).toBe('years.to');
  });
});

describe('back-payment properties', () => {
  it('totals exactly the sum of its lines', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 400 }),
      fc.array(fc.integer({ min: 1, max: 500_000 }), { minLength: 3, maxLength: 3 }),
      fc.constantFrom(0.0005, 0.001, 0.002, 0.00033),
      (start, length, after, fenPerYear, feeRate) => {
        const at = (i: number) => new Date(Date.UTC(2020, start + i, 1)).toISOString().slice(0, 7);
        const from = at(0);
        const to = at(length - 1);
        const paidOn = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 1 + after)).toISOString().slice(0, 10);
        const seeds: Seed[] = [];
        for (let year = 2020; year <= 2030; year++) {
          seeds.push({ key: 'contribution.monthly_amount', value: fenPerYear[year % 3] / 100, year });
          seeds.push({ key: 'late_fee.daily_rate', value: feeRate, year });
        }
        const schedule = monthly(flexible(from, to, paidOn), lookupOf(seeds));
        const f = (yuan: number) => Math.round(yuan * 100);
        expect(schedule.lines).toHaveLength(length);
        expect(f(schedule.totals.amount)).toBe(schedule.lines.reduce((s, l) => s + f(l.amount), 0));
        expect(f(schedule.totals.lateFees!)).toBe(schedule.lines.reduce((s, l) => s + f(l.lateFee!), 0));
        expect(f(schedule.totals.total!)).toBe(f(schedule.totals.amount) + f(schedule.totals.lateFees!));
        for (const line of schedule.lines) {
          expect(f(line.amount) / 100).toBe(line.amount);
          expect(f(line.lateFee!) / 100).toBe(line.lateFee);
        }
      },
    ));
  });
});
