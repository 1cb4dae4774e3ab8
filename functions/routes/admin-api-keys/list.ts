/** `GET /v1/admin/api-keys`: the keys with a hint and their last use, never the keys themselves. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { listApiKeys } from '../../../db/queries/api-keys';
import { adminSecurity } from '../admin-sources/schemas';
import { ApiKeySchema, presentApiKey } from './schemas';

const ListQuery = z.object({
  cursor: z.coerce.number().int().min(0).default(0).openapi({ description: 'The `next` of the previous page.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

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
      content: { 'application/json': { schema: z.object({ apiKeys: z.array(ApiKeySchema), next: z.number().int(), hasMore: z.boolean() }).openapi('ApiKeyList') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerAdminApiKeysList(app: App) {
  app.openapi(listApiKeysRoute, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const rows = await listApiKeys(c.get('db'), { afterId: cursor, limit: limit + 1 });
    const page = rows.slice(0, limit);
    return c.json({ apiKeys: page.map(presentApiKey), next: page.at(-1)?.id ?? cursor, hasMore: rows.length > limit }, 200);
  });
}
