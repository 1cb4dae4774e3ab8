/** `GET /v1/coverage`: which regions have facts of their own, for which schemes and policy years. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { factCoverage } from '../../../db/queries/coverage';
import { regionByCode } from '../../../domain/gazetteer/index';
import { RegionSchema, SchemeSchema, regionSummary } from '../regions/schemas';

const CoveredRegionSchema = z
  .object({
    region: RegionSchema,
    schemes: z.array(
      z.object({
        scheme: SchemeSchema,
        years: z.array(z.object({ year: z.number().int().openapi({ example: 2025 }), facts: z.number().int().openapi({ example: 5 }) })),
      }),
    ),
  })
  .openapi('CoveredRegion');

export const coverageRoute = createRoute({
  method: 'get',
  path: '/v1/coverage',
  tags: ['lookups'],
  summary: 'What the database covers',
  description: 'Every region with current facts of its own (the country as 100000), per scheme, the policy years and how many facts each has. A region also inherits what its province and the country state; `/v1/regions/{code}/years` shows that for one region.',
  responses: {
    200: {
      description: 'Regions by code, each with its schemes and years.',
      content: {
        'application/json': {
          schema: z.object({ regions: z.array(CoveredRegionSchema) }).openapi('Coverage'),
          example: { regions: [{ region: { code: '450200', name: '柳州市', level: 'prefecture', parent: '450000' }, schemes: [{ scheme: 'resident', years: [{ year: 2024, facts: 3 }, { year: 2025, facts: 5 }] }] }] },
        },
      },
    },
    304: { description: 'Not modified since the ETag in If-None-Match.' },
    ...problemResponses(),
  },
});

export function registerCoverageGet(app: App) {
  app.openapi(coverageRoute, async (c) => {
    const byRegion = new Map<string, Map<string, { year: number; facts: number }[]>>();
    for (const row of await factCoverage(c.get('db'))) {
      const schemes = byRegion.get(row.region) ?? new Map<string, { year: number; facts: number }[]>();
      byRegion.set(row.region, schemes);
      schemes.set(row.scheme, [...(schemes.get(row.scheme) ?? []), { year: row.year, facts: Number(row.count) }]);
    }
    const regions = [...byRegion].flatMap(([code, schemes]) => {
      const region = regionByCode(code);
      if (!region) return [];
      return [{
        region: regionSummary(region),
        schemes: [...schemes].map(([scheme, years]) => ({ scheme: scheme as z.infer<typeof SchemeSchema>, years })),
      }];
    });
    c.header('cache-control', 'public, max-age=300');
    return c.json({ regions }, 200);
  });
}
