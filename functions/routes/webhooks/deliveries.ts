/** `GET {scope}/{id}/deliveries`: what was sent, newest first, with every attempt. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { problemResponses } from '../../errors';
import { getSubscription, listDeliveries } from '../../../db/queries/webhooks';
import type { WebhookScope } from './scope';
import { unknownWebhook } from './get';
import { DeliverySchema, WebhookIdParams, presentDelivery } from './schemas';

const DeliveriesQuery = z.object({
  ...pageQuery({ defaultLimit: 20, max: 50 }),
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
});

export const listDeliveriesRoute = (scope: WebhookScope) => createRoute({
  operationId: `${scope.operationPrefix}ListWebhookDeliveries`,
  method: 'get',
  path: `${scope.base}/{id}/deliveries`,
  tags: scope.tags,
  summary: 'List deliveries and their attempts',
  security: scope.security,
  request: { params: WebhookIdParams, query: DeliveriesQuery },
  responses: {
    200: {
      description: 'Deliveries, newest first; each attempt with its status, duration and the start of the answer.',
      content: { 'application/json': { schema: z.object({ deliveries: z.array(DeliverySchema), ...PageInfo }).openapi('WebhookDeliveryList') } },
    },
    ...problemResponses(400, 401, 404),
  },
});

export function registerWebhooksDeliveries(app: App, scope: WebhookScope) {
  app.openapi(listDeliveriesRoute(scope), async (c) => {
    const { id } = c.req.valid('param');
    const { limit, cursor, status } = c.req.valid('query');
    // Newest first: a cursor is the id the next page stays below.
    const beforeId = cursor === undefined ? undefined : decodeCursor(cursor);
    const db = c.get('db');
    if (!(await getSubscription(db, id, scope.owner(c)))) throw unknownWebhook(id);
    const rows = await listDeliveries(db, id, { limit: limit + 1, ...(beforeId !== undefined ? { beforeId } : {}), ...(status ? { status } : {}) });
    const page = pageOf(rows, limit, (d) => d.id, beforeId ?? 0);
    return c.json({ deliveries: page.items.map(presentDelivery), next: page.next, hasMore: page.hasMore }, 200);
  });
}
