/** `POST /v1/calculate/waiting-period`: when benefits resume after a lapse, with the rules used. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { waitingPeriod } from '../../../core/waiting-period';
import { RegionSchema, SchemeSchema, regionSummary } from '../regions/schemas';
import { RegionInput, TraceStepSchema, calculate, lookupFor, resolveRegion } from './shared';

const Period = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'YYYY (a policy year) or YYYY-MM (a month)');

const WaitingPeriodBody = z
  .object({
    region: RegionInput,
    scheme: SchemeSchema,
    lapse: z.object({ from: Period.openapi({ example: '2025' }), to: Period.openapi({ example: '2026' }) }).strict().nullable().optional()
      .openapi({ description: 'The uncovered period, inclusive: policy years or months. Omit for no lapse.' }),
    paidOn: z.iso.date().openapi({ example: '2026-11-15' }),
    repairYears: z.number().int().min(0).max(30).optional().openapi({ example: 1 }),
    exempt: z.boolean().optional().openapi({ description: 'Newborns and groups the region exempts wait nothing.' }),
    backPaid: z.boolean().optional().openapi({ description: 'Employee/flexible: whether the lapsed months are back-paid in full (default true).' }),
  })
  .strict()
  .openapi('WaitingPeriodRequest', { example: { region: '370200', scheme: 'resident', lapse: { from: '2025', to: '2026' }, paidOn: '2026-11-15' } });

const WaitingPeriodResult = z
  .object({
    region: RegionSchema,
    scheme: SchemeSchema,
    benefitsFrom: z.string().openapi({ example: '2027-05-01' }),
    coverageStart: z.string().openapi({ example: '2027-01-01' }),
    fixedMonths: z.number(),
    variableMonths: z.number(),
    repairedMonths: z.number(),
    totalMonths: z.number().openapi({ example: 4 }),
    lapsedYears: z.number().int(),
    lapsedMonths: z.number().int(),
    trace: z.array(TraceStepSchema),
  })
  .openapi('WaitingPeriod');

export const waitingPeriodRoute = createRoute({
  method: 'post',
  path: '/v1/calculate/waiting-period',
  tags: ['calculators'],
  summary: 'When benefits resume',
  description: 'Applies the region\'s facts (inherited from its province and the country where it has none), else the cited national defaults. Every figure used is in `trace`.',
  request: { body: { required: true, content: { 'application/json': { schema: WaitingPeriodBody } } } },
  responses: {
    200: { description: 'The date benefits resume and how it was reached.', content: { 'application/json': { schema: WaitingPeriodResult } } },
    ...problemResponses(400, 422),
  },
});

export function registerCalculateWaitingPeriod(app: App) {
  app.openapi(waitingPeriodRoute, async (c) => {
    const body = c.req.valid('json');
    const region = resolveRegion(body.region, 'body.region');
    const firstYear = Number((body.lapse?.from ?? body.paidOn).slice(0, 4));
    const lookup = await lookupFor(c.var.facts, region, body.scheme, { firstYear, paidOn: body.paidOn });
    const result = calculate(() => waitingPeriod({
      scheme: body.scheme,
      lapse: body.lapse ?? null,
      paidOn: body.paidOn,
      ...(body.repairYears !== undefined ? { repairYears: body.repairYears } : {}),
      ...(body.exempt !== undefined ? { exempt: body.exempt } : {}),
      ...(body.backPaid !== undefined ? { backPaid: body.backPaid } : {}),
    }, lookup));
    return c.json({ region: regionSummary(region), scheme: body.scheme, ...result } as z.infer<typeof WaitingPeriodResult>, 200);
  });
}
