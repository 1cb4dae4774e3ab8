/** `GET /v1/regions/{code}/years`: the policy years with facts for a region (its own or inherited). */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { resolveRegion } from '../../region-param';
import { problemResponses } from '../../errors';
import { ancestorsOf } from '../../../domain/gazetteer/index';
import { answerResponse } from '../../middleware/published-facts';
import { RegionPathParams, SchemeSchema } from './schemas';

const YearSchema = z
  .object({
    year: z.number().int().openapi({ example: 2025 }),
    schemes: z.array(SchemeSchema),
    facts: z.number().int().openapi({ example: 8, description: 'Current facts for that year, own and inherited.' }),
    own: z.boolean().openapi({ description: 'Whether the region has facts of its own for that year.' }),
  })
  .openapi('PolicyYear');

export const regionYearsRoute = createRoute({
  method: 'get',
  path: '/v1/regions/{region}/years',
  tags: ['lookups'],
  summary: 'Policy years with facts',
  request: { params: RegionPathParams, query: z.object({ scheme: SchemeSchema.optional() }) },
  responses: {
    200: { description: 'Policy years, oldest first.', content: { 'application/json': { schema: z.object({ region: z.string(), years: z.array(YearSchema) }).openapi('PolicyYears') } } },
    304: { description: 'Not modified since the ETag in If-None-Match.' },
    ...problemResponses(400, 404),
  },
});

export function registerRegionYears(app: App) {
  app.openapi(regionYearsRoute, async (c) => {
    const region = resolveRegion(c.req.valid('param').region, 'path.region');
    const code = region.code;
    const { scheme } = c.req.valid('query');
    c.header('cache-control', 'public, max-age=300');
    const answer = await c.var.facts.answer(`years|${code}|${scheme ?? ''}`, async () => {
      const { rows } = await c.var.facts.yearsWithFacts([code, ...ancestorsOf(code)], scheme);
      const years = new Map<number, { year: number; schemes: Set<string>; facts: number; own: boolean }>();
      for (const row of rows) {
        const entry = years.get(row.year) ?? { year: row.year, schemes: new Set<string>(), facts: 0, own: false };
        entry.schemes.add(row.scheme);
        entry.facts += row.count;
        entry.own ||= row.region === code;
        years.set(row.year, entry);
      }
      return {
        region: code,
        years: [...years.values()].map((y) => ({ ...y, schemes: [...y.schemes].sort() as z.infer<typeof SchemeSchema>[] })),
      };
    });
    return answerResponse(c, answer);
  });
}
