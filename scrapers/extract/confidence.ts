/**
 * How sure the extractor is of a fact: of its value (how well it knows the wording that stated
 * it) and of its scope (how far from the value its region and year were found). The factors are
 * calibrated on real articles the rules were not written from (`npm run eval` prints precision by
 * band): of the facts at 0.8 or more, at least 95% must be right.
 */

import type { FactKey } from '../../domain/facts';

/** Where a fact's region came from, nearest first. */
export type RegionSource =
  | 'sentence' // named in the sentence itself
  | 'label' // the list item, label or inline heading above it
  | 'section' // the section heading or the question it answers
  | 'title' // the article's title
  | 'issuer' // the agency that signs the notice (`某市医疗保障局` on a line of its own)
  | 'lead' // an untitled excerpt's first line (a search result's answer line), standing in for a title
  | 'body' // guessed from the first place the article's text names
  | 'none'; // no place at all: the national default

/** Where a fact's scheme came from, nearest first. */
export type SchemeSource =
  | 'rule' // fixed by the wording or the key (a resident-only key, a row naming its scheme)
  | 'sentence' // named in the sentence itself
  | 'context' // a label, the paragraph, the section, the title or the first line
  | 'default'; // named nowhere: the key's usual scheme

/** Where a fact's year came from, nearest first. */
export type YearSource =
  | 'rule' // fixed by the value itself (a window's dates, a `2025年度` label in the rule)
  | 'sentence'
  | 'label'
  | 'section'
  | 'title'
  | 'lead' // an untitled excerpt's first line states the year its text states most often
  | 'body' // the year the article's text states most often
  | 'published' // the publication date
  | 'guessed'; // any date in the text

export interface ConfidenceSignals {
  /** How reliably the phrasebook row that matched reads its key and value (0–1). */
  wording: number;
  key: FactKey;
  /** How many regions the statement was read for at once (`陕西省和扬州市均规定…`). */
  regions: number;
  region: RegionSource;
  year: YearSource;
  scheme: SchemeSource;
  hedged: boolean;
  /** The fact comes from a related-article snippet, an excerpt of another page. */
  snippet: boolean;
  /** The region the sentence names lies outside the article's own (a multi-city round-up). */
  foreignRegion: boolean;
  /** The value is the one a change started from (`由380元调整为400元`), its year inferred. */
  changedFrom: boolean;
  /**
   * An employee rate named by its payer (`单位8%,个人2%`, `个人缴费比例为2%`): the split every employee
   * page states the same way, right far more often than a rate in general.
   */
  payerPart?: boolean;
  /** A resident share stated for an assisted group (低保, 特困, 脱贫…): often its own figure, loosely scoped. */
  assistedGroup: boolean;
}

/**
 * How often a fact of each key is right on real articles, before its scope is weighed: the
 * dev corpus's counts (right / read, smoothed) and the seeds', rounded. Keys read only from
 * loose wordings (a wage beside the base, retirement years in round-ups) start low.
 */
const KEY_PRIOR: Record<FactKey, number> = {
  'waiting.fixed_months': 0.97,
  'waiting.per_lapsed_year_months': 0.97,
  'waiting.repair_per_year_months': 0.97,
  'waiting.max_months': 0.95,
  'waiting.tiers': 0.9,
  'contribution.subsidy_annual': 0.96,
  'contribution.total_annual': 0.93,
  'enrollment.newborn_days': 0.96,
  'incentive.continuous_years': 0.95,
  'incentive.cap_increase_annual': 0.95,
  'lapse.grace_months': 0.93,
  'enrollment.window': 0.92,
  'late_fee.daily_rate': 0.9,
  'contribution.individual_annual': 0.86,
  'contribution.monthly_amount': 0.84,
  'contribution.base_min_monthly': 0.85,
  'contribution.base_max_monthly': 0.83,
  'backpay.online_max_months': 0.85,
  'backpay.max_lookback_months': 0.8,
  'aid.tilted_rate_min': 0.85,
  'aid.tilted_rate_max': 0.85,
  'aid.annual_cap': 0.85,
  'contribution.base_monthly': 0.78,
  'contribution.rate': 0.78,
  'enrollment.late_window': 0.7,
  'wage.average_monthly': 0.62,
  'wage.average_annual': 0.62,
  // Read only beside a retirement word, with ages and examples set aside: the sexes' years read well,
  // the local years (often a rising floor) less so. Neither reaches 0.8 (wording 0.84).
  'retirement.min_years_male': 0.85,
  'retirement.min_years_female': 0.85,
  'retirement.min_local_years': 0.75,
};

const REGION_FACTOR: Record<RegionSource, number> = {
  sentence: 1,
  label: 1,
  section: 0.99,
  title: 0.98,
  issuer: 0.96,
  lead: 0.9,
  body: 0.75,
  none: 0.85,
};

const YEAR_FACTOR: Record<YearSource, number> = {
  rule: 1,
  sentence: 1,
  label: 1,
  section: 0.98,
  title: 0.98,
  lead: 0.92,
  body: 0.85,
  published: 0.85,
  guessed: 0.6,
};

/** Below this the extractor does not state a fact at all: a guess is worse than nothing. */
export const MIN_CONFIDENCE = 0.5;

/** A number in [0, 1] with two decimals. */
export function confidenceOf(signals: ConfidenceSignals): number {
  const wording = Math.min(1.05, Math.max(0.85, signals.wording / 0.9));
  let score = KEY_PRIOR[signals.key] * wording * REGION_FACTOR[signals.region] * YEAR_FACTOR[signals.year];
  if (signals.hedged) score *= 0.75;
  if (signals.snippet) score *= 0.9;
  if (signals.foreignRegion) score *= 0.85;
  // The value a change started from (`由6%下调至5%`) is the year before's, but unseen pages' labels
  // rarely hold it (1 of 7 matched): never at 0.8 or more.
  if (signals.changedFrom) score *= 0.7;
  if (signals.assistedGroup) score *= 0.8;
  if (signals.payerPart) score *= 1.1;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
