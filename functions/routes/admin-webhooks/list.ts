/** `GET /v1/admin/webhooks`: the subscriptions, without their secrets. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { problemResponses } from '../../errors';
import { listSubscriptions } from '../../../db/queries/webhooks';
import { adminSecurity } from '../admin-sources/schemas';
import { WebhookSchema, presentWebhook } from './schemas';

const ListQuery = z.object(pageQuery({ defaultLimit: 50, max: 200 }));

export const listWebhooksRoute = createRoute({
  method: 'get',
  path: '/v1/admin/webhooks',
  tags: ['admin', 'webhooks'],
  summary: 'List webhook subscriptions',
  security: adminSecurity,
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'Subscriptions in id order.',
      content: { 'application/json': { schema: z.object({ webhooks: z.array(WebhookSchema), ...PageInfo }).openapi('WebhookList') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerAdminWebhooksList(app: App) {
  app.openapi(listWebhooksRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const afterId = cursor === undefined ? 0 : decodeCursor(cursor);
    const page = pageOf(await listSubscriptions(c.get('db'), { limit: limit + 1, afterId }), limit, (s) => s.id, afterId);
    return c.json({ webhooks: page.items.map(presentWebhook), next: page.next, hasMore: page.hasMore }, 200);
  });
}
