/** `GET /v1/diff`: what changed for a region and scheme between two policy years. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { RegionParam, resolveRegion } from '../../region-param';
import { badField, problemResponses } from '../../errors';
import { currentFacts } from '../../../db/queries/facts';
import { factsInForce } from '../../../core/facts-in-force';
import { presentValue } from '../../../core/money';
import { toRuleFact } from '../../../core/rule-lookup';
import { diffFacts } from '../../../core/year-diff';
import { ancestorsOf } from '../../../domain/gazetteer/index';
import { RegionSchema, SchemeSchema, regionSummary } from '../regions/schemas';

const Year = z.coerce.number().int().min(1990).max(2100);

const DiffQuery = z.object({
  region: RegionParam.openapi({ example: '210600' }),
  scheme: SchemeSchema.openapi({ example: 'flexible' }),
  from: Year.openapi({ example: 2024 }),
  to: Year.openapi({ example: 2025 }),
});

const Evidence = z.object({
  year: z.number().int(), region: z.string(), inheritedFrom: z.string().nullable(), hedged: z.boolean(),
  sources: z.array(z.object({ url: z.string(), title: z.string().nullable(), quote: z.string(), fetchedAt: z.string() })),
}).openapi('DiffEvidence');
const Entry = z.object({ key: z.string(), variant: z.string(), scheme: SchemeSchema, value: z.unknown(), evidence: Evidence }).openapi('DiffEntry');
const Change = z.object({
  key: z.string().openapi({ example: 'contribution.base_monthly' }), variant: z.string(), scheme: SchemeSchema,
  old: z.unknown().openapi({ example: 5203 }), new: z.unknown().openapi({ example: 5480 }),
  absoluteChange: z.number().nullable().openapi({ example: 277 }), relativeChange: z.number().nullable().openapi({ example: 0.0532 }),
  oldEvidence: Evidence, newEvidence: Evidence,
}).openapi('DiffChange');

export const yearDiffRoute = createRoute({
  method: 'get',
  path: '/v1/diff',
  tags: ['changes'],
  summary: 'Policy year against policy year',
  description: 'The facts in force in each year (with inheritance), paired by key and variant: added, removed, changed (old, new, absolute and relative change), each side with its evidence.',
  request: { query: DiffQuery },
  responses: {
    200: {
      description: 'The differences.',
      content: {
        'application/json': {
          schema: z.object({
            region: RegionSchema, scheme: SchemeSchema, from: z.number().int(), to: z.number().int(),
            added: z.array(Entry), removed: z.array(Entry), changed: z.array(Change), unchanged: z.number().int(),
          }).openapi('YearDiff'),
        },
      },
    },
    304: { description: 'Not modified since the ETag in If-None-Match.' },
    ...problemResponses(400, 404),
  },
});

export function registerYearDiff(app: App) {
  app.openapi(yearDiffRoute, async (c) => {
    const { region: asked, scheme, from, to } = c.req.valid('query');
    const region = resolveRegion(asked, 'query.region');
    const code = region.code;
    if (from === to) throw badField('query.to', 'must differ from `from`');
    const chain = [code, ...ancestorsOf(code)];
    const rows = await currentFacts(c.get('db'), { regions: chain, scheme, years: [from, to] });
    const inYear = (year: number) => factsInForce(rows.filter((r) => r.year === year), { chain, year, atYear: year }).map(toRuleFact);
    const diff = diffFacts(inYear(from), inYear(to));
    const money = <T extends { key: string }>(entry: T, fields: (keyof T)[]) =>
      ({ ...entry, ...Object.fromEntries(fields.map((f) => [f, presentValue(entry.key, entry[f])])) });
    c.header('cache-control', 'public, max-age=300');
    return c.json({
      region: regionSummary(region),
      scheme, from, to,
      added: diff.added.map((e) => money(e, ['value'])),
      removed: diff.removed.map((e) => money(e, ['value'])),
      changed: diff.changed.map((e) => money(e, ['old', 'new', 'absoluteChange'])),
      unchanged: diff.unchanged,
    } as never, 200);
  });
}
