/** `GET /v1/articles/{id}/diff`: two versions of a page, by sentence and by fact. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { ApiError, badField, problemResponses } from '../../errors';
import { latestTwoVersions, versionWithText } from '../../../db/queries/articles';
import { factsOfVersion } from '../../../db/queries/facts';
import type { StoredFact } from '../../../domain/facts';
import { tupleOf } from '../../../core/change-detect';
import { sameValue } from '../../../core/facts-in-force';
import { presentValue } from '../../../core/money';
import { diffSentences } from '../../../core/text-diff';
import { ArticleParams, ArticleSchema, articleOr404 } from './versions';

const DiffQuery = z.object({
  from: z.coerce.number().int().positive().optional().openapi({ example: 1, description: 'A version id; default the one before `to`.' }),
  to: z.coerce.number().int().positive().optional().openapi({ example: 2, description: 'A version id; default the latest.' }),
});

const FactRef = z.object({
  region: z.string(), scheme: z.string(), year: z.number().int(), key: z.string(), variant: z.string(), value: z.unknown(), hedged: z.boolean(), quote: z.string(),
}).openapi('VersionFact');

export const articleDiffRoute = createRoute({
  method: 'get',
  path: '/v1/articles/{id}/diff',
  tags: ['changes'],
  summary: 'Two versions of an article',
  request: { params: ArticleParams, query: DiffQuery },
  responses: {
    200: {
      description: 'Sentences removed and added, and facts added, removed and changed.',
      content: {
        'application/json': {
          schema: z.object({
            article: ArticleSchema,
            from: z.object({ id: z.number().int(), fetchedAt: z.string() }),
            to: z.object({ id: z.number().int(), fetchedAt: z.string() }),
            text: z.array(z.object({ op: z.enum(['added', 'removed']), sentence: z.string(), index: z.number().int() })),
            facts: z.object({ added: z.array(FactRef), removed: z.array(FactRef), changed: z.array(z.object({ old: FactRef, new: FactRef })) }),
          }).openapi('ArticleDiff'),
        },
      },
    },
    304: { description: 'Not modified since the ETag in If-None-Match.' },
    ...problemResponses(400, 404, 409),
  },
});

const ref = (f: StoredFact) => ({ region: f.region, scheme: f.scheme, year: f.year, key: f.key, variant: f.variant, value: presentValue(f.key, f.value), hedged: f.hedged, quote: f.quote });

export function registerArticleDiff(app: App) {
  app.openapi(articleDiffRoute, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const db = c.get('db');
    const article = await articleOr404(db, id);
    let { from, to } = query;
    if (from === undefined || to === undefined) {
      const latest = await latestTwoVersions(db, id);
      to ??= latest[0]?.id;
      from ??= latest.find((v) => v.id < (to ?? Infinity))?.id ?? latest[1]?.id;
    }
    if (from === undefined || to === undefined) throw new ApiError(409, 'Conflict', `Article ${id} has only one version.`, { errors: [{ field: 'query.from', reason: 'no earlier version' }] });
    const [a, b] = await Promise.all([versionWithText(db, id, from), versionWithText(db, id, to)]);
    if (!a) throw badField('query.from', `no version ${from} of article ${id}`);
    if (!b) throw badField('query.to', `no version ${to} of article ${id}`);
    const [before, after] = await Promise.all([factsOfVersion(db, a.id), factsOfVersion(db, b.id)]);
    const old = new Map(before.map((f) => [`${tupleOf(f)}|${JSON.stringify(f.value)}`, f]));
    const now = new Map(after.map((f) => [`${tupleOf(f)}|${JSON.stringify(f.value)}`, f]));
    const oldByTuple = new Map(before.map((f) => [tupleOf(f), f]));
    const nowByTuple = new Map(after.map((f) => [tupleOf(f), f]));
    const changed = [...nowByTuple].filter(([t, f]) => oldByTuple.has(t) && !sameValue(oldByTuple.get(t)!.value, f.value)).map(([t, f]) => ({ old: ref(oldByTuple.get(t)!), new: ref(f) }));
    const changedTuples = new Set(changed.map((c2) => tupleOf(c2.new as StoredFact)));
    return c.json({
      article,
      from: { id: a.id, fetchedAt: a.fetchedAt },
      to: { id: b.id, fetchedAt: b.fetchedAt },
      text: diffSentences(a.text, b.text),
      facts: {
        added: [...now].filter(([k, f]) => !old.has(k) && !changedTuples.has(tupleOf(f))).map(([, f]) => ref(f)),
        removed: [...old].filter(([k, f]) => !now.has(k) && !changedTuples.has(tupleOf(f))).map(([, f]) => ref(f)),
        changed,
      },
    } as never, 200);
  });
}
