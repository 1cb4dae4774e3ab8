/**
 * `POST /v1/admin/secrets/reseal`: seals every stored webhook secret under the current
 * `SECRETS_KEY`: those sealed under `SECRETS_KEY_PREVIOUS` (a key rotation) and any stored before
 * sealing existed. Safe to repeat.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { resealWebhookSecrets } from '../../webhooks/secrets';
import { adminSecurity } from '../admin-sources/schemas';

export const resealSecretsRoute = createRoute({
  method: 'post',
  path: '/v1/admin/secrets/reseal',
  tags: ['admin'],
  summary: 'Reseal stored secrets under the current SECRETS_KEY',
  security: adminSecurity,
  responses: {
    200: {
      description: 'How many secrets were rewritten, of how many.',
      content: { 'application/json': { schema: z.object({ resealed: z.number().int(), total: z.number().int() }).openapi('ResealResult') } },
    },
    ...problemResponses(401, 503),
  },
});

export function registerAdminSecretsReseal(app: App) {
  app.openapi(resealSecretsRoute, async (c) => c.json(await resealWebhookSecrets(c.get('db'), c.env), 200));
}
