/** `GET {scope}`: the subscriptions the caller may see (all, or a subscriber's own), without their secrets. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { problemResponses } from '../../errors';
import { listSubscriptions } from '../../../db/queries/webhooks';
import type { WebhookScope } from './scope';
import { WebhookSchema, presentWebhook } from './schemas';

const ListQuery = z.object(pageQuery({ defaultLimit: 50, max: 200 }));

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
      content: { 'application/json': { schema: z.object({ webhooks: z.array(WebhookSchema), ...PageInfo }).openapi('WebhookList') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerWebhooksList(app: App, scope: WebhookScope) {
  app.openapi(listWebhooksRoute(scope), async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const afterId = cursor === undefined ? 0 : decodeCursor(cursor);
    const page = pageOf(await listSubscriptions(c.get('db'), { limit: limit + 1, afterId, owner: scope.owner(c) }), limit, (s) => s.id, afterId);
    return c.json({ webhooks: page.items.map(presentWebhook), next: page.next, hasMore: page.hasMore }, 200);
  });
}
