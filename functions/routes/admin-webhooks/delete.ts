/** `DELETE /v1/admin/webhooks/{id}`: unsubscribes; its deliveries and their log go with it. */
import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { deleteSubscription } from '../../../db/queries/webhooks';
import { adminSecurity } from '../admin-sources/schemas';
import { unknownWebhook } from './get';
import { WebhookIdParams } from './schemas';

export const deleteWebhookRoute = createRoute({
  method: 'delete',
  path: '/v1/admin/webhooks/{id}',
  tags: ['admin', 'webhooks'],
  summary: 'Delete a webhook subscription',
  security: adminSecurity,
  request: { params: WebhookIdParams },
  responses: {
    204: { description: 'Deleted, with its deliveries and attempts.' },
    ...problemResponses(400, 401, 404),
  },
});

export function registerAdminWebhooksDelete(app: App) {
  app.openapi(deleteWebhookRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await deleteSubscription(c.get('db'), id))) throw unknownWebhook(id);
    return c.body(null, 204);
  });
}
