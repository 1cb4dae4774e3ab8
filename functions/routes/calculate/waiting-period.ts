/** `POST /v1/calculate/waiting-period`: when benefits resume after a lapse, with the rules used. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { badField, problemResponses } from '../../errors';
import { waitingPeriod } from '../../../core/waiting-period';
import { RegionSchema, SchemeSchema, regionSummary } from '../regions/schemas';
import {
  AssumptionSchema, MonthsPeriodSchema, RegionInput, TraceStepSchema, UnknownSchema, YearsPeriodSchema, calculate, explained, lookupFor, resolveRegion,
} from './shared';

const WaitingPeriodBody = z
  .object({
    region: RegionInput,
    scheme: SchemeSchema,
    years: YearsPeriodSchema.optional().openapi({ description: 'The policy years without cover, inclusive. Give `years` or `months`, or neither for no lapse.' }),
    months: MonthsPeriodSchema.optional().openapi({ description: 'The months without cover, inclusive.' }),
    paidOn: z.iso.date().openapi({ example: '2026-11-15' }),
    repairYears: z.number().int().min(0).max(30).optional().openapi({ example: 1 }),
    exempt: z.boolean().optional().openapi({ description: 'Newborns and groups the region exempts wait nothing.' }),
    backPaid: z.boolean().optional().openapi({ description: 'Employee/flexible: whether the lapsed months are back-paid in full (default true).' }),
  })
  .strict()
  .openapi('WaitingPeriodRequest', { example: { region: '370200', scheme: 'resident', years: { from: 2025, to: 2026 }, paidOn: '2026-11-15' } });

const WaitingPeriodResult = z
  .object({
    region: RegionSchema,
    scheme: SchemeSchema,
    benefitsResume: z.string().nullable().openapi({ example: '2027-05-01', description: 'Null when the waiting rule is unknown (see unknowns).' }),
    continuous: z.boolean().openapi({ description: 'Whether cover counts as continuous (no waiting period).' }),
    coverageStart: z.string().openapi({ example: '2027-01-01' }),
    fixedMonths: z.number(),
    variableMonths: z.number(),
    repairedMonths: z.number(),
    totalMonths: z.number().nullable().openapi({ example: 4 }),
    lapsedYears: z.number().int(),
    lapsedMonths: z.number().int(),
    assumptions: z.array(AssumptionSchema),
    unknowns: z.array(UnknownSchema),
    trace: z.array(TraceStepSchema),
  })
  .openapi('WaitingPeriod');

export const waitingPeriodRoute = createRoute({
  method: 'post',
  path: '/v1/calculate/waiting-period',
  tags: ['calculators'],
  summary: 'When benefits resume',
  description: 'Applies the region\'s facts (inherited from its province and the country where it has none), else the cited national rules (`assumptions`); what neither states is listed under `unknowns`. Every figure used is in `trace`.',
  request: { body: { required: true, content: { 'application/json': { schema: WaitingPeriodBody } } } },
  responses: {
    200: {
      description: 'The date benefits resume and how it was reached.',
      content: {
        'application/json': {
          schema: WaitingPeriodResult,
          example: {
            region: { code: '370200', name: '青岛市', level: 'prefecture', parent: '370000' }, scheme: 'resident', benefitsResume: '2027-05-01', continuous: false,
            coverageStart: '2027-01-01', fixedMonths: 3, variableMonths: 1, repairedMonths: 0, totalMonths: 4, lapsedYears: 2, lapsedMonths: 24,
            assumptions: [], unknowns: [],
            trace: [{ rule: 'paidOn', detail: 'paid on 2026-11-15', value: '2026-11-15', from: 'input' }],
          },
        },
      },
    },
    ...problemResponses(400, 422),
  },
});

export function registerCalculateWaitingPeriod(app: App) {
  app.openapi(waitingPeriodRoute, async (c) => {
    const body = c.req.valid('json');
    if (body.years && body.months) throw badField('body.months', 'give years or months, not both');
    const region = resolveRegion(body.region, 'body.region');
    const lapse = body.years ? { from: String(body.years.from), to: String(body.years.to) } : body.months ?? null;
    const periodField = body.years ? 'years' : 'months';
    const firstYear = Number((lapse?.from ?? body.paidOn).slice(0, 4));
    const lookup = await lookupFor(c.var.facts, region, body.scheme, { firstYear, paidOn: body.paidOn });
    const result = calculate(() => waitingPeriod({
      scheme: body.scheme,
      lapse,
      paidOn: body.paidOn,
      ...(body.repairYears !== undefined ? { repairYears: body.repairYears } : {}),
      ...(body.exempt !== undefined ? { exempt: body.exempt } : {}),
      ...(body.backPaid !== undefined ? { backPaid: body.backPaid } : {}),
    }, lookup), (field) => field.replace(/^lapse/, periodField));
    return c.json({ region: regionSummary(region), scheme: body.scheme, ...explained(result) } as z.infer<typeof WaitingPeriodResult>, 200);
  });
}
