/** `GET /v1/admin/sources`: the sources, paginated by id. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { listSources } from '../../../db/queries/sources';
import { SourceSchema, adminSecurity } from './schemas';

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ example: 0 }),
});

export const listSourcesRoute = createRoute({
  method: 'get',
  path: '/v1/admin/sources',
  tags: ['admin'],
  summary: 'List sources',
  security: adminSecurity,
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'Sources in id order.',
      content: { 'application/json': { schema: z.object({ sources: z.array(SourceSchema) }).openapi('SourceList') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerAdminSourcesList(app: App) {
  app.openapi(listSourcesRoute, async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json({ sources: await listSources(c.get('db'), { limit, offset }) }, 200);
  });
}
