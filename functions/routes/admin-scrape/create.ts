/** `POST /v1/admin/scrape`: runs a scrape now and answers with its report. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { badField, problemResponses } from '../../errors';
import { getSources } from '../../../db/queries/sources';
import { runManualScrape } from '../../../scrapers/pipeline/run';
import { RunReportSchema } from '../admin-runs/schemas';
import { adminSecurity } from '../admin-sources/schemas';

const ScrapeBody = z
  .object({
    sourceIds: z.array(z.number().int().positive()).max(200).optional().openapi({ example: [1, 2] }),
  })
  .strict()
  .openapi('ScrapeRequest');

export const scrapeRoute = createRoute({
  method: 'post',
  path: '/v1/admin/scrape',
  tags: ['admin'],
  summary: 'Scrape now',
  description: 'Visits the given sources (every enabled source when none are given) and reports the run.',
  security: adminSecurity,
  request: { body: { required: false, content: { 'application/json': { schema: ScrapeBody } } } },
  responses: {
    200: { description: 'The run report.', content: { 'application/json': { schema: RunReportSchema } } },
    ...problemResponses(400, 401),
  },
});

export function registerAdminScrapeCreate(app: App) {
  app.openapi(scrapeRoute, async (c) => {
    const body = (c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {}) ?? {};
    const ids = [...new Set(body.sourceIds ?? [])];
    if (ids.length) {
      const found = new Set((await getSources(c.get('db'), ids)).map((s) => s.id));
      const unknown = ids.filter((id) => !found.has(id));
      if (unknown.length) throw badField('body.sourceIds', `unknown source ids: ${unknown.join(', ')}`);
    }
    return c.json(await runManualScrape(c.env, { sourceIds: ids }, { dataVersion: c.var.dataVersion, waitUntil: (p) => c.executionCtx.waitUntil(p) }), 200);
  });
}
