/** Schemas of the admin API-key routes, and how a stored key is shown (never the key itself). */
import { z } from '@hono/zod-openapi';
import type { ApiKey } from '../../../db/schema';

export const ApiKeySchema = z
  .object({
    id: z.number().int().openapi({ example: 1 }),
    name: z.string().openapi({ example: 'acme-hr' }),
    hint: z.string().openapi({ example: 'yb_Q3x9LmPa_…7fZk', description: 'Enough of the key to recognise it; the key itself is shown only when made.' }),
    lastUsedAt: z.string().nullable().openapi({ description: 'The last request made with it (to the minute).' }),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ApiKey');

export const ApiKeyWithSecretSchema = z
  .object({
    id: z.number().int().openapi({ example: 1 }),
    name: z.string().openapi({ example: 'acme-hr' }),
    key: z.string().openapi({ example: 'yb_Q3x9LmPa_Vn2sT8kRw4YcH1dE6gJ0uB5mX9zA7fZk', description: 'Shown once: send it as `Authorization: Bearer <key>`.' }),
  })
  .openapi('ApiKeyWithSecret');

export const ApiKeyIdParams = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export function presentApiKey(row: ApiKey): z.infer<typeof ApiKeySchema> {
  return { id: row.id, name: row.name, hint: row.hint, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt, createdAt: row.createdAt };
}
