/** `DELETE /v1/admin/api-keys/{id}`: revokes a key; its webhooks are disabled, the record stays. */
import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problem, problemResponses } from '../../errors';
import { revokeApiKey } from '../../../db/queries/api-keys';
import { adminSecurity } from '../admin-sources/schemas';
import { ApiKeyIdParams } from './schemas';

export const revokeApiKeyRoute = createRoute({
  method: 'delete',
  path: '/v1/admin/api-keys/{id}',
  tags: ['admin', 'api-keys'],
  summary: 'Revoke a subscriber API key',
  security: adminSecurity,
  request: { params: ApiKeyIdParams },
  responses: {
    204: { description: 'Revoked: requests with it are refused from now on and its webhooks are disabled.' },
    ...problemResponses(400, 401, 404),
  },
});

export function registerAdminApiKeysRevoke(app: App) {
  app.openapi(revokeApiKeyRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await revokeApiKey(c.get('db'), id, new Date().toISOString()))) {
      throw problem('not-found', `There is no API key ${id}.`, { errors: [{ field: 'path.id', reason: 'unknown API key' }] });
    }
    return c.body(null, 204);
  });
}
