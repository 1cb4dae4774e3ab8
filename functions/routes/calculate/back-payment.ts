/** `POST /v1/calculate/back-payment`: what a lapse costs, month by month (or year by year), with late fees. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { backPaymentSchedule } from '../../../core/back-payment';
import { WAITING_DEFAULTS } from '../../../core/waiting-period';
import { RegionSchema, SchemeSchema, regionSummary } from '../regions/schemas';
import {
  AssumptionSchema, MonthLineSchema, MonthsPeriodSchema, RegionInput, TotalsSchema, TraceStepSchema, UnknownSchema, YearLineSchema, YearsPeriodSchema,
  calculate, explained, lookupFor, resolveRegion,
} from './shared';

const BackPaymentBody = z
  .object({
    region: RegionInput,
    scheme: SchemeSchema,
    variant: z.string().trim().min(1).max(40).optional().openapi({ example: '统账结合', description: 'The part or tier a contribution fact names; a 422 lists those that exist.' }),
    months: MonthsPeriodSchema.optional().openapi({ description: 'Employee/flexible: months owed, inclusive.' }),
    years: YearsPeriodSchema.optional().openapi({ description: 'Resident: policy years owed, inclusive.' }),
    paidOn: z.iso.date().openapi({ example: '2025-05-20' }),
    base: z.number().positive().max(1_000_000).optional().openapi({ description: 'Monthly contribution base chosen, yuan.' }),
  })
  .strict()
  .openapi('BackPaymentRequest', { example: { region: '650200', scheme: 'flexible', variant: '统账结合', months: { from: '2025-01', to: '2025-04' }, paidOn: '2025-05-20' } });

export const BackPaymentResultSchema = z
  .object({
    region: RegionSchema,
    scheme: SchemeSchema,
    unit: z.enum(['month', 'year']),
    lines: z.array(z.union([MonthLineSchema, YearLineSchema])).openapi({ description: 'One MonthLine per month owed (employee, flexible) or one YearLine per policy year (resident).' }),
    totals: TotalsSchema,
    canPayOnline: z.boolean().nullable().openapi({ description: 'Null when no fact says (see unknowns).' }),
    withinLookback: z.boolean().nullable().openapi({ description: 'Null when no fact says (see unknowns).' }),
    continuous: z.boolean().openapi({ description: 'Whether the lapse, paid back, counts as continuous cover.' }),
    benefitsResume: z.string().nullable().openapi({ example: '2025-08-01', description: 'Null when the waiting rule is unknown (see unknowns).' }),
    assumptions: z.array(AssumptionSchema),
    unknowns: z.array(UnknownSchema),
    trace: z.array(TraceStepSchema),
  })
  .openapi('BackPayment');

const KARAMAY = { code: '650200', name: '克拉玛依市', level: 'prefecture' as const, parent: '650000' };

export const backPaymentRoute = createRoute({
  method: 'post',
  path: '/v1/calculate/back-payment',
  tags: ['calculators'],
  summary: 'What a lapse costs to back-pay',
  description: 'Employee and flexible schemes: one line per month (monthly amount, else base × rate), its due date and late fee (a region\'s rate; else for employees the statutory 万分之五 a day; for flexible employment unknown, never 0). Resident scheme: the yearly individual share per policy year. Money in yuan, two decimals.',
  request: { body: { required: true, content: { 'application/json': { schema: BackPaymentBody } } } },
  responses: {
    200: {
      description: 'The schedule, its totals, what it assumed, what it could not know, and how it was reached.',
      content: {
        'application/json': {
          schema: BackPaymentResultSchema,
          example: {
            region: KARAMAY, scheme: 'flexible', unit: 'month',
            lines: [{ month: '2025-01', amount: 574.89, dueDate: '2025-01-31', daysLate: 109, lateFee: 125.33, basis: { kind: 'monthly_amount', monthlyAmount: 574.89, variant: '统账结合' } }],
            totals: { amount: 2299.56, lateFees: 298.95, total: 2598.51 }, canPayOnline: false, withinLookback: null, continuous: false, benefitsResume: '2025-08-01',
            assumptions: [{ key: 'lapse.grace_months', value: 3, citation: WAITING_DEFAULTS.graceMonths.citation }],
            unknowns: [{ key: 'backpay.max_lookback_months', effect: 'withinLookback: whether the earliest month owed may still be back-paid at all' }],
            trace: [{ rule: 'paidOn', detail: 'paid on 2025-05-20', value: '2025-05-20', from: 'input' }],
          },
        },
      },
    },
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
    const { scheme: _scheme, ...rest } = explained(schedule);
    return c.json({ region: regionSummary(region), scheme: body.scheme, ...rest } as z.infer<typeof BackPaymentResultSchema>, 200);
  });
}
