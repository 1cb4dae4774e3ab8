/** `GET /v1/articles/{id}/diff`: two versions of a page, by sentence and by fact. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { EVIDENCE_EXAMPLE, changeMembers, changeSide } from '../../schemas';
import { ApiError, badField, problemResponses } from '../../errors';
import { latestTwoVersions, versionWithText } from '../../../db/queries/articles';
import { factsOfVersion } from '../../../db/queries/facts';
import type { StoredFact } from '../../../domain/facts';
import { tupleOf } from '../../../core/change-detect';
import { diffFactsBy } from '../../../core/fact-diff';
import { isOfficial } from '../../../core/facts-in-force';
import { diffSentences } from '../../../core/text-diff';
import { ArticleParams, ArticleSchema, articleOr404 } from './versions';

const DiffQuery = z.object({
  from: z.coerce.number().int().positive().optional().openapi({ example: 1, description: 'A version id; default the one before `to`.' }),
  to: z.coerce.number().int().positive().optional().openapi({ example: 2, description: 'A version id; default the latest.' }),
});

const ArticleChangeSchema = z.object(changeMembers).openapi('ArticleChange');

export const articleDiffRoute = createRoute({
  method: 'get',
  path: '/v1/articles/{id}/diff',
  tags: ['changes'],
  summary: 'Two versions of an article',
  request: { params: ArticleParams, query: DiffQuery },
  responses: {
    200: {
      description: 'Sentences removed and added, and the facts the page states added, removed and changed, each the one change object (old/new with the sentence as evidence).',
      content: {
        'application/json': {
          schema: z.object({
            article: ArticleSchema,
            from: z.object({ id: z.number().int(), fetchedAt: z.string() }),
            to: z.object({ id: z.number().int(), fetchedAt: z.string() }),
            text: z.array(z.object({ op: z.enum(['added', 'removed']), sentence: z.string(), index: z.number().int() })),
            changes: z.array(ArticleChangeSchema),
          }).openapi('ArticleDiff'),
          example: {
            article: { id: 10, url: 'http://127.0.0.1:8000/guigang-resident-2025.html', title: '贵港市2025年度城乡居民医保缴费通知', publishedAt: '2024-08-20', adapter: 'aggregator' },
            from: { id: 10, fetchedAt: '2025-03-11T06:00:00.000Z' },
            to: { id: 11, fetchedAt: '2025-03-12T06:00:00.000Z' },
            text: [{ op: 'removed', sentence: '2025年度贵港市城乡居民医保个人缴费标准为每人每年400元。', index: 0 }, { op: 'added', sentence: '2025年度贵港市城乡居民医保个人缴费标准为每人每年420元。', index: 0 }],
            changes: [{
              kind: 'changed', region: '450800', scheme: 'resident', year: 2025, key: 'contribution.individual_annual', variant: '',
              old: { value: 400, evidence: { ...EVIDENCE_EXAMPLE, url: 'http://127.0.0.1:8000/guigang-resident-2025.html', quote: '2025年度贵港市城乡居民医保个人缴费标准为每人每年400元。' } },
              new: { value: 420, evidence: { ...EVIDENCE_EXAMPLE, url: 'http://127.0.0.1:8000/guigang-resident-2025.html', quote: '2025年度贵港市城乡居民医保个人缴费标准为每人每年420元。' } },
            }],
          },
        },
      },
    },
    304: { description: 'Not modified since the ETag in If-None-Match.' },
    ...problemResponses(400, 404, 409),
  },
});

/** A version's fact as a side of a change, its sentence as the evidence. */
const side = (f: StoredFact) => changeSide(f.key, f.value, {
  url: f.url, title: f.title || null, quote: f.quote, fetchedAt: f.fetchedAt, checkedAt: f.checkedAt ?? f.fetchedAt, official: isOfficial(f),
});
const change = (kind: 'added' | 'removed' | 'changed', f: StoredFact, old: StoredFact | null, now: StoredFact | null) => ({
  kind, region: f.region, scheme: f.scheme, year: f.year, key: f.key, variant: f.variant, old: old && side(old), new: now && side(now),
});

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
    const facts = diffFactsBy(before, after, tupleOf);
    return c.json({
      article,
      from: { id: a.id, fetchedAt: a.fetchedAt },
      to: { id: b.id, fetchedAt: b.fetchedAt },
      text: diffSentences(a.text, b.text),
      changes: [
        ...facts.added.map((f) => change('added', f, null, f)),
        ...facts.removed.map((f) => change('removed', f, f, null)),
        ...facts.changed.map((pair) => change('changed', pair.new, pair.old, pair.new)),
      ],
    } as never, 200);
  });
}
