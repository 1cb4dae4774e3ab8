/** What both calculators share: the region named in a request, and its facts as a lookup. */
import { z } from '@hono/zod-openapi';
import { CalculationError } from '../../../core/calculation';
import { ruleLookupOver, type FactsByKey } from '../../../core/rule-lookup';
import type { Scheme } from '../../../domain/facts';
import type { PublishedFacts } from '../../middleware/published-facts';
import { ancestorsOf, type Region } from '../../../domain/gazetteer/index';
import { RegionParam } from '../../region-param';
import { EvidenceSchema } from '../../schemas';
export { resolveRegion } from '../../region-param';
import { ApiError, badField } from '../../errors';

export const RegionInput = RegionParam.openapi({ example: '650200' });

export const TraceStepSchema = z
  .object({
    rule: z.string().openapi({ example: 'fixed waiting period' }),
    detail: z.string(),
    value: z.unknown(),
    from: z.enum(['fact', 'default', 'input']),
    fact: z
      .object({
        key: z.string(), year: z.number().int(), region: z.string(), variant: z.string(), inheritedFrom: z.string().nullable(), hedged: z.boolean(),
        sources: z.array(EvidenceSchema),
      })
      .optional(),
    default: z.object({ value: z.unknown(), citation: z.string() }).optional(),
  })
  .openapi('TraceStep');


/**
 * The region's facts as a lookup, for the policy years a calculation can ask about: from the
 * first year of the request's periods to the year after payment (a payment in the autumn window
 * covers the next year).
 */
export async function lookupFor(facts: PublishedFacts, region: Region, scheme: Scheme, span: { firstYear: number; paidOn: string }) {
  const chain = [region.code, ...ancestorsOf(region.code)];
  const last = Number(span.paidOn.slice(0, 4)) + 1;
  const first = Math.min(span.firstYear, last - 1);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const byYear = new Map<number, FactsByKey>((await facts.years(chain, [scheme], years)).map((entry) => [entry.year, entry.byKey]));
  return ruleLookupOver((year) => byYear.get(year));
}

/** Runs a calculator, turning its one error type into the API's. */
export function calculate<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof CalculationError)) throw error;
    const field = `body.${error.field}`;
    if (error.kind === 'unanswerable') {
      throw new ApiError(422, 'Unprocessable Content', `${field}: ${error.reason}`, { errors: [{ field, reason: error.reason }] });
    }
    throw badField(field, error.reason);
  }
}

