/**
 * `POST /v1/calculate/lapse`: the whole lapse question for employee and flexible insurance in
 * one answer — continuous or not, whether and where the months can still be back-paid, the
 * amount month by month with late fees, and when benefits resume. The same calculation as
 * `/v1/calculate/back-payment` underneath, so the amounts agree.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { lapseAssessment } from '../../../core/lapse-assessment';
import { WAITING_DEFAULTS } from '../../../core/waiting-period';
import { RegionSchema, regionSummary } from '../regions/schemas';
import {
  AssumptionSchema, MonthLineSchema, MonthsPeriodSchema, RegionInput, TotalsSchema, TraceStepSchema, UnknownSchema, calculate, explained, lookupFor, resolveRegion,
} from './shared';

const MonthlyScheme = z.enum(['employee', 'flexible']).openapi({ example: 'flexible' });

const LapseBody = z
  .object({
    region: RegionInput,
    scheme: MonthlyScheme,
    variant: z.string().trim().min(1).max(40).optional().openapi({ example: '统账结合', description: 'The part or tier a contribution fact names; a 422 lists those that exist.' }),
    months: MonthsPeriodSchema.openapi({ description: 'The months not paid, inclusive.' }),
    paidOn: z.iso.date().openapi({ example: '2025-05-20', description: 'The day you would back-pay.' }),
    base: z.number().positive().max(1_000_000).optional().openapi({ description: 'Monthly contribution base chosen, yuan.' }),
  })
  .strict()
  .openapi('LapseRequest', { example: { region: '克拉玛依', scheme: 'flexible', variant: '统账结合', months: { from: '2025-01', to: '2025-04' }, paidOn: '2025-05-20' } });

const LapseResult = z
  .object({
    region: RegionSchema,
    scheme: MonthlyScheme,
    months: MonthsPeriodSchema,
    paidOn: z.string(),
    continuous: z.boolean().openapi({ description: 'Whether the lapse, paid back in full, counts as continuous cover (within lapse.grace_months).' }),
    backPayment: z
      .object({
        possible: z.boolean().nullable().openapi({ description: 'Whether the months can still be back-paid (backpay.max_lookback_months); null when unknown.' }),
        where: z.enum(['online', 'counter', 'no-longer']).nullable().openapi({ example: 'counter', description: 'online within backpay.online_max_months, else at a service counter; no-longer beyond the look-back; null when unknown.' }),
      })
      .openapi('BackPaymentChannel'),
    lines: z.array(MonthLineSchema),
    totals: TotalsSchema,
    benefitsResume: z.string().nullable().openapi({ example: '2025-08-01', description: 'Null when the waiting rule is unknown (see unknowns).' }),
    assumptions: z.array(AssumptionSchema),
    unknowns: z.array(UnknownSchema),
    trace: z.array(TraceStepSchema),
  })
  .openapi('LapseAssessment');

export const lapseRoute = createRoute({
  method: 'post',
  path: '/v1/calculate/lapse',
  tags: ['calculators'],
  summary: 'A lapse, assessed',
  description: '"I stopped paying in March; what do I owe, can I pay it online, and when am I covered again?" Employee and flexible insurance. Amounts are those of /v1/calculate/back-payment for the same input.',
  request: { body: { required: true, content: { 'application/json': { schema: LapseBody } } } },
  responses: {
    200: {
      description: 'The assessment, with every fact, assumption and unknown it rests on.',
      content: {
        'application/json': {
          schema: LapseResult,
          example: {
            region: { code: '650200', name: '克拉玛依市', level: 'prefecture', parent: '650000' }, scheme: 'flexible',
            months: { from: '2025-01', to: '2025-04' }, paidOn: '2025-05-20', continuous: false, backPayment: { possible: null, where: 'counter' },
            lines: [{ month: '2025-01', amount: 574.89, dueDate: '2025-01-31', daysLate: 109, lateFee: 125.33, basis: { kind: 'monthly_amount', monthlyAmount: 574.89, variant: '统账结合' } }],
            totals: { amount: 2299.56, lateFees: 298.95, total: 2598.51 }, benefitsResume: '2025-08-01',
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

export function registerCalculateLapse(app: App) {
  app.openapi(lapseRoute, async (c) => {
    const body = c.req.valid('json');
    const region = resolveRegion(body.region, 'body.region');
    const lookup = await lookupFor(c.var.facts, region, body.scheme, { firstYear: Number(body.months.from.slice(0, 4)), paidOn: body.paidOn });
    const assessed = calculate(() => lapseAssessment({
      scheme: body.scheme,
      months: body.months,
      paidOn: body.paidOn,
      ...(body.variant ? { variant: body.variant } : {}),
      ...(body.base !== undefined ? { base: body.base } : {}),
    }, lookup));
    const { lines, totals, continuous, backPayment, benefitsResume, trace, assumptions, unknowns } = explained(assessed);
    return c.json({
      region: regionSummary(region), scheme: body.scheme, months: body.months, paidOn: body.paidOn,
      continuous, backPayment, lines, totals, benefitsResume, assumptions, unknowns, trace,
    } as z.infer<typeof LapseResult>, 200);
  });
}
