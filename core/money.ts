/** Money is yuan with two decimals wherever the API shows it. */
import type { FactKey } from '../domain/facts';

export const MONEY_KEYS: ReadonlySet<string> = new Set<FactKey>([
  'contribution.individual_annual', 'contribution.subsidy_annual', 'contribution.total_annual',
  'contribution.monthly_amount', 'contribution.base_monthly', 'contribution.base_min_monthly',
  'contribution.base_max_monthly', 'wage.average_monthly', 'wage.average_annual',
  'incentive.cap_increase_annual', 'aid.annual_cap',
]);

export function yuan(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

/** A fact's value as the API shows it: money rounded to fen, everything else as stored. */
export function presentValue(key: string, value: unknown): unknown {
  return MONEY_KEYS.has(key) && typeof value === 'number' ? yuan(value) : value;
}
