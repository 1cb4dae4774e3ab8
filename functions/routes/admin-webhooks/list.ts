/** `GET /v1/admin/webhooks`: the subscriptions, without their secrets. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { listSubscriptions } from '../../../db/queries/webhooks';
import { adminSecurity } from '../admin-sources/schemas';
import { WebhookSchema, presentWebhook } from './schemas';

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ example: 0 }),
});

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
      content: { 'application/json': { schema: z.object({ webhooks: z.array(WebhookSchema) }).openapi('WebhookList') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerAdminWebhooksList(app: App) {
  app.openapi(listWebhooksRoute, async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json({ webhooks: (await listSubscriptions(c.get('db'), { limit, offset })).map(presentWebhook) }, 200);
  });
}
