/** `GET /v1/admin/webhooks/{id}/deliveries`: what was sent, newest first, with every attempt. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { getSubscription, listDeliveries } from '../../../db/queries/webhooks';
import { adminSecurity } from '../admin-sources/schemas';
import { unknownWebhook } from './get';
import { DeliverySchema, WebhookIdParams, presentDelivery } from './schemas';

const DeliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  before: z.coerce.number().int().positive().optional().openapi({ description: 'Only deliveries with a smaller id (pagination).' }),
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
});

export const listDeliveriesRoute = createRoute({
  method: 'get',
  path: '/v1/admin/webhooks/{id}/deliveries',
  tags: ['admin', 'webhooks'],
  summary: 'List deliveries and their attempts',
  security: adminSecurity,
  request: { params: WebhookIdParams, query: DeliveriesQuery },
  responses: {
    200: {
      description: 'Deliveries, newest first; each attempt with its status, duration and the start of the answer.',
      content: { 'application/json': { schema: z.object({ deliveries: z.array(DeliverySchema) }).openapi('WebhookDeliveryList') } },
    },
    ...problemResponses(400, 401, 404),
  },
});

export function registerAdminWebhooksDeliveries(app: App) {
  app.openapi(listDeliveriesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { limit, before, status } = c.req.valid('query');
    const db = c.get('db');
    if (!(await getSubscription(db, id))) throw unknownWebhook(id);
    const rows = await listDeliveries(db, id, { limit, ...(before ? { beforeId: before } : {}), ...(status ? { status } : {}) });
    return c.json({ deliveries: rows.map(presentDelivery) }, 200);
  });
}
