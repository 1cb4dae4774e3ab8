/** `POST {scope}`: subscribes a URL to change events; the answer shows the signing secret, once. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { createSubscription } from '../../../db/queries/webhooks';
import { newWebhookSecret } from '../../../core/webhook-signature';
import { sealWebhookSecret } from '../../webhooks/secrets';
import type { WebhookScope } from './scope';
import { FiltersSchema, WebhookUrlSchema, WebhookWithSecretSchema, checkedWebhookUrl, presentWebhook, regionFilter } from './schemas';

const CreateWebhookBody = z.object({ url: WebhookUrlSchema, ...FiltersSchema }).strict().openapi('CreateWebhook');

export const createWebhookRoute = (scope: WebhookScope) => createRoute({
  operationId: `${scope.operationPrefix}CreateWebhook`,
  method: 'post',
  path: scope.base,
  tags: scope.tags,
  summary: 'Subscribe to change events',
  description:
    'Each change event matching the filters is POSTed to `url`, signed by the Standard Webhooks specification with the `whsec_` secret in this answer. The secret is not shown again (rotate it to get a new one).',
  security: scope.security,
  request: { body: { required: true, content: { 'application/json': { schema: CreateWebhookBody } } } },
  responses: {
    201: { description: 'The subscription, with its signing secret.', content: { 'application/json': { schema: WebhookWithSecretSchema } } },
    ...problemResponses(400, 401),
  },
});

export function registerWebhooksCreate(app: App, scope: WebhookScope) {
  app.openapi(createWebhookRoute(scope), async (c) => {
    const body = c.req.valid('json');
    const url = checkedWebhookUrl(body.url, c.env);
    const owner = scope.owner(c);
    const secret = newWebhookSecret();
    const sealed = await sealWebhookSecret(c.env, secret);
    const created = await createSubscription(c.get('db'), {
      url,
      secret: sealed.sealed,
      secretHint: sealed.hint,
      apiKeyId: owner === 'all' ? null : owner,
      regions: regionFilter(body.regions) ?? null,
      schemes: body.schemes ?? null,
      keys: body.keys ?? null,
    });
    return c.json({ ...presentWebhook(created), secret }, 201, { location: `${scope.base}/${created.id}` });
  });
}
