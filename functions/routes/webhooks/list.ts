/** `GET {scope}`: the subscriptions the caller may see (all, or a subscriber's own), without their secrets. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { listSubscriptions } from '../../../db/queries/webhooks';
import type { WebhookScope } from './scope';
import { WebhookSchema, presentWebhook } from './schemas';

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ example: 0 }),
});

export const listWebhooksRoute = (scope: WebhookScope) => createRoute({
  operationId: `${scope.operationPrefix}ListWebhooks`,
  method: 'get',
  path: scope.base,
  tags: scope.tags,
  summary: 'List webhook subscriptions',
  security: scope.security,
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'Subscriptions in id order.',
      content: { 'application/json': { schema: z.object({ webhooks: z.array(WebhookSchema) }).openapi('WebhookList') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerWebhooksList(app: App, scope: WebhookScope) {
  app.openapi(listWebhooksRoute(scope), async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json({ webhooks: (await listSubscriptions(c.get('db'), { limit, offset, owner: scope.owner(c) })).map(presentWebhook) }, 200);
  });
}
