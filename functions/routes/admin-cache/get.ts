/**
 * `GET /v1/admin/cache` and `DELETE /v1/admin/cache`: what this isolate keeps of the facts in
 * force, and dropping it. The bench drops it to measure cold reads; an operator who edited D1 by
 * hand drops it (in every isolate, a new data version does: `wrangler kv key put` of any new
 * token under `data-version`).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { App, AppEnv } from '../../app';
import { problemResponses } from '../../errors';
import { PUBLISH_LAG_BOUND_MS } from '../../../db/data-version';
import { adminSecurity } from '../admin-sources/schemas';

const CacheStatsSchema = z
  .object({
    dataVersion: z.string().openapi({ example: 'mimzq3k0-1f2e3d4c' }),
    entries: z.number().int().openapi({ example: 12, description: 'Region, scheme and year entries, and policy-year lists.' }),
    bytes: z.number().int().openapi({ example: 81234, description: 'Their approximate size in the heap.' }),
    maxBytes: z.number().int().openapi({ example: 33554432 }),
    loads: z.number().int().openapi({ example: 9, description: 'D1 reads made to fill it since the isolate started.' }),
    answers: z.number().int().openapi({ example: 5, description: 'Lookup, year and diff answers kept serialised, with their ETags.' }),
    answerBytes: z.number().int().openapi({ example: 40210 }),
    answerMaxBytes: z.number().int().openapi({ example: 8388608 }),
    publishLagBoundMs: z.number().int().openapi({ example: PUBLISH_LAG_BOUND_MS, description: 'The longest an answer lags a publish.' }),
  })
  .openapi('CacheStats', { example: { dataVersion: 'mimzq3k0-1f2e3d4c', entries: 12, bytes: 81234, maxBytes: 33554432, loads: 9, answers: 5, answerBytes: 40210, answerMaxBytes: 8388608, publishLagBoundMs: PUBLISH_LAG_BOUND_MS } });

export const getCacheRoute = createRoute({
  method: 'get',
  path: '/v1/admin/cache',
  tags: ['admin'],
  summary: "This isolate's facts in force in memory",
  security: adminSecurity,
  responses: {
    200: { description: 'What is kept.', content: { 'application/json': { schema: CacheStatsSchema } } },
    ...problemResponses(401),
  },
});

export const deleteCacheRoute = createRoute({
  method: 'delete',
  path: '/v1/admin/cache',
  tags: ['admin'],
  summary: "Drop this isolate's facts in force from memory",
  security: adminSecurity,
  responses: {
    200: { description: 'What was kept is gone; the next requests read D1.', content: { 'application/json': { schema: CacheStatsSchema } } },
    ...problemResponses(401),
  },
});

export function registerAdminCache(app: App) {
  const stats = async (c: Context<AppEnv>) => ({
    dataVersion: await c.var.facts.version(),
    ...c.var.factsCache.stats(),
    publishLagBoundMs: PUBLISH_LAG_BOUND_MS,
  });
  app.openapi(getCacheRoute, async (c) => c.json(await stats(c), 200));
  app.openapi(deleteCacheRoute, async (c) => {
    c.var.factsCache.clear();
    return c.json(await stats(c), 200);
  });
}
