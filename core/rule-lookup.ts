/**
 * The bridge from stored facts to the calculators: a lookup that answers "the fact in force for
 * this key in this policy year", with the region's inheritance and the precedence of
 * `facts-in-force` applied, and the sources kept for the trace.
 */
import type { StoredFact } from '../domain/facts';
import type { FactKey, FactValue, Scheme } from '../domain/facts';
import type { RuleFact, RuleLookup } from './calculation';
import { factsInForce, type FactInForce } from './facts-in-force';

/** A fact in force as the calculators and diffs take it. */
export function toRuleFact(fact: FactInForce): RuleFact {
  return {
    key: fact.key as FactKey, value: fact.value as FactValue, variant: fact.variant, year: fact.year, region: fact.region,
    scheme: fact.scheme as Scheme, hedged: fact.hedged, inheritedFrom: fact.inheritedFrom, sources: fact.sources,
  };
}

/**
 * @param rows current facts of the region's chain for one scheme
 * @param chain the region and its ancestors, nearest first
 */
export function ruleLookupFrom(rows: StoredFact[], chain: string[]): RuleLookup {
  const cache = new Map<string, RuleFact | undefined>();
  const lookup: RuleLookup = (key, year, variant) => {
    const id = `${key}|${year}|${variant ?? '*'}`;
    if (cache.has(id)) return cache.get(id);
    const candidates = rows.filter((r) => r.key === key && r.year === year);
    const answers = factsInForce(candidates, { chain, year, atYear: year });
    // Without a variant asked for: the fact without one, else the only one there is.
    const chosen = variant !== undefined && variant !== ''
      ? answers.find((a) => a.variant === variant) ?? answers.find((a) => a.variant.includes(variant))
      : answers.find((a) => a.variant === '') ?? (answers.length === 1 ? answers[0] : undefined);
    const fact = chosen && toRuleFact(chosen);
    cache.set(id, fact);
    return fact;
  };
  lookup.variants = (key, year) => factsInForce(rows.filter((r) => r.key === key && r.year === year), { chain, year, atYear: year }).map((a) => a.variant);
  return lookup;
}
