/** `GET /v1/admin/webhooks/{id}`: one subscription, its health, without its secret. */
import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app';
import { ApiError, problemResponses } from '../../errors';
import { getSubscription } from '../../../db/queries/webhooks';
import { adminSecurity } from '../admin-sources/schemas';
import { WebhookIdParams, WebhookSchema, presentWebhook } from './schemas';

export const getWebhookRoute = createRoute({
  method: 'get',
  path: '/v1/admin/webhooks/{id}',
  tags: ['admin', 'webhooks'],
  summary: 'Get a webhook subscription',
  security: adminSecurity,
  request: { params: WebhookIdParams },
  responses: {
    200: { description: 'The subscription.', content: { 'application/json': { schema: WebhookSchema } } },
    ...problemResponses(400, 401, 404),
  },
});

export function registerAdminWebhooksGet(app: App) {
  app.openapi(getWebhookRoute, async (c) => {
    const { id } = c.req.valid('param');
    const found = await getSubscription(c.get('db'), id);
    if (!found) throw unknownWebhook(id);
    return c.json(presentWebhook(found), 200);
  });
}

export function unknownWebhook(id: number): ApiError {
  return new ApiError(404, 'Not Found', `There is no webhook subscription ${id}.`, { errors: [{ field: 'path.id', reason: 'unknown webhook subscription' }] });
}
