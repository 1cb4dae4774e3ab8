/**
 * `POST {scope}/{id}/deliveries/{deliveryId}/replay`: sends an event again, as a new
 * delivery due now. It keeps the event's `webhook-id`, so a receiver that already processed the
 * event can recognise the replay and drop it.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { ApiError, problemResponses } from '../../errors';
import { getDelivery, getSubscription, replayDelivery } from '../../../db/queries/webhooks';
import type { WebhookScope } from './scope';
import { unknownWebhook } from './get';
import { DeliverySchema, WebhookIdParams, presentDelivery } from './schemas';

const ReplayParams = WebhookIdParams.extend({
  deliveryId: z.coerce.number().int().positive().openapi({ param: { name: 'deliveryId', in: 'path' }, example: 7 }),
});

export const replayDeliveryRoute = (scope: WebhookScope) => createRoute({
  operationId: `${scope.operationPrefix}ReplayWebhookDelivery`,
  method: 'post',
  path: `${scope.base}/{id}/deliveries/{deliveryId}/replay`,
  tags: scope.tags,
  summary: 'Replay a delivery',
  security: scope.security,
  request: { params: ReplayParams },
  responses: {
    201: { description: 'The new delivery, pending, with the same `eventUid` (`webhook-id`).', content: { 'application/json': { schema: DeliverySchema } } },
    ...problemResponses(400, 401, 404, 409),
  },
});

export function registerWebhooksReplay(app: App, scope: WebhookScope) {
  app.openapi(replayDeliveryRoute(scope), async (c) => {
    const { id, deliveryId } = c.req.valid('param');
    const db = c.get('db');
    const subscription = await getSubscription(db, id, scope.owner(c));
    if (!subscription) throw unknownWebhook(id);
    const original = await getDelivery(db, id, deliveryId);
    if (!original) {
      throw new ApiError(404, 'Not Found', `Webhook subscription ${id} has no delivery ${deliveryId}.`, {
        errors: [{ field: 'path.deliveryId', reason: 'unknown delivery' }],
      });
    }
    if (!subscription.enabled) {
      throw new ApiError(409, 'Conflict', `Webhook subscription ${id} is disabled (${subscription.disabledReason ?? 'by an operator'}); enable it first.`, {
        errors: [{ field: 'path.id', reason: 'subscription disabled' }],
      });
    }
    const replayed = await replayDelivery(db, original, new Date().toISOString());
    return c.json(presentDelivery(replayed), 201);
  });
}
