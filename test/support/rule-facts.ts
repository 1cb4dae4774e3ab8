/** Facts for calculator tests: a seed list becomes a `RuleLookup` with the database lookup's variant behaviour. */
import { CalculationError, type RuleFact, type RuleLookup } from '../../core/calculation';
import type { FactKey, FactValue } from '../../domain/facts';

export type Seed = Partial<RuleFact> & { key: FactKey; value: FactValue; year: number };

export function fact(seed: Seed, defaults: Partial<RuleFact> = {}): RuleFact {
  return {
    variant: '', region: '450200', scheme: 'resident', hedged: false, inheritedFrom: null,
    sources: [{ url: `https://example.test/${seed.key}`, title: null, quote: `${seed.key} = ${JSON.stringify(seed.value)}`, fetchedAt: '2025-06-01T00:00:00Z', checkedAt: '2025-06-01T00:00:00Z', official: false }],
    ...defaults,
    ...seed,
  };
}

/** Like the database lookup: exact year; a named variant, else the fact without one, else the only one. */
export function lookupOf(seeds: Seed[], defaults: Partial<RuleFact> = {}): RuleLookup {
  const facts = seeds.map((seed) => fact(seed, defaults));
  return (key, year, variant) => {
    const candidates = facts.filter((f) => f.key === key && f.year === year);
    if (variant) return candidates.find((f) => f.variant === variant);
    return candidates.find((f) => f.variant === '') ?? (candidates.length === 1 ? candidates[0] : undefined);
  };
}

/** The CalculationError `run` throws; fails the test when it throws nothing or something else. */
export function errorOf(run: () => unknown): CalculationError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalculationError) return error;
    throw error;
  }
  throw new Error('expected a CalculationError');
}
