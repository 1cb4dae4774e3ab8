/** `GET /health`: answers ok when the Worker runs and D1 answers a query. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { ApiError, problemResponses } from '../../errors';
import { pingDatabase } from '../../../db/queries/health';

export const HealthSchema = z
  .object({ status: z.literal('ok').openapi({ example: 'ok' }) })
  .openapi('Health');

export const healthGetRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['meta'],
  summary: 'Liveness and database reachability',
  responses: {
    200: {
      description: 'The Worker runs and the database answers.',
      content: { 'application/json': { schema: HealthSchema } },
    },
    ...problemResponses(503),
  },
});

export function registerHealthGet(app: App) {
  app.openapi(healthGetRoute, async (c) => {
    try {
      await pingDatabase(c.get('db'));
    } catch (cause) {
      console.error('health: database ping failed', cause);
      throw new ApiError(503, 'Service Unavailable', 'The database did not answer.');
    }
    return c.json({ status: 'ok' as const }, 200);
  });
}
