/** `GET /v1/changes`: the change feed, oldest first, resumable from a cursor. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { RegionParam, resolveRegion } from '../../region-param';
import { EVIDENCE_EXAMPLE, SchemeSchema, changeMembers, changeSide } from '../../schemas';
import { listChanges } from '../../../db/queries/changes';
import { FACT_KEYS } from '../../../domain/facts';

const ChangesQuery = z.object({
  since: z.coerce.number().int().min(0).optional().openapi({ example: 0, description: 'Start after this event id (0: from the first event). `cursor`, when given, takes precedence.' }),
  ...pageQuery({ defaultLimit: 100, max: 500 }),
  region: RegionParam.optional().openapi({ example: '450000', description: 'Events in this region or inside it (450000 includes 450200): a code, name or pinyin.' }),
  scheme: SchemeSchema.optional(),
  key: z.enum(FACT_KEYS).optional(),
  order: z.enum(['oldest', 'newest']).default('oldest').openapi({ example: 'oldest', description: '`newest`: newest first, each `next` continuing to older events (the explorer\'s /changes). `since` still bounds it from below.' }),
});

export const ChangeEventSchema = z
  .object({
    id: z.number().int().openapi({ example: 42, description: 'Monotonic: later events have larger ids.' }),
    uid: z.string().openapi({ example: 'evt_9c1f0e2d4b6a8c0e2f4a6b8c', description: 'The `webhook-id` of this event\'s webhooks.' }),
    ...changeMembers,
    newYear: z.boolean().openapi({ description: 'The first fact for this region, scheme and key in that policy year.' }),
    createdAt: z.string().openapi({ example: '2025-03-11T06:00:01.250Z' }),
  })
  .openapi('ChangeEvent');

export type ChangeEvent = z.infer<typeof ChangeEventSchema>;

export const CHANGE_EVENT_EXAMPLE: ChangeEvent = {
  id: 42, uid: 'evt_9c1f0e2d4b6a8c0e2f4a6b8c', kind: 'changed', region: '210600', scheme: 'flexible', year: 2025,
  key: 'contribution.base_monthly', variant: '',
  old: { value: 5203, evidence: { ...EVIDENCE_EXAMPLE, quote: '丹东市灵活就业人员医保缴费基数为每月5203元。' } },
  new: { value: 5480, evidence: EVIDENCE_EXAMPLE },
  newYear: false, createdAt: '2025-03-11T06:00:01.250Z',
};

export const listChangesRoute = createRoute({
  method: 'get',
  path: '/v1/changes',
  tags: ['changes'],
  summary: 'The change feed',
  request: { query: ChangesQuery },
  responses: {
    200: {
      description: 'Changes after the cursor, oldest first. Call again with `cursor=next` until `hasMore` is false; keep `next` to poll later.',
      content: {
        'application/json': {
          schema: z.object({ changes: z.array(ChangeEventSchema), ...PageInfo }).openapi('ChangeFeed'),
          example: { changes: [CHANGE_EVENT_EXAMPLE], next: 'c1.NDI', hasMore: false },
        },
      },
    },
    ...problemResponses(400, 404),
  },
});

type Stored = Awaited<ReturnType<typeof listChanges>>[number];

export function presentChange(row: Stored): ChangeEvent {
  return {
    id: row.id,
    uid: row.uid,
    kind: row.kind as ChangeEvent['kind'],
    region: row.region,
    scheme: row.scheme as ChangeEvent['scheme'],
    year: row.year,
    key: row.key,
    variant: row.variant,
    old: changeSide(row.key, row.oldValue, row.oldEvidence) as ChangeEvent['old'],
    new: changeSide(row.key, row.newValue, row.newEvidence) as ChangeEvent['new'],
    newYear: row.newYear,
    createdAt: row.createdAt,
  };
}

export function registerChangesList(app: App) {
  app.openapi(listChangesRoute, async (c) => {
    const query = c.req.valid('query');
    const newestFirst = query.order === 'newest';
    const cursor = query.cursor !== undefined ? decodeCursor(query.cursor) : undefined;
    const since = (newestFirst ? undefined : cursor) ?? query.since ?? 0;
    const region = query.region === undefined ? undefined : resolveRegion(query.region, 'query.region').code;
    const rows = await listChanges(c.get('db'), {
      since, region, scheme: query.scheme, key: query.key, limit: query.limit + 1,
      ...(newestFirst ? { newestFirst, ...(cursor !== undefined ? { before: cursor } : {}) } : {}),
    });
    const page = pageOf(rows, query.limit, (row) => row.id, newestFirst ? cursor ?? 0 : since);
    c.header('cache-control', 'public, max-age=60');
    return c.json({ changes: page.items.map(presentChange), next: page.next, hasMore: page.hasMore }, 200);
  });
}
