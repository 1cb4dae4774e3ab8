/**
 * `POST {scope}/{id}/rotate`: a new signing secret, shown in the answer. For 24 hours
 * every webhook carries two signatures, by the new secret and by the one it replaced, so the
 * receiver can switch over without losing a message. Rotating again within those 24 hours drops
 * the oldest secret at once.
 */
import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { rotateSubscriptionSecret } from '../../../db/queries/webhooks';
import { newWebhookSecret } from '../../../core/webhook-signature';
import { sealWebhookSecret } from '../../webhooks/secrets';
import type { WebhookScope } from './scope';
import { unknownWebhook } from './get';
import { WebhookIdParams, WebhookWithSecretSchema, presentWebhook } from './schemas';

/** How long the replaced secret keeps signing. */
export const ROTATION_GRACE_MS = 24 * 3_600_000;

export const rotateWebhookRoute = (scope: WebhookScope) => createRoute({
  operationId: `${scope.operationPrefix}RotateWebhook`,
  method: 'post',
  path: `${scope.base}/{id}/rotate`,
  tags: scope.tags,
  summary: 'Rotate the signing secret',
  security: scope.security,
  request: { params: WebhookIdParams },
  responses: {
    200: {
      description: 'The subscription with its new secret; the old one signs too until `previousSecretExpiresAt`.',
      content: { 'application/json': { schema: WebhookWithSecretSchema } },
    },
    ...problemResponses(400, 401, 404),
  },
});

export function registerWebhooksRotate(app: App, scope: WebhookScope) {
  app.openapi(rotateWebhookRoute(scope), async (c) => {
    const { id } = c.req.valid('param');
    const expires = new Date(Date.now() + ROTATION_GRACE_MS).toISOString();
    const secret = newWebhookSecret();
    const rotated = await rotateSubscriptionSecret(c.get('db'), id, scope.owner(c), await sealWebhookSecret(c.env, secret), expires);
    if (!rotated) throw unknownWebhook(id);
    return c.json({ ...presentWebhook(rotated), secret }, 200);
  });
}
