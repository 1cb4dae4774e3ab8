/**
 * `PATCH {scope}/{id}`: changes the URL or the filters (null: all), or enables and
 * disables a subscription. Re-enabling clears its failure record; deliveries still pending resume.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { updateSubscription, type SubscriptionPatch } from '../../../db/queries/webhooks';
import type { WebhookScope } from './scope';
import { unknownWebhook } from './get';
import { FiltersSchema, WebhookIdParams, WebhookSchema, WebhookUrlSchema, checkedWebhookUrl, presentWebhook, regionFilter } from './schemas';

const UpdateWebhookBody = z
  .object({ url: WebhookUrlSchema.optional(), ...FiltersSchema, enabled: z.boolean().optional().openapi({ example: true }) })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one of url, regions, schemes, keys, enabled' })
  .openapi('UpdateWebhook');

export const updateWebhookRoute = (scope: WebhookScope) => createRoute({
  operationId: `${scope.operationPrefix}UpdateWebhook`,
  method: 'patch',
  path: `${scope.base}/{id}`,
  tags: scope.tags,
  summary: 'Change a webhook subscription',
  security: scope.security,
  request: { params: WebhookIdParams, body: { required: true, content: { 'application/json': { schema: UpdateWebhookBody } } } },
  responses: {
    200: { description: 'The subscription as changed.', content: { 'application/json': { schema: WebhookSchema } } },
    ...problemResponses(400, 401, 404),
  },
});

export function registerWebhooksUpdate(app: App, scope: WebhookScope) {
  app.openapi(updateWebhookRoute(scope), async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const patch: SubscriptionPatch = {};
    if (body.url !== undefined) patch.url = checkedWebhookUrl(body.url, c.env);
    if (body.regions !== undefined) patch.regions = regionFilter(body.regions) ?? null;
    if (body.schemes !== undefined) patch.schemes = body.schemes;
    if (body.keys !== undefined) patch.keys = body.keys;
    if (body.enabled !== undefined) patch.enabled = body.enabled;
    const updated = await updateSubscription(c.get('db'), id, scope.owner(c), patch);
    if (!updated) throw unknownWebhook(id);
    return c.json(presentWebhook(updated), 200);
  });
}
