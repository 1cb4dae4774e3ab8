/** `GET /v1/admin/api-keys`: the keys with a hint and their last use, never the keys themselves. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { listApiKeys } from '../../../db/queries/api-keys';
import { adminSecurity } from '../admin-sources/schemas';
import { ApiKeySchema, presentApiKey } from './schemas';

const ListQuery = z.object(pageQuery({ defaultLimit: 50, max: 200 }));

export const listApiKeysRoute = createRoute({
  method: 'get',
  path: '/v1/admin/api-keys',
  tags: ['admin', 'api-keys'],
  summary: 'List subscriber API keys',
  security: adminSecurity,
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'Keys in id order, revoked ones included.',
      content: { 'application/json': { schema: z.object({ apiKeys: z.array(ApiKeySchema), ...PageInfo }).openapi('ApiKeyList') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerAdminApiKeysList(app: App) {
  app.openapi(listApiKeysRoute, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const afterId = cursor === undefined ? 0 : decodeCursor(cursor);
    const page = pageOf(await listApiKeys(c.get('db'), { afterId, limit: limit + 1 }), limit, (k) => k.id, afterId);
    return c.json({ apiKeys: page.items.map(presentApiKey), next: page.next, hasMore: page.hasMore }, 200);
  });
}
