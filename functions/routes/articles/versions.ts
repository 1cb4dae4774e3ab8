/** `GET /v1/articles/{id}/versions`: every stored version of a page. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { ApiError, problemResponses } from '../../errors';
import { getArticle, versionsOf } from '../../../db/queries/articles';

export const ArticleParams = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });

export const ArticleSchema = z.object({
  id: z.number().int(), url: z.string(), title: z.string(), publishedAt: z.string().nullable(), adapter: z.string().nullable(),
}).openapi('Article');

const VersionSchema = z.object({
  id: z.number().int().openapi({ example: 3 }), fetchedAt: z.string(), title: z.string(), contentHash: z.string(),
  factsCount: z.number().int(), httpStatus: z.number().int(), etag: z.string().nullable(), lastModified: z.string().nullable(),
}).openapi('ArticleVersion');

export const articleVersionsRoute = createRoute({
  method: 'get',
  path: '/v1/articles/{id}/versions',
  tags: ['changes'],
  summary: 'Versions of an article',
  request: { params: ArticleParams, query: z.object(pageQuery({ defaultLimit: 50, max: 200 })) },
  responses: {
    200: { description: 'Versions, oldest first.', content: { 'application/json': { schema: z.object({ article: ArticleSchema, versions: z.array(VersionSchema), ...PageInfo }).openapi('ArticleVersions') } } },
    304: { description: 'Not modified since the ETag in If-None-Match.' },
    ...problemResponses(400, 404),
  },
});

export async function articleOr404(db: Parameters<typeof getArticle>[0], id: number) {
  const article = await getArticle(db, id);
  if (!article) throw new ApiError(404, 'Not Found', `There is no article ${id}.`, { errors: [{ field: 'path.id', reason: 'unknown article' }] });
  return { id: article.id, url: article.canonicalUrl, title: article.title, publishedAt: article.publishedAt, adapter: article.adapter };
}

export function registerArticleVersions(app: App) {
  app.openapi(articleVersionsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.get('db');
    const { limit, cursor } = c.req.valid('query');
    const afterId = cursor === undefined ? 0 : decodeCursor(cursor);
    const article = await articleOr404(db, id);
    const page = pageOf(await versionsOf(db, id, { afterId, limit: limit + 1 }), limit, (v) => v.id, afterId);
    return c.json({ article, versions: page.items, next: page.next, hasMore: page.hasMore }, 200);
  });
}
