/** `POST /v1/calculate/back-payment`: what a lapse costs, month by month (or year by year), with late fees. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { backPaymentSchedule } from '../../../core/back-payment';
import { RegionSchema, SchemeSchema, regionSummary } from '../regions/schemas';
import { RegionInput, TraceStepSchema, calculate, lookupFor, resolveRegion } from './shared';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM');

const BackPaymentBody = z
  .object({
    region: RegionInput,
    scheme: SchemeSchema,
    variant: z.string().trim().min(1).max(40).optional().openapi({ example: '统账结合', description: 'The part or tier a contribution fact names.' }),
    months: z.object({ from: Month.openapi({ example: '2025-01' }), to: Month.openapi({ example: '2025-04' }) }).strict().optional()
      .openapi({ description: 'Employee/flexible: months owed, inclusive.' }),
    years: z.object({ from: z.number().int().min(1990).max(2100), to: z.number().int().min(1990).max(2100) }).strict().optional()
      .openapi({ description: 'Resident: policy years owed, inclusive.' }),
    paidOn: z.iso.date().openapi({ example: '2025-05-20' }),
    base: z.number().positive().max(1_000_000).optional().openapi({ description: 'Monthly contribution base chosen, yuan.' }),
  })
  .strict()
  .openapi('BackPaymentRequest', { example: { region: '650200', scheme: 'flexible', variant: '统账结合', months: { from: '2025-01', to: '2025-04' }, paidOn: '2025-05-20' } });

const Totals = z.object({ amount: z.number().openapi({ example: 2299.56 }), lateFees: z.number(), total: z.number() });

const BackPaymentResult = z
  .object({
    region: RegionSchema,
    scheme: SchemeSchema,
    unit: z.enum(['month', 'year']),
    lines: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Per month: {month, amount, dueDate, daysLate, lateFee, basis}; per year (resident): {year, amount, basis}.' }),
    totals: Totals,
    canPayOnline: z.boolean().nullable(),
    withinLookback: z.boolean().nullable(),
    benefitsResume: z.string(),
    trace: z.array(TraceStepSchema),
  })
  .openapi('BackPayment');

export const backPaymentRoute = createRoute({
  method: 'post',
  path: '/v1/calculate/back-payment',
  tags: ['calculators'],
  summary: 'What a lapse costs to back-pay',
  description: 'Employee and flexible schemes: one line per month (monthly amount, else base × rate), its due date and late fee. Resident scheme: the yearly individual share per policy year. Money in yuan, two decimals.',
  request: { body: { required: true, content: { 'application/json': { schema: BackPaymentBody } } } },
  responses: {
    200: { description: 'The schedule, its totals and how it was reached.', content: { 'application/json': { schema: BackPaymentResult } } },
    ...problemResponses(400, 422),
  },
});

export function registerCalculateBackPayment(app: App) {
  app.openapi(backPaymentRoute, async (c) => {
    const body = c.req.valid('json');
    const region = resolveRegion(body.region, 'body.region');
    const firstYear = body.months ? Number(body.months.from.slice(0, 4)) : body.years ? body.years.from : Number(body.paidOn.slice(0, 4));
    const lookup = await lookupFor(c.var.facts, region, body.scheme, { firstYear, paidOn: body.paidOn });
    const schedule = calculate(() => backPaymentSchedule({
      scheme: body.scheme,
      paidOn: body.paidOn,
      ...(body.variant ? { variant: body.variant } : {}),
      ...(body.months ? { months: body.months } : {}),
      ...(body.years ? { years: body.years } : {}),
      ...(body.base !== undefined ? { base: body.base } : {}),
    }, lookup));
    return c.json({ region: regionSummary(region), ...schedule } as unknown as z.infer<typeof BackPaymentResult>, 200);
  });
}
