/** `GET /v1/admin/runs`: recent scrape runs, newest first. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { listRuns } from '../../../db/queries/runs';
import { reportOf } from '../../../scrapers/pipeline/run-report';
import { adminSecurity } from '../admin-sources/schemas';
import { RunReportSchema } from './schemas';

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.coerce.number().int().positive().optional().openapi({ description: 'Only runs with a smaller id (pagination).' }),
});

export const listRunsRoute = createRoute({
  method: 'get',
  path: '/v1/admin/runs',
  tags: ['admin'],
  summary: 'List scrape runs',
  security: adminSecurity,
  request: { query: ListQuery },
  responses: {
    200: { description: 'Runs, newest first.', content: { 'application/json': { schema: z.object({ runs: z.array(RunReportSchema) }).openapi('RunList') } } },
    ...problemResponses(400, 401),
  },
});

export function registerAdminRunsList(app: App) {
  app.openapi(listRunsRoute, async (c) => {
    const { limit, before } = c.req.valid('query');
    const db = c.get('db');
    const runs = await listRuns(db, { limit, ...(before ? { beforeId: before } : {}) });
    return c.json({ runs: await Promise.all(runs.map((run) => reportOf(db, run))) }, 200);
  });
}
