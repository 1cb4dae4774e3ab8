/** `GET /v1/admin/runs`: recent scrape runs, newest first. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { problemResponses } from '../../errors';
import { listRuns } from '../../../db/queries/runs';
import { reportOf } from '../../../scrapers/pipeline/run-report';
import { adminSecurity } from '../admin-sources/schemas';
import { RunReportSchema } from './schemas';

const ListQuery = z.object(pageQuery({ defaultLimit: 20, max: 100 }));

export const listRunsRoute = createRoute({
  method: 'get',
  path: '/v1/admin/runs',
  tags: ['admin'],
  summary: 'List scrape runs',
  security: adminSecurity,
  request: { query: ListQuery },
  responses: {
    200: { description: 'Runs, newest first.', content: { 'application/json': { schema: z.object({ runs: z.array(RunReportSchema), ...PageInfo }).openapi('RunList') } } },
    ...problemResponses(400, 401),
  },
});

export function registerAdminRunsList(app: App) {
  app.openapi(listRunsRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const db = c.get('db');
    // Newest first: a cursor is the id the next page stays below.
    const beforeId = cursor === undefined ? undefined : decodeCursor(cursor);
    const page = pageOf(await listRuns(db, { limit: limit + 1, ...(beforeId !== undefined ? { beforeId } : {}) }), limit, (r) => r.id, beforeId ?? 0);
    return c.json({ runs: await Promise.all(page.items.map((run) => reportOf(db, run))), next: page.next, hasMore: page.hasMore }, 200);
  });
}
