/** `POST /v1/admin/webhooks`: subscribes a URL to change events; the answer shows the signing secret, once. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { createSubscription } from '../../../db/queries/webhooks';
import { newWebhookSecret } from '../../../core/webhook-signature';
import { adminSecurity } from '../admin-sources/schemas';
import { FiltersSchema, WebhookUrlSchema, WebhookWithSecretSchema, checkedWebhookUrl, presentWebhook, regionFilter } from './schemas';

const CreateWebhookBody = z.object({ url: WebhookUrlSchema, ...FiltersSchema }).strict().openapi('CreateWebhook');

export const createWebhookRoute = createRoute({
  method: 'post',
  path: '/v1/admin/webhooks',
  tags: ['admin', 'webhooks'],
  summary: 'Subscribe to change events',
  description:
    'Each change event matching the filters is POSTed to `url`, signed by the Standard Webhooks specification with the `whsec_` secret in this answer. The secret is not shown again (rotate it to get a new one).',
  security: adminSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: CreateWebhookBody } } } },
  responses: {
    201: { description: 'The subscription, with its signing secret.', content: { 'application/json': { schema: WebhookWithSecretSchema } } },
    ...problemResponses(400, 401),
  },
});

export function registerAdminWebhooksCreate(app: App) {
  app.openapi(createWebhookRoute, async (c) => {
    const body = c.req.valid('json');
    const url = checkedWebhookUrl(body.url, c.env);
    const created = await createSubscription(c.get('db'), {
      url,
      secret: newWebhookSecret(),
      regions: regionFilter(body.regions) ?? null,
      schemes: body.schemes ?? null,
      keys: body.keys ?? null,
    });
    return c.json({ ...presentWebhook(created), secret: created.secret }, 201, { location: `/v1/admin/webhooks/${created.id}` });
  });
}
