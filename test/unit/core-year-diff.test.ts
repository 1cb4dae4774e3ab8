import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleFact } from '../../core/calculation';
import { diffFacts } from '../../core/year-diff';
import type { FactKey, FactValue } from '../../domain/facts';

type Seed = Partial<RuleFact> & { key: FactKey; value: FactValue; year: number };

function fact(seed: Seed): RuleFact {
  return {
    variant: '', region: '210600', scheme: 'flexible', hedged: false, inheritedFrom: null,
    sources: [{ url: `https://example.test/${seed.year}`, title: '丹东灵活就业医保', quote: `${seed.key} = ${JSON.stringify(seed.value)}`, fetchedAt: '2025-06-01T00:00:00Z', checkedAt: '2025-06-01T00:00:00Z', official: false }],
    ...seed,
  };
}

const facts = (seeds: Seed[]) => seeds.map(fact);

const dandong2024 = facts([
  { key: 'contribution.base_monthly', value: 5203, year: 2024 },
  { key: 'contribution.rate', value: 0.055, year: 2024 },
  { key: 'contribution.monthly_amount', value: 286.17, year: 2024 },
  { key: 'lapse.grace_months', value: 3, year: 2024 },
]);
const dandong2025 = facts([
  { key: 'contribution.base_monthly', value: 5480, year: 2025 },
  { key: 'contribution.rate', value: 0.068, year: 2025 },
  { key: 'lapse.grace_months', value: 3, year: 2025 },
  { key: 'late_fee.daily_rate', value: 0.0005, year: 2025 },
]);

describe('year diff', () => {
  it('reports 丹东\'s flexible base and rate rising from 2024 to 2025', () => {
    const diff = diffFacts(dandong2024, dandong2025);
    expect(diff.changed.map(({ key, old, new: now, absoluteChange, relativeChange }) => ({ key, old, now, absoluteChange, relativeChange }))).toEqual([
      { key: 'contribution.base_monthly', old: 5203, now: 5480, absoluteChange: 277, relativeChange: 0.0532 },
      { key: 'contribution.rate', old: 0.055, now: 0.068, absoluteChange: 0.013, relativeChange: 0.2364 },
    ]);
  });

  it('keeps the evidence of both years on a change', () => {
    const [base] = diffFacts(dandong2024, dandong2025).changed;
    expect(base.oldEvidence).toMatchObject({ year: 2024, region: '210600', sources: [{ url: 'https://example.test/2024' }] });
    expect(base.newEvidence).toMatchObject({ year: 2025, sources: [{ url: 'https://example.test/2025' }] });
  });

  it('lists facts only one year states as added or removed, and counts the rest as unchanged', () => {
    const diff = diffFacts(dandong2024, dandong2025);
    expect(diff.removed.map((f) => [f.key, f.value])).toEqual([['contribution.monthly_amount', 286.17]]);
    expect(diff.added.map((f) => [f.key, f.value])).toEqual([['late_fee.daily_rate', 0.0005]]);
    expect(diff.unchanged).toBe(1);
  });

  it('pairs facts by variant', () => {
    const diff = diffFacts(
      facts([{ key: 'contribution.rate', value: 0.095, variant: '单建统筹', year: 2024 }, { key: 'contribution.rate', value: 0.115, variant: '统账结合', year: 2024 }]),
      facts([{ key: 'contribution.rate', value: 0.095, variant: '单建统筹', year: 2025 }, { key: 'contribution.rate', value: 0.12, variant: '统账结合', year: 2025 }]),
    );
    expect(diff.changed.map((c) => c.variant)).toEqual(['统账结合']);
    expect(diff.unchanged).toBe(1);
  });

  it('reports a moved enrolment window as changed, without a number', () => {
    const diff = diffFacts(
      facts([{ key: 'enrollment.window', value: { start: '2023-09-01', end: '2023-12-31' }, year: 2024, scheme: 'resident' }]),
      facts([{ key: 'enrollment.window', value: { start: '2024-09-01', end: '2025-02-28' }, year: 2025, scheme: 'resident' }]),
    );
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ absoluteChange: null, relativeChange: null, new: { start: '2024-09-01', end: '2025-02-28' } });
  });

  it('compares tier lists by value, not by key order', () => {
    const diff = diffFacts(
      facts([{ key: 'waiting.tiers', value: [{ maxLapseDays: 60, startOffsetMonths: 1 }, { maxLapseDays: null, startOffsetMonths: 3 }], year: 2024 }]),
      facts([{ key: 'waiting.tiers', value: [{ startOffsetMonths: 1, maxLapseDays: 60 }, { startOffsetMonths: 3, maxLapseDays: null }], year: 2025 }]),
    );
    expect(diff).toMatchObject({ changed: [], unchanged: 1 });
  });

  it('reports a tier list that changed', () => {
    const diff = diffFacts(
      facts([{ key: 'waiting.tiers', value: [{ maxLapseDays: 60, startOffsetMonths: 1 }, { maxLapseDays: null, startOffsetMonths: 3 }], year: 2024 }]),
      facts([{ key: 'waiting.tiers', value: [{ maxLapseDays: 90, startOffsetMonths: 1 }, { maxLapseDays: null, startOffsetMonths: 3 }], year: 2025 }]),
    );
    expect(diff.changed[0]).toMatchObject({ key: 'waiting.tiers', absoluteChange: null });
  });

  it('gives no relative change from zero', () => {
    const diff = diffFacts(
      facts([{ key: 'waiting.fixed_months', value: 0, year: 2024 }]),
      facts([{ key: 'waiting.fixed_months', value: 2, year: 2025 }]),
    );
    expect(diff.changed[0]).toMatchObject({ absoluteChange: 2, relativeChange: null });
  });

  it('pairs a city\'s own fact with the one it inherited last year', () => {
    const diff = diffFacts(
      facts([{ key: 'contribution.individual_annual', value: 380, year: 2024, scheme: 'resident', region: '450000', inheritedFrom: '450000' }]),
      facts([{ key: 'contribution.individual_annual', value: 400, year: 2025, scheme: 'resident', region: '450200' }]),
    );
    expect(diff.changed[0]).toMatchObject({ oldEvidence: { inheritedFrom: '450000' }, newEvidence: { inheritedFrom: null }, relativeChange: 0.0526 });
  });
});

describe('year diff properties', () => {
  const keys: FactKey[] = ['contribution.rate', 'contribution.base_monthly', 'waiting.fixed_months', 'late_fee.daily_rate'];
  const factList = fc.uniqueArray(
    fc.record({ key: fc.constantFrom(...keys), variant: fc.constantFrom('', '一档', '二档'), value: fc.integer({ min: 0, max: 5 }) }),
    { selector: (f) => `${f.key}|${f.variant}`, maxLength: 12 },
  ).map((list) => facts(list.map((f) => ({ ...f, year: 2025 }))));

  it('finds nothing between a list and itself', () => {
    fc.assert(fc.property(factList, (list) => {
      expect(diffFacts(list, list)).toEqual({ added: [], removed: [], changed: [], unchanged: list.length });
    }));
  });

  it('mirrors added and removed when the years are swapped', () => {
    fc.assert(fc.property(factList, factList, (a, b) => {
      const forward = diffFacts(a, b);
      const backward = diffFacts(b, a);
      expect(backward.added).toEqual(forward.removed);
      expect(backward.removed).toEqual(forward.added);
      expect(backward.changed.length).toBe(forward.changed.length);
      expect(forward.added.length + forward.changed.length + forward.unchanged).toBe(b.length);
    }));
  });
});
