/** `PATCH /v1/admin/sources/{id}`: enables, disables or re-schedules a source. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { ApiError, problemResponses } from '../../errors';
import { updateSource } from '../../../db/queries/sources';
import { AdapterSchema, SourceIdParams, SourceSchema, TrustSchema, adminSecurity } from './schemas';

const UpdateSourceBody = z
  .object({
    adapter: AdapterSchema.optional(),
    enabled: z.boolean().optional().openapi({ example: true }),
    intervalMinutes: z.number().int().min(5).max(10080).optional(),
    trust: TrustSchema.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one of adapter, enabled, intervalMinutes, trust' })
  .openapi('UpdateSource');

export const updateSourceRoute = createRoute({
  method: 'patch',
  path: '/v1/admin/sources/{id}',
  tags: ['admin'],
  summary: 'Change a source',
  security: adminSecurity,
  request: { params: SourceIdParams, body: { required: true, content: { 'application/json': { schema: UpdateSourceBody } } } },
  responses: {
    200: { description: 'The source as changed.', content: { 'application/json': { schema: SourceSchema } } },
    ...problemResponses(400, 401, 404),
  },
});

export function registerAdminSourcesUpdate(app: App) {
  app.openapi(updateSourceRoute, async (c) => {
    const { id } = c.req.valid('param');
    const updated = await updateSource(c.get('db'), id, c.req.valid('json'));
    if (!updated) throw new ApiError(404, 'Not Found', `There is no source ${id}.`, { errors: [{ field: 'path.id', reason: 'unknown source' }] });
    return c.json(updated, 200);
  });
}
