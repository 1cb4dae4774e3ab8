import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleLookup } from '../../core/calculation';
import { waitingPeriod, type WaitingPeriodInput } from '../../core/waiting-period';
import type { Scheme } from '../../domain/facts';
import { errorOf, lookupOf, type Seed } from '../support/rule-facts';


const none = lookupOf([]);

const liuzhou2025: Seed[] = [
  { key: 'waiting.fixed_months', value: 3, year: 2025 },
  { key: 'waiting.per_lapsed_year_months', value: 1, year: 2025 },
  { key: 'enrollment.window', value: { start: '2024-09-01', end: '2024-12-31' }, year: 2025 },
];

function resident(lapse: WaitingPeriodInput['lapse'], paidOn: string, extra: Partial<WaitingPeriodInput> = {}): WaitingPeriodInput {
  return { scheme: 'resident', lapse, paidOn, ...extra };
}

describe('resident waiting period', () => {
  it('waits 3 + 1 months after two lapsed years paid in the window (青岛 worked example)', () => {
    const answer = waitingPeriod(resident({ from: '2025', to: '2026' }, '2026-11-15'), none);
    expect(answer).toMatchObject({
      coverageStart: '2027-01-01',
      benefitsResume: '2027-05-01',
      fixedMonths: 3,
      variableMonths: 1,
      repairedMonths: 0,
      totalMonths: 4,
      lapsedYears: 2,
    });
  });

  it('takes one month off when one year is repaired (青岛 worked example)', () => {
    const answer = waitingPeriod(resident({ from: '2025', to: '2026' }, '2026-11-15', { repairYears: 1 }), none);
    expect(answer).toMatchObject({ benefitsResume: '2027-04-01', repairedMonths: 1, totalMonths: 3 });
  });

  it('cites 国办发〔2024〕38号 and the default window when no fact is known', () => {
    const { trace } = waitingPeriod(resident({ from: '2025', to: '2026' }, '2026-11-15', { repairYears: 1 }), none);
    const defaults = trace.filter((s) => s.from === 'default');
    expect(defaults.map((s) => s.rule)).toEqual([
      'enrollment.window', 'waiting.fixed_months', 'waiting.per_lapsed_year_months', 'waiting.repair_per_year_months',
    ]);
    expect(defaults[0].default?.citation).toMatch(/国办发〔2024〕38号.*September to December/);
    expect(defaults[0].value).toEqual({ start: '2026-09-01', end: '2026-12-31' });
    for (const step of defaults.slice(1)) expect(step.default?.citation).toMatch(/国办发〔2024〕38号/);
  });

  it('uses 柳州\'s 2025 facts with their sources: two lapsed years wait 4 months', () => {
    const answer = waitingPeriod(resident({ from: '2023', to: '2024' }, '2024-10-15'), lookupOf(liuzhou2025));
    expect(answer).toMatchObject({ coverageStart: '2025-01-01', totalMonths: 4, benefitsResume: '2025-05-01' });
    const facts = answer.trace.filter((s) => s.from === 'fact');
    expect(facts.map((s) => s.fact?.key)).toEqual(['enrollment.window', 'waiting.fixed_months', 'waiting.per_lapsed_year_months']);
    for (const step of facts) {
      expect(step.fact).toMatchObject({ year: 2025, region: '450200', inheritedFrom: null, hedged: false });
      expect(step.fact?.sources[0].quote).toBeTruthy();
    }
  });

  it('starts coverage the day after a payment made outside the window', () => {
    const answer = waitingPeriod(resident({ from: '2024', to: '2025' }, '2025-03-10'), lookupOf(liuzhou2025));
    expect(answer).toMatchObject({ coverageStart: '2025-03-11', totalMonths: 4, benefitsResume: '2025-07-11' });
  });

  it('keeps the day of the month and ends a short month on its last day', () => {
    const answer = waitingPeriod(resident(null, '2025-01-30'), none);
    expect(answer).toMatchObject({ coverageStart: '2025-01-31', totalMonths: 3, benefitsResume: '2025-04-30' });
  });

  it('covers from 1 January when a stated window runs into the policy year', () => {
    const lookup = lookupOf([{ key: 'enrollment.window', value: { start: '2024-09-01', end: '2025-02-28' }, year: 2025, region: '100000' }]);
    const answer = waitingPeriod(resident({ from: '2023', to: '2024' }, '2025-02-10'), lookup);
    expect(answer).toMatchObject({ coverageStart: '2025-01-01', benefitsResume: '2025-05-01' });
  });

  it('counts a policy year uncovered in part as lapsed', () => {
    const answer = waitingPeriod(resident({ from: '2024-07', to: '2025-06' }, '2025-10-01'), none);
    expect(answer).toMatchObject({ lapsedYears: 2, lapsedMonths: 12, variableMonths: 1, benefitsResume: '2026-05-01' });
  });

  it('waits nothing after a lapse that lies within the window it is paid in', () => {
    const answer = waitingPeriod(resident({ from: '2026-10', to: '2026-12' }, '2026-11-15'), none);
    expect(answer).toMatchObject({ totalMonths: 0, benefitsResume: '2027-01-01' });
  });

  it('waits nothing without a lapse when paid in the window', () => {
    expect(waitingPeriod(resident(undefined, '2024-10-15'), lookupOf(liuzhou2025))).toMatchObject({ totalMonths: 0, benefitsResume: '2025-01-01' });
  });

  it('waits the fixed period for enrolling outside the window even without a lapse', () => {
    const answer = waitingPeriod(resident(undefined, '2025-04-15'), none);
    expect(answer).toMatchObject({ coverageStart: '2025-04-16', fixedMonths: 3, totalMonths: 3, benefitsResume: '2025-07-16' });
  });

  it('waits nothing for newborns and exempt groups', () => {
    const answer = waitingPeriod(resident({ from: '2020', to: '2024' }, '2024-10-15', { exempt: true }), none);
    expect(answer).toMatchObject({ totalMonths: 0, benefitsResume: '2025-01-01', lapsedYears: 5 });
  });

  it('keeps at least 6 months after repair once 4 or more years have lapsed', () => {
    const answer = waitingPeriod(resident({ from: '2020', to: '2024' }, '2024-10-15', { repairYears: 4 }), none);
    expect(answer).toMatchObject({ fixedMonths: 3, variableMonths: 4, repairedMonths: 1, totalMonths: 6, benefitsResume: '2025-07-01' });
    expect(answer.trace.find((s) => s.rule === 'repair floor')?.default?.citation).toMatch(/4 or more consecutive years/);
  });

  it('repairs freely after a lapse of 3 years', () => {
    const answer = waitingPeriod(resident({ from: '2022', to: '2024' }, '2024-10-15', { repairYears: 5 }), none);
    expect(answer).toMatchObject({ variableMonths: 2, repairedMonths: 2, totalMonths: 3 });
  });

  it('repairs only the variable part, with the region\'s own months per year', () => {
    const lookup = lookupOf([
      { key: 'waiting.per_lapsed_year_months', value: 2, year: 2025 },
      { key: 'waiting.repair_per_year_months', value: 2, year: 2025 },
    ]);
    const answer = waitingPeriod(resident({ from: '2023', to: '2024' }, '2024-10-15', { repairYears: 3 }), lookup);
    expect(answer).toMatchObject({ fixedMonths: 3, variableMonths: 2, repairedMonths: 2, totalMonths: 3 });
  });

  it('caps the wait where the region states a maximum', () => {
    const lookup = lookupOf([{ key: 'waiting.max_months', value: 6, year: 2025 }]);
    const answer = waitingPeriod(resident({ from: '2015', to: '2024' }, '2024-10-15'), lookup);
    expect(answer).toMatchObject({ fixedMonths: 3, variableMonths: 9, totalMonths: 6, benefitsResume: '2025-07-01' });
    expect(answer.trace.at(-1)).toMatchObject({ rule: 'waiting.max_months', from: 'fact' });
  });

  it('refuses a lapse that ends before it starts, naming the field', () => {
    const error = errorOf(() => waitingPeriod(resident({ from: '2026', to: '2025' }, '2026-11-15'), none));
    expect(error).toMatchObject({ field: 'lapse.to', kind: 'invalid-input' });
  });

  it('refuses a lapse that reaches into the coverage being paid for', () => {
    expect(errorOf(() => waitingPeriod(resident({ from: '2025', to: '2027' }, '2026-11-15'), none)).field).toBe('lapse.to');
  });

  it('refuses a payment date that is not a date', () => {
    expect(errorOf(() => waitingPeriod(resident(null, '2025-02-30'), none)).field).toBe('paidOn');
  });

  it('refuses a wrong-shaped fact as unanswerable rather than guessing', () => {
    const lookup = lookupOf([{ key: 'waiting.fixed_months', value: 2.5, year: 2025 }]);
    expect(errorOf(() => waitingPeriod(resident({ from: '2024', to: '2024' }, '2024-10-15'), lookup))).toMatchObject({
      field: 'waiting.fixed_months', kind: 'unanswerable',
    });
  });
});

const karamay2025: Seed[] = [
  { key: 'lapse.grace_months', value: 3, year: 2025, scheme: 'flexible', region: '650200' },
  {
    key: 'waiting.tiers', year: 2025, scheme: 'flexible', region: '650200',
    value: [{ maxLapseDays: 60, startOffsetMonths: 1 }, { maxLapseDays: 180, startOffsetMonths: 3 }, { maxLapseDays: null, startOffsetMonths: 6 }],
  },
];

function flexible(from: string, to: string, paidOn: string, extra: Partial<WaitingPeriodInput> = {}): WaitingPeriodInput {
  return { scheme: 'flexible', lapse: { from, to }, paidOn, ...extra };
}

describe('employee and flexible resumption', () => {
  it('resumes the month after payment when a lapse within the grace period is back-paid', () => {
    const answer = waitingPeriod(flexible('2025-01', '2025-03', '2025-04-10'), lookupOf(karamay2025));
    expect(answer).toMatchObject({ coverageStart: '2025-05-01', benefitsResume: '2025-05-01', totalMonths: 0, lapsedMonths: 3 });
  });

  it('picks the tier by lapse days: 120 days start 3 months after the payment month', () => {
    const answer = waitingPeriod(flexible('2025-01', '2025-04', '2025-05-20'), lookupOf(karamay2025));
    expect(answer).toMatchObject({ coverageStart: '2025-06-01', benefitsResume: '2025-08-01', totalMonths: 2 });
    expect(answer.trace.find((s) => s.rule === 'waiting.tiers')).toMatchObject({ from: 'fact', value: { maxLapseDays: 180, startOffsetMonths: 3 } });
  });

  it('falls to the unbounded tier for a lapse of a whole year', () => {
    const answer = waitingPeriod(flexible('2024-01', '2024-12', '2025-01-10'), lookupOf(karamay2025));
    expect(answer.benefitsResume).toBe('2025-07-01');
  });

  it('uses the tiers when a short lapse is not back-paid', () => {
    const answer = waitingPeriod(flexible('2025-01', '2025-02', '2025-03-05', { backPaid: false }), lookupOf(karamay2025));
    expect(answer).toMatchObject({ benefitsResume: '2025-04-01', totalMonths: 0 });
  });

  it('leaves the date unknown where the region states neither tiers nor a fixed wait beyond the grace period', () => {
    const answer = waitingPeriod({ scheme: 'employee', lapse: { from: '2025-01', to: '2025-06' }, paidOn: '2025-07-15' }, none);
    expect(answer).toMatchObject({ coverageStart: '2025-08-01', benefitsResume: null, totalMonths: null, continuous: false });
    expect(answer.trace.filter((s) => s.from === 'default').map((s) => s.rule)).toEqual(['lapse.grace_months']);
    expect(answer.trace.find((s) => s.from === 'unknown')).toMatchObject({ rule: 'waiting.fixed_months', unknown: { effect: expect.stringContaining('benefitsResume') } });
  });

  it('uses a fixed wait inherited from the national facts and says so', () => {
    const lookup = lookupOf([{ key: 'waiting.fixed_months', value: 2, year: 2025, scheme: 'flexible', region: '100000', inheritedFrom: '100000', hedged: true }]);
    const answer = waitingPeriod(flexible('2025-01', '2025-05', '2025-06-03'), lookup);
    expect(answer).toMatchObject({ totalMonths: 2, benefitsResume: '2025-09-01' });
    expect(answer.trace.find((s) => s.rule === 'waiting.fixed_months')?.fact).toMatchObject({ inheritedFrom: '100000', hedged: true });
  });

  it('caps the wait at the region\'s maximum', () => {
    const lookup = lookupOf([{ key: 'waiting.max_months', value: 4, year: 2025, scheme: 'employee' }, { key: 'waiting.fixed_months', value: 6, year: 2025, scheme: 'employee' }]);
    const answer = waitingPeriod({ scheme: 'employee', lapse: { from: '2025-01', to: '2025-06' }, paidOn: '2025-07-15' }, lookup);
    expect(answer).toMatchObject({ totalMonths: 4, benefitsResume: '2025-12-01' });
  });

  it('refuses a lapse that ends after the month of payment', () => {
    expect(errorOf(() => waitingPeriod(flexible('2025-01', '2025-08', '2025-07-15'), none)).field).toBe('lapse.to');
  });
});

describe('waiting period properties', () => {
  const monthsValue = fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined });
  const regionFacts = fc.record({ fixed: monthsValue, perYear: monthsValue, repair: monthsValue, max: monthsValue });
  const lookupFrom = (r: { fixed?: number; perYear?: number; repair?: number; max?: number }, scheme: Scheme): RuleLookup => {
    const seeds: Seed[] = [];
    for (let year = 2000; year <= 2045; year++) {
      if (r.fixed !== undefined) seeds.push({ key: 'waiting.fixed_months', value: r.fixed, year, scheme });
      if (r.perYear !== undefined) seeds.push({ key: 'waiting.per_lapsed_year_months', value: r.perYear, year, scheme });
      if (r.repair !== undefined) seeds.push({ key: 'waiting.repair_per_year_months', value: r.repair, year, scheme });
      if (r.max !== undefined) seeds.push({ key: 'waiting.max_months', value: r.max, year, scheme });
    }
    return lookupOf(seeds);
  };
  // A lapse of whole years, paid any day from September of its last year to two years on.
  const residentCase = fc.record({
    from: fc.integer({ min: 2010, max: 2030 }),
    years: fc.integer({ min: 1, max: 10 }),
    paidAfter: fc.integer({ min: 0, max: 730 }),
    repairYears: fc.integer({ min: 0, max: 12 }),
    more: fc.integer({ min: 1, max: 5 }),
    exempt: fc.boolean(),
  });
  const paidOnOf = (lastYear: number, after: number) => new Date(Date.UTC(lastYear, 8, 1 + after)).toISOString().slice(0, 10);

  it('never starts benefits before coverage and never waits a negative number of months', () => {
    fc.assert(fc.property(residentCase, regionFacts, (c, r) => {
      const lastYear = c.from + c.years - 1;
      const answer = waitingPeriod(resident({ from: String(c.from), to: String(lastYear) }, paidOnOf(lastYear, c.paidAfter), { repairYears: c.repairYears, exempt: c.exempt }), lookupFrom(r, 'resident'));
      expect(answer.benefitsResume! >= answer.coverageStart).toBe(true);
      expect(answer.coverageStart > paidOnOf(lastYear, c.paidAfter) || answer.coverageStart.endsWith('-01-01')).toBe(true);
      for (const n of [answer.totalMonths, answer.fixedMonths, answer.variableMonths, answer.repairedMonths]) expect(n).toBeGreaterThanOrEqual(0);
      expect(answer.repairedMonths).toBeLessThanOrEqual(answer.variableMonths);
    }));
  });

  it('never gives later benefits for more repair years', () => {
    fc.assert(fc.property(residentCase, regionFacts, (c, r) => {
      const lastYear = c.from + c.years - 1;
      const lookup = lookupFrom(r, 'resident');
      const run = (repairYears: number) =>
        waitingPeriod(resident({ from: String(c.from), to: String(lastYear) }, paidOnOf(lastYear, c.paidAfter), { repairYears }), lookup);
      expect(run(c.repairYears + c.more).benefitsResume! <= run(c.repairYears).benefitsResume!).toBe(true);
    }));
  });

  it('never starts flexible benefits before the month after payment', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 90 }), fc.boolean(), regionFacts,
      (start, length, after, tiers, r) => {
        const from = new Date(Date.UTC(2005, start, 1));
        const to = new Date(Date.UTC(2005, start + length - 1, 1));
        const month = (d: Date) => d.toISOString().slice(0, 7);
        const paidOn = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 1 + after)).toISOString().slice(0, 10);
        const seeds = tiers ? karamay2025.map((s) => ({ ...s, year: Number(paidOn.slice(0, 4)) })) : [];
        const lookup = tiers ? lookupOf(seeds) : lookupFrom(r, 'flexible');
        const answer = waitingPeriod(flexible(month(from), month(to), paidOn), lookup);
        expect(answer.benefitsResume === null || answer.benefitsResume >= answer.coverageStart).toBe(true);
        expect(answer.coverageStart > paidOn).toBe(true);
        // Null only when the wait is unknown, and then it says so.
        if (answer.totalMonths === null) expect(answer.trace.some((s) => s.from === 'unknown')).toBe(true);
        else expect(answer.totalMonths).toBeGreaterThanOrEqual(0);
      },
    ));
  });
});
