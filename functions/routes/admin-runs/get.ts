/** `GET /v1/admin/runs/{id}`: one run's report. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { ApiError, problemResponses } from '../../errors';
import { getRun } from '../../../db/queries/runs';
import { reportOf } from '../../../scrapers/pipeline/run-report';
import { adminSecurity } from '../admin-sources/schemas';
import { RunReportSchema } from './schemas';

const RunParams = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 7 }) });

export const getRunRoute = createRoute({
  method: 'get',
  path: '/v1/admin/runs/{id}',
  tags: ['admin'],
  summary: 'A scrape run',
  security: adminSecurity,
  request: { params: RunParams },
  responses: {
    200: { description: 'The run report.', content: { 'application/json': { schema: RunReportSchema } } },
    ...problemResponses(400, 401, 404),
  },
});

export function registerAdminRunsGet(app: App) {
  app.openapi(getRunRoute, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.get('db');
    const run = await getRun(db, id);
    if (!run) throw new ApiError(404, 'Not Found', `There is no run ${id}.`, { errors: [{ field: 'path.id', reason: 'unknown run' }] });
    return c.json(await reportOf(db, run), 200);
  });
}
