/** `GET /v1/changes`: the change feed, oldest first, resumable from a cursor. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { RegionParam, resolveRegion } from '../../region-param';
import { problemResponses } from '../../errors';
import { listChanges } from '../../../db/queries/changes';
import { presentValue } from '../../../core/money';
import { FACT_KEYS } from '../../../domain/facts';
import { FactValueSchema, SchemeSchema, SourceRefSchema } from '../regions/schemas';

const ChangesQuery = z.object({
  since: z.coerce.number().int().min(0).default(0).openapi({ example: 0, description: 'The cursor: events with a larger id (the `next` of the previous page).' }),
  region: RegionParam.optional().openapi({ example: '450000', description: 'Events in this region or inside it (450000 includes 450200): a code, name or pinyin.' }),
  scheme: SchemeSchema.optional(),
  key: z.enum(FACT_KEYS).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const SideSchema = z.object({ value: FactValueSchema.nullable(), evidence: SourceRefSchema.nullable() });

export const ChangeEventSchema = z
  .object({
    id: z.number().int().openapi({ example: 42, description: 'Monotonic cursor.' }),
    uid: z.string().openapi({ example: 'evt_9c1f0e2d4b6a8c0e2f4a6b8c' }),
    kind: z.enum(['added', 'removed', 'changed']),
    region: z.string().openapi({ example: '210600' }),
    scheme: SchemeSchema,
    year: z.number().int().openapi({ example: 2025 }),
    key: z.string().openapi({ example: 'contribution.base_monthly' }),
    variant: z.string(),
    newYear: z.boolean().openapi({ description: 'The first fact for this region, scheme and key in that policy year.' }),
    old: SideSchema,
    new: SideSchema,
    createdAt: z.string(),
  })
  .openapi('ChangeEvent');

export const listChangesRoute = createRoute({
  method: 'get',
  path: '/v1/changes',
  tags: ['changes'],
  summary: 'The change feed',
  request: { query: ChangesQuery },
  responses: {
    200: {
      description: 'Changes after the cursor, oldest first. Call again with `since=next` until `hasMore` is false.',
      content: { 'application/json': { schema: z.object({ changes: z.array(ChangeEventSchema), next: z.number().int(), hasMore: z.boolean() }).openapi('ChangeFeed') } },
    },
    ...problemResponses(400, 404),
  },
});

type Stored = Awaited<ReturnType<typeof listChanges>>[number];

export function presentChange(row: Stored): z.infer<typeof ChangeEventSchema> {
  return {
    id: row.id,
    uid: row.uid,
    kind: row.kind as 'added' | 'removed' | 'changed',
    region: row.region,
    scheme: row.scheme as z.infer<typeof SchemeSchema>,
    year: row.year,
    key: row.key,
    variant: row.variant,
    newYear: row.newYear,
    old: { value: presentValue(row.key, row.oldValue) as never, evidence: (row.oldEvidence ?? null) as never },
    new: { value: presentValue(row.key, row.newValue) as never, evidence: (row.newEvidence ?? null) as never },
    createdAt: row.createdAt,
  };
}

export function registerChangesList(app: App) {
  app.openapi(listChangesRoute, async (c) => {
    const query = c.req.valid('query');
    const region = query.region === undefined ? undefined : resolveRegion(query.region, 'query.region').code;
    const rows = await listChanges(c.get('db'), { ...query, region, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    return c.json({ changes: page.map(presentChange), next: page.length ? page[page.length - 1].id : query.since, hasMore: rows.length > query.limit }, 200);
  });
}
