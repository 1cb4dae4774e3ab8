/**
 * The bridge from facts in force to the calculators: a lookup that answers "the fact in force
 * for this key in this policy year" over facts already worked out by `facts-in-force` (the
 * region's inheritance and precedence applied, the sources kept for the trace).
 */
import type { FactKey, FactValue, Scheme } from '../domain/facts';
import type { RuleFact, RuleLookup } from './calculation';
import type { FactInForce } from './facts-in-force';

/** A fact in force as the calculators and diffs take it. */
export function toRuleFact(fact: FactInForce): RuleFact {
  return {
    key: fact.key as FactKey, value: fact.value as FactValue, variant: fact.variant, year: fact.year, region: fact.region,
    scheme: fact.scheme as Scheme, hedged: fact.hedged, inheritedFrom: fact.inheritedFrom, sources: fact.sources,
  };
}

/** The facts in force of one scheme and year, by key: what `ruleLookupOver` reads. */
export type FactsByKey = ReadonlyMap<string, readonly RuleFact[]>;

/** The facts in force by key, for a lookup over facts already worked out (a cache's). */
export function factsByKey(facts: readonly RuleFact[]): FactsByKey {
  const byKey = new Map<string, RuleFact[]>();
  for (const fact of facts) {
    const list = byKey.get(fact.key);
    if (list) list.push(fact);
    else byKey.set(fact.key, [fact]);
  }
  return byKey;
}

/** A lookup over facts in force already worked out per policy year (undefined: a year outside those read). */
export function ruleLookupOver(yearFacts: (year: number) => FactsByKey | undefined): RuleLookup {
  return (key, year, variant) => chooseVariant(yearFacts(year)?.get(key) ?? [], variant);
}

/** Without a variant asked for: the fact without one, else the only one there is. */
function chooseVariant(answers: readonly RuleFact[], variant: string | undefined): RuleFact | undefined {
  return variant !== undefined && variant !== ''
    ? answers.find((a) => a.variant === variant) ?? answers.find((a) => a.variant.includes(variant))
    : answers.find((a) => a.variant === '') ?? (answers.length === 1 ? answers[0] : undefined);
}
