/**
 * What the calculators read and how they account for it. Facts arrive through a `RuleLookup`,
 * so a route can feed the facts in force for a region (a city inheriting its province's and the
 * national ones) and a test can feed a list. Every figure an answer uses becomes a `TraceStep`:
 * a fact with its sources, a default with its citation, or something the caller said.
 */
import type { DateRangeValue, FactKey, FactValue, Scheme, WaitingTier } from '../domain/facts';

/** The evidence behind a fact: `facts-in-force`'s source. */
export type { FactSource } from './facts-in-force';
import type { FactSource } from './facts-in-force';

export interface RuleFact {
  key: FactKey;
  value: FactValue;
  variant: string;
  year: number;
  region: string;
  scheme: Scheme;
  hedged: boolean;
  inheritedFrom: string | null;
  sources: FactSource[];
}

/**
 * The fact in force for a key in a policy year (variant '' = no variant); undefined when none.
 * Without a variant the lookup answers with the fact that has none, else the only one there is;
 * the calculators rely on that rather than enumerating variants themselves.
 */
export type RuleLookup = (key: FactKey, year: number, variant?: string) => RuleFact | undefined;

export interface TraceFact {
  key: FactKey;
  year: number;
  region: string;
  variant: string;
  inheritedFrom: string | null;
  hedged: boolean;
  sources: FactSource[];
}

export interface TraceStep {
  rule: string;
  detail: string;
  value: unknown;
  from: 'fact' | 'default' | 'input';
  fact?: TraceFact;
  default?: { value: unknown; citation: string };
}

/**
 * `invalid-input`: the request itself cannot be answered as asked (a route's 400);
 * `unanswerable`: the request is fine but the facts needed are missing or unusable (422).
 */
export type CalculationErrorKind = 'invalid-input' | 'unanswerable';

/** The one error the calculators throw; `field` names the request field it is about. */
export class CalculationError extends Error {
  readonly field: string;
  readonly reason: string;
  readonly kind: CalculationErrorKind;

  constructor(field: string, reason: string, kind: CalculationErrorKind = 'invalid-input') {
    super(`${field}: ${reason}`);
    this.name = 'CalculationError';
    this.field = field;
    this.reason = reason;
    this.kind = kind;
  }
}

export function factStep(rule: string, detail: string, fact: RuleFact, value: unknown = fact.value): TraceStep {
  return {
    rule,
    detail,
    value,
    from: 'fact',
    fact: {
      key: fact.key,
      year: fact.year,
      region: fact.region,
      variant: fact.variant,
      inheritedFrom: fact.inheritedFrom,
      hedged: fact.hedged,
      sources: fact.sources,
    },
  };
}

export function defaultStep(rule: string, detail: string, value: unknown, citation: string): TraceStep {
  return { rule, detail, value, from: 'default', default: { value, citation } };
}

export function inputStep(rule: string, detail: string, value: unknown): TraceStep {
  return { rule, detail, value, from: 'input' };
}

/** A figure the answer uses, with the step that accounts for it. */
export interface Resolved<T> {
  value: T;
  step: TraceStep;
  fact?: RuleFact;
}

function unusable(fact: RuleFact, why: string): CalculationError {
  return new CalculationError(fact.key, `the ${fact.year} fact of ${fact.region} ${why}`, 'unanswerable');
}

/** The first of `years` with a fact for `key`: a rule stated for one year answers for the next only if asked. */
export function findFact(lookup: RuleLookup, key: FactKey, years: number[], variant?: string): RuleFact | undefined {
  for (const year of years) {
    const fact = lookup(key, year, variant);
    if (fact) return fact;
  }
  return undefined;
}

/** A non-negative number fact (money, rate, count), or undefined when there is none. */
export function numberFact(fact: RuleFact | undefined): number | undefined {
  if (!fact) return undefined;
  if (typeof fact.value !== 'number' || !Number.isFinite(fact.value) || fact.value < 0) {
    throw unusable(fact, 'is not a non-negative number');
  }
  return fact.value;
}

/** A whole number of months, as every `_months` key holds; fractions cannot be added to a date. */
export function monthsFact(fact: RuleFact | undefined): number | undefined {
  const value = numberFact(fact);
  if (value !== undefined && !Number.isInteger(value)) throw unusable(fact!, 'is not a whole number of months');
  return value;
}

export function dateRangeFact(fact: RuleFact | undefined): DateRangeValue | undefined {
  if (!fact) return undefined;
  const v = fact.value as Partial<DateRangeValue>;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || !('start' in v) || !('end' in v)) {
    throw unusable(fact, 'is not a date range');
  }
  return { start: v.start ?? null, end: v.end ?? null };
}

export function tiersFact(fact: RuleFact | undefined): WaitingTier[] | undefined {
  if (!fact) return undefined;
  const tiers = fact.value;
  const ok = Array.isArray(tiers) && tiers.length > 0 && tiers.every((t) =>
    typeof t === 'object' && t !== null
    && (t.maxLapseDays === null || (typeof t.maxLapseDays === 'number' && t.maxLapseDays >= 0))
    && Number.isInteger(t.startOffsetMonths) && t.startOffsetMonths >= 0);
  if (!ok) throw unusable(fact, 'is not a list of waiting tiers');
  return tiers as WaitingTier[];
}

/** A `_months` rule from the first year with a fact, else its cited default. */
export function monthsRule(
  lookup: RuleLookup,
  key: FactKey,
  years: number[],
  fallback: { value: number; citation: string },
  detail: (value: number) => string,
): Resolved<number> {
  const fact = findFact(lookup, key, years);
  const value = monthsFact(fact);
  if (fact && value !== undefined) return { value, fact, step: factStep(key, detail(value), fact) };
  return { value: fallback.value, step: defaultStep(key, detail(fallback.value), fallback.value, fallback.citation) };
}
