/** `GET /v1/admin/audit`: who changed what and when, newest first. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { listAudit } from '../../../db/queries/audit';
import { adminSecurity } from '../admin-sources/schemas';

const AuditQuery = z.object({
  ...pageQuery({ defaultLimit: 50, max: 200 }),
  actor: z.string().regex(/^(admin|api-key:\d+)$/, '`admin` or `api-key:<id>`').optional().openapi({ example: 'api-key:1' }),
});

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ example: '2025-03-11T06:00:01.250Z' }),
    actor: z.string().openapi({ example: 'api-key:1', description: '`admin`, or the subscriber key that made the change.' }),
    action: z.string().openapi({ example: 'POST /v1/webhooks/{id}/rotate' }),
    target: z.string().openapi({ example: '/v1/webhooks/3' }),
    status: z.number().int().openapi({ example: 200 }),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEntry');

export const listAuditRoute = createRoute({
  method: 'get',
  path: '/v1/admin/audit',
  tags: ['admin'],
  summary: 'Read the audit log',
  description: 'Every successful change made through the admin or the subscriber API.',
  security: adminSecurity,
  request: { query: AuditQuery },
  responses: {
    200: {
      description: 'Entries newest first; ask again with `cursor=next` while `hasMore`.',
      content: { 'application/json': { schema: z.object({ entries: z.array(AuditEntrySchema), ...PageInfo }).openapi('AuditLog') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerAdminAuditList(app: App) {
  app.openapi(listAuditRoute, async (c) => {
    const { cursor, actor, limit } = c.req.valid('query');
    const beforeId = cursor === undefined ? undefined : decodeCursor(cursor);
    const page = pageOf(await listAudit(c.get('db'), { ...(beforeId ? { beforeId } : {}), ...(actor ? { actor } : {}), limit: limit + 1 }), limit, (e) => e.id, beforeId ?? 0);
    return c.json({
      entries: page.items.map((row) => ({ id: row.id, at: row.createdAt, actor: row.actor, action: row.action, target: row.target, status: row.status, requestId: row.requestId })),
      next: page.next,
      hasMore: page.hasMore,
    }, 200);
  });
}
