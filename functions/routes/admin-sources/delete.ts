/** `DELETE /v1/admin/sources/{id}`: stops visiting a page. Its articles and versions stay. */
import { createRoute } from '@hono/zod-openapi';
import type { App } from '../../app';
import { ApiError, problemResponses } from '../../errors';
import { deleteSource } from '../../../db/queries/sources';
import { SourceIdParams, adminSecurity } from './schemas';

export const deleteSourceRoute = createRoute({
  method: 'delete',
  path: '/v1/admin/sources/{id}',
  tags: ['admin'],
  summary: 'Delete a source',
  security: adminSecurity,
  request: { params: SourceIdParams },
  responses: {
    204: { description: 'Deleted. Articles found through it are kept.' },
    ...problemResponses(400, 401, 404),
  },
});

export function registerAdminSourcesDelete(app: App) {
  app.openapi(deleteSourceRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await deleteSource(c.get('db'), id))) {
      throw new ApiError(404, 'Not Found', `There is no source ${id}.`, { errors: [{ field: 'path.id', reason: 'unknown source' }] });
    }
    return c.body(null, 204);
  });
}
