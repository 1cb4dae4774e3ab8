/** `DELETE {scope}/{id}`: unsubscribes; its deliveries and their log go with it. */
import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { deleteSubscription } from '../../../db/queries/webhooks';
import type { WebhookScope } from './scope';
import { unknownWebhook } from './get';
import { WebhookIdParams } from './schemas';

export const deleteWebhookRoute = (scope: WebhookScope) => createRoute({
  operationId: `${scope.operationPrefix}DeleteWebhook`,
  method: 'delete',
  path: `${scope.base}/{id}`,
  tags: scope.tags,
  summary: 'Delete a webhook subscription',
  security: scope.security,
  request: { params: WebhookIdParams },
  responses: {
    204: { description: 'Deleted, with its deliveries and attempts.' },
    ...problemResponses(400, 401, 404),
  },
});

export function registerWebhooksDelete(app: App, scope: WebhookScope) {
  app.openapi(deleteWebhookRoute(scope), async (c) => {
    const { id } = c.req.valid('param');
    if (!(await deleteSubscription(c.get('db'), id, scope.owner(c)))) throw unknownWebhook(id);
    return c.body(null, 204);
  });
}
