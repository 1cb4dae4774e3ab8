/**
 * What the calculators share: the period shapes, the typed trace, assumptions and unknowns of
 * every answer, the region's facts as a lookup, and the mapping of calculator errors to problems.
 */
import { z } from '@hono/zod-openapi';
import { CalculationError, assumptionsOf, unknownsOf, type TraceStep } from '../../../core/calculation';
import { ruleLookupOver, type FactsByKey } from '../../../core/rule-lookup';
import { WAITING_DEFAULTS } from '../../../core/waiting-period';
import type { Scheme } from '../../../domain/facts';
import type { PublishedFacts } from '../../middleware/published-facts';
import { ancestorsOf, type Region } from '../../../domain/gazetteer/index';
import { badField, problem } from '../../errors';
import { RegionParam } from '../../region-param';
import { DateRangeSchema, EvidenceSchema, WaitingTierSchema } from '../../schemas';

export { resolveRegion } from '../../region-param';

export const RegionInput = RegionParam.openapi({ example: '650200' });

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM');
const PolicyYear = z.number().int().min(1990).max(2100);

/** The one period shape of monthly schemes: months, inclusive. */
export const MonthsPeriodSchema = z
  .object({ from: Month.openapi({ example: '2025-03' }), to: Month.openapi({ example: '2025-06' }) })
  .strict()
  .openapi('MonthsPeriod', { description: 'Months, inclusive (employee and flexible insurance).' });

/** The one period shape of yearly schemes: policy years, inclusive. */
export const YearsPeriodSchema = z
  .object({ from: PolicyYear.openapi({ example: 2025 }), to: PolicyYear.openapi({ example: 2026 }) })
  .strict()
  .openapi('YearsPeriod', { description: 'Policy years, inclusive (resident insurance).' });

/** Every value a trace step or assumption holds: a fact value, a date, a count, a flag. */
export const TraceValueSchema = z
  .union([z.number(), z.string(), z.boolean(), z.null(), DateRangeSchema, WaitingTierSchema, z.array(WaitingTierSchema)])
  .openapi('TraceValue');

export const TraceStepSchema = z
  .object({
    rule: z.string().openapi({ example: 'waiting.fixed_months' }),
    detail: z.string(),
    value: TraceValueSchema,
    from: z.enum(['fact', 'default', 'input', 'unknown']).openapi({ description: '`unknown`: needed, and neither a fact nor a cited rule gives it.' }),
    fact: z
      .object({
        key: z.string(), year: z.number().int(), region: z.string(), variant: z.string(), inheritedFrom: z.string().nullable(), hedged: z.boolean(),
        sources: z.array(EvidenceSchema),
      })
      .optional(),
    default: z.object({ value: TraceValueSchema, citation: z.string() }).optional(),
    unknown: z.object({ effect: z.string() }).optional(),
  })
  .openapi('TraceStep');

export const AssumptionSchema = z
  .object({
    key: z.string().openapi({ example: 'lapse.grace_months' }),
    value: TraceValueSchema.openapi({ example: 3 }),
    citation: z.string().openapi({ example: WAITING_DEFAULTS.graceMonths.citation }),
  })
  .openapi('Assumption', { description: 'A default applied where the region states no fact, with the rule that sets it.' });

export const UnknownSchema = z
  .object({
    key: z.string().openapi({ example: 'late_fee.daily_rate' }),
    effect: z.string().openapi({ example: 'lateFee of every month, totals.lateFees and totals.total: unknown (not 0)' }),
  })
  .openapi('Unknown', { description: 'A fact the answer needed and could not find, and what it leaves open.' });

/** `assumptions` and `unknowns`, read off the trace, for an answer. */
export function explained<T extends { trace: TraceStep[] }>(result: T) {
  return { ...result, assumptions: assumptionsOf(result.trace), unknowns: unknownsOf(result.trace) };
}

const LineBasisSchema = z
  .union([
    z.object({ kind: z.literal('monthly_amount'), monthlyAmount: z.number(), variant: z.string() }),
    z.object({ kind: z.literal('base_times_rate'), base: z.number(), baseFrom: z.enum(['input', 'contribution.base_monthly', 'contribution.base_min_monthly']), rate: z.number(), variant: z.string() }),
  ])
  .openapi('MonthLineBasis');

export const MonthLineSchema = z
  .object({
    month: z.string().openapi({ example: '2025-01' }),
    amount: z.number().openapi({ example: 574.89 }),
    dueDate: z.string().openapi({ example: '2025-01-31' }),
    daysLate: z.number().int().openapi({ example: 109 }),
    lateFee: z.number().nullable().openapi({ example: 125.33, description: 'Null when the late fee is unknown (see unknowns).' }),
    basis: LineBasisSchema,
  })
  .openapi('MonthLine');

export const YearLineSchema = z
  .object({
    year: z.number().int().openapi({ example: 2025 }),
    amount: z.number().openapi({ example: 400 }),
    basis: z.object({ kind: z.literal('individual_annual'), variant: z.string() }),
  })
  .openapi('YearLine');

export const TotalsSchema = z
  .object({
    amount: z.number().openapi({ example: 2299.56, description: 'The contributions owed.' }),
    lateFees: z.number().nullable().openapi({ description: 'Null when the late fee is unknown.' }),
    total: z.number().nullable().openapi({ description: 'amount + lateFees; null when the late fee is unknown.' }),
  })
  .openapi('BackPaymentTotals');

/**
 * The region's facts as a lookup, for the policy years a calculation can ask about: from the
 * first year of the request's periods to the year after payment (a payment in the autumn window
 * covers the next year).
 */
export async function lookupFor(facts: PublishedFacts, region: Region, scheme: Scheme, span: { firstYear: number; paidOn: string }) {
  const chain = [region.code, ...ancestorsOf(region.code)];
  const last = Number(span.paidOn.slice(0, 4)) + 1;
  // A schedule itemises at most ten years; a longer span is refused by the calculator anyway.
  const first = Math.max(last - 12, Math.min(span.firstYear, last - 1));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const byYear = new Map<number, FactsByKey>((await facts.years(chain, [scheme], years)).map((entry) => [entry.year, entry.byKey]));
  return ruleLookupOver((year) => byYear.get(year));
}

/**
 * Runs a calculator, turning its one error type into the API's.
 * @param rename a calculator field as the request names it (`lapse` → `months`)
 */
export function calculate<T>(run: () => T, rename: (field: string) => string = (f) => f): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof CalculationError)) throw error;
    const field = `body.${rename(error.field)}`;
    if (error.kind === 'unanswerable') {
      throw problem('unanswerable', `${field}: ${error.reason}`, {
        errors: [{ field, reason: error.reason }],
        ...(error.variants ? { members: { variants: error.variants } } : {}),
      });
    }
    throw badField(field, error.reason);
  }
}
