/** `GET {scope}/{id}`: one subscription, its health, without its secret. */
import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app';
import { ApiError, problemResponses } from '../../errors';
import { getSubscription } from '../../../db/queries/webhooks';
import type { WebhookScope } from './scope';
import { WebhookIdParams, WebhookSchema, presentWebhook } from './schemas';

export const getWebhookRoute = (scope: WebhookScope) => createRoute({
  operationId: `${scope.operationPrefix}GetWebhook`,
  method: 'get',
  path: `${scope.base}/{id}`,
  tags: scope.tags,
  summary: 'Get a webhook subscription',
  security: scope.security,
  request: { params: WebhookIdParams },
  responses: {
    200: { description: 'The subscription.', content: { 'application/json': { schema: WebhookSchema } } },
    ...problemResponses(400, 401, 404),
  },
});

export function registerWebhooksGet(app: App, scope: WebhookScope) {
  app.openapi(getWebhookRoute(scope), async (c) => {
    const { id } = c.req.valid('param');
    const found = await getSubscription(c.get('db'), id, scope.owner(c));
    if (!found) throw unknownWebhook(id);
    return c.json(presentWebhook(found), 200);
  });
}

export function unknownWebhook(id: number): ApiError {
  return new ApiError(404, 'Not Found', `There is no webhook subscription ${id}.`, { errors: [{ field: 'path.id', reason: 'unknown webhook subscription' }] });
}
