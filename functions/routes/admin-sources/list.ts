/** `GET /v1/admin/sources`: the sources, paginated by id. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { problemResponses } from '../../errors';
import { listSources } from '../../../db/queries/sources';
import { SourceSchema, adminSecurity } from './schemas';

const ListQuery = z.object(pageQuery({ defaultLimit: 50, max: 200 }));

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
      content: { 'application/json': { schema: z.object({ sources: z.array(SourceSchema), ...PageInfo }).openapi('SourceList') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerAdminSourcesList(app: App) {
  app.openapi(listSourcesRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const afterId = cursor === undefined ? 0 : decodeCursor(cursor);
    const page = pageOf(await listSources(c.get('db'), { limit: limit + 1, afterId }), limit, (s) => s.id, afterId);
    return c.json({ sources: page.items, next: page.next, hasMore: page.hasMore }, 200);
  });
}
