/**
 * The vocabulary of policy facts (shared/DOMAIN.md): schemes, keys and the fact shape that the
 * extractor emits, the store keeps, the calculators read and the API serves. Every layer takes
 * these from here; this module depends on nothing.
 */

export const SCHEMES = ['resident', 'employee', 'flexible'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const FACT_KEYS = [
  'contribution.individual_annual',
  'contribution.subsidy_annual',
  'contribution.total_annual',
  'contribution.rate',
  'contribution.monthly_amount',
  'contribution.base_monthly',
  'contribution.base_min_monthly',
  'contribution.base_max_monthly',
  'wage.average_monthly',
  'wage.average_annual',
  'enrollment.window',
  'enrollment.late_window',
  'enrollment.newborn_days',
  'lapse.grace_months',
  'backpay.online_max_months',
  'backpay.max_lookback_months',
  'late_fee.daily_rate',
  'waiting.fixed_months',
  'waiting.per_lapsed_year_months',
  'waiting.repair_per_year_months',
  'waiting.max_months',
  'waiting.tiers',
  'incentive.continuous_years',
  'incentive.cap_increase_annual',
  'aid.tilted_rate_min',
  'aid.tilted_rate_max',
  'aid.annual_cap',
  'retirement.min_years_male',
  'retirement.min_years_female',
  'retirement.min_local_years',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

export interface DateRangeValue {
  start: string | null;
  end: string | null;
}

export interface WaitingTier {
  maxLapseDays: number | null;
  startOffsetMonths: number;
}

export type FactValue = number | DateRangeValue | WaitingTier[];

export interface Evidence {
  quote: string;
  /** Offsets of the quote in the article text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

export interface Fact {
  region: string;
  scheme: Scheme;
  year: number;
  key: FactKey;
  value: FactValue;
  variant?: string;
  hedged: boolean;
  /**
   * How sure the reader is of the value and its scope together (0–1). Calibrated on real
   * articles: of the facts at 0.8 or more, at least 95% are right (DOMAIN.md).
   */
  confidence: number;
  evidence: Evidence;
}

/** A fact as the store keeps it, with the article version and source it came from. */
export interface StoredFact {
  id: number;
  region: string;
  scheme: string;
  year: number;
  key: string;
  variant: string;
  value: unknown;
  hedged: boolean;
  confidence: number;
  quote: string;
  start: number;
  end: number;
  articleId: number;
  versionId: number;
  url: string;
  title: string;
  publishedAt: string | null;
  fetchedAt: string;
  /** The last visit that found the page as stored; absent where not known (the fetch then). */
  checkedAt?: string;
  adapter: string | null;
  /** Whether the source is official (its `trust`); absent where not known. */
  official?: boolean;
}
