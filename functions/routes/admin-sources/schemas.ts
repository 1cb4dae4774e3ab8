/** Schemas of the admin source routes. */
import { z } from '@hono/zod-openapi';
import { TRUST_LEVELS } from '../../../domain/official-sites';
import { ADAPTERS } from '../../../scrapers/sources/index';

export const TrustSchema = z.enum(TRUST_LEVELS).openapi({ example: 'official', description: '`official`: a government site (by default, a gov.cn host) or one the operator vouches for.' });

export const AdapterSchema = z.enum([...ADAPTERS, 'auto']).openapi({ example: 'aggregator' });

export const SourceSchema = z
  .object({
    id: z.number().int().openapi({ example: 1 }),
    url: z.string().openapi({ example: 'https://www.example.gov.cn/ybj/2025/notice.html' }),
    adapter: z.string().openapi({ example: 'gov-notice' }),
    trust: TrustSchema,
    enabled: z.boolean(),
    intervalMinutes: z.number().int().openapi({ example: 360 }),
    lastStatus: z.string().nullable().openapi({ example: 'new' }),
    lastFetchedAt: z.string().nullable().openapi({ example: '2025-03-11T06:00:00.000Z' }),
    nextDueAt: z.string().nullable(),
    consecutiveFailures: z.number().int(),
    lastError: z.string().nullable(),
    depth: z.number().int().openapi({ description: '0 for sources an operator added; n for pages discovered n links away.' }),
    discoveredFrom: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .openapi('Source');

export const SourceIdParams = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const adminSecurity = [{ adminToken: [] }];
