/**
 * The audit log: after every request that changes something (not GET, HEAD or OPTIONS) under the
 * admin or the subscriber API and succeeds, one entry of who (`admin` or `api-key:<id>`), what
 * (the operation, `PATCH /v1/webhooks/{id}`, and the address acted on or created) and when. A
 * failure to record is logged and does not undo or fail the change it records.
 */
import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import { createDb } from '../../db/client';
import { recordAudit } from '../../db/queries/audit';
import type { ApiKeyVariables } from './api-key';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const auditChanges = createMiddleware<{ Bindings: { DB: D1Database }; Variables: ApiKeyVariables & { requestId: string } }>(async (c, next) => {
  await next();
  if (READS.has(c.req.method) || c.res.status >= 400) return;
  const key = c.get('apiKey');
  const admin = c.req.path.startsWith('/v1/admin/');
  const operation = routePath(c, -1).replace(/:([A-Za-z]+)/g, '{$1}');
  try {
    await recordAudit(createDb(c.env.DB), {
      actor: admin ? 'admin' : key ? `api-key:${key.id}` : 'anonymous',
      apiKeyId: admin ? null : key?.id ?? null,
      action: `${c.req.method} ${operation}`,
      target: c.res.headers.get('location') ?? c.req.path,
      status: c.res.status,
      requestId: c.get('requestId') ?? null,
    });
  } catch (error) {
    console.error('audit entry not recorded', c.req.method, c.req.path, error);
  }
});
