/** `POST /v1/admin/sources`: adds a page for the scraper to visit. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { ApiError, badField, problemResponses } from '../../errors';
import { createSource, findSourceByUrl } from '../../../db/queries/sources';
import { checkOutboundUrl } from '../../../scrapers/fetch/url-guard';
import { canonicalise } from '../../../scrapers/page-url';
import { AdapterSchema, SourceSchema, TrustSchema, adminSecurity } from './schemas';
import { trustOfUrl } from '../../../domain/official-sites';

const CreateSourceBody = z
  .object({
    url: z.string().min(1).max(2048).openapi({ example: 'https://www.example.gov.cn/ybj/2025/notice.html' }),
    adapter: AdapterSchema.optional(),
    intervalMinutes: z.number().int().min(5).max(10080).optional().openapi({ example: 360 }),
    enabled: z.boolean().optional(),
    trust: TrustSchema.optional().openapi({ description: 'Default: `official` on a gov.cn host, else `unofficial`.' }),
  })
  .strict()
  .openapi('CreateSource');

export const createSourceRoute = createRoute({
  method: 'post',
  path: '/v1/admin/sources',
  tags: ['admin'],
  summary: 'Add a source',
  security: adminSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: CreateSourceBody } } } },
  responses: {
    201: { description: 'The new source.', content: { 'application/json': { schema: SourceSchema } } },
    ...problemResponses(400, 401, 409),
  },
});

export function registerAdminSourcesCreate(app: App) {
  app.openapi(createSourceRoute, async (c) => {
    const body = c.req.valid('json');
    const checked = checkOutboundUrl(body.url, { allowPrivate: c.env.ALLOW_PRIVATE_URLS === 'true' });
    if (!checked.ok) throw badField('body.url', `${checked.reason}: ${checked.detail}`);
    const url = canonicalise(checked.url.toString());
    const db = c.get('db');
    const created = await createSource(db, {
      url,
      adapter: body.adapter ?? 'auto',
      trust: body.trust ?? trustOfUrl(url),
      ...(body.intervalMinutes ? { intervalMinutes: body.intervalMinutes } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
    });
    if (!created) {
      const existing = await findSourceByUrl(db, url);
      throw new ApiError(409, 'Conflict', `${url} is already source ${existing?.id}.`, {
        errors: [{ field: 'body.url', reason: `already a source (id ${existing?.id})` }],
      });
    }
    return c.json(created, 201, { location: `/v1/admin/sources/${created.id}` });
  });
}
