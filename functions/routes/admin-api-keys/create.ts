/** `POST /v1/admin/api-keys`: a subscriber API key, shown in this answer only; stored as its SHA-256. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { newApiKey, sha256Hex } from '../../../core/api-key';
import { createApiKey } from '../../../db/queries/api-keys';
import { adminSecurity } from '../admin-sources/schemas';
import { ApiKeyWithSecretSchema } from './schemas';

const CreateApiKeyBody = z
  .object({ name: z.string().trim().min(1).max(100).openapi({ example: 'acme-hr', description: 'Who the key is for.' }) })
  .strict()
  .openapi('CreateApiKey');

export const createApiKeyRoute = createRoute({
  method: 'post',
  path: '/v1/admin/api-keys',
  tags: ['admin', 'api-keys'],
  summary: 'Make a subscriber API key',
  description: 'The key lets a subscriber manage its own webhooks under `/v1/webhooks`. It is shown in this answer only.',
  security: adminSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: CreateApiKeyBody } } } },
  responses: {
    201: { description: 'The key, shown this once.', content: { 'application/json': { schema: ApiKeyWithSecretSchema } } },
    ...problemResponses(400, 401),
  },
});

export function registerAdminApiKeysCreate(app: App) {
  app.openapi(createApiKeyRoute, async (c) => {
    const { name } = c.req.valid('json');
    const made = newApiKey();
    const row = await createApiKey(c.get('db'), { name, lookup: made.lookup, keyHash: await sha256Hex(made.key), hint: made.hint });
    return c.json({ id: row.id, name: row.name, key: made.key }, 201, { location: `/v1/admin/api-keys/${row.id}`, 'cache-control': 'no-store' });
  });
}
