/**
 * `POST /v1/admin/articles`: stores a page the operator already has (a notice received by mail,
 * the bundled sample) through the same parse → extract → store path as a scraped page. The
 * operator vouches for it: its changes are published at once, unless the body asks for
 * `"review": true`, when they go through the review policy as a scraped page's do.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { badField, problemResponses } from '../../errors';
import { canonicalise } from '../../../scrapers/page-url';
import { ingestPage } from '../../../scrapers/pipeline/ingest';
import { parsePage } from '../../../scrapers/sources/index';
import { AdapterSchema, TrustSchema, adminSecurity } from '../admin-sources/schemas';
import { trustOfUrl } from '../../../domain/official-sites';

const MAX_CHARS = 1_000_000;

const ImportBody = z
  .object({
    url: z.string().url().max(2048).openapi({ example: 'https://www.example.gov.cn/ybj/2025/notice.html', description: 'The address the article is known by.' }),
    title: z.string().max(500).optional().openapi({ example: '2025年度城乡居民医保缴费标准' }),
    html: z.string().max(MAX_CHARS).optional(),
    text: z.string().max(MAX_CHARS).optional().openapi({ example: '2025年度城乡居民医保个人缴费标准为每人每年400元。' }),
    adapter: AdapterSchema.optional(),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/).optional().openapi({ example: '2024-08-20' }),
    trust: TrustSchema.optional().openapi({ description: 'Default: `official` on a gov.cn host, else `unofficial`.' }),
    review: z.boolean().optional().openapi({ example: false, description: 'True: hold changes for review unless the policy publishes them at once. Default false: publish.' }),
  })
  .strict()
  .openapi('ImportArticle');

const ImportResult = z
  .object({
    url: z.string(),
    outcome: z.enum(['new', 'changed', 'unchanged']).openapi({ example: 'new' }),
    facts: z.number().int().openapi({ example: 5 }),
    detail: z.string().nullable(),
    published: z.number().int().openapi({ example: 1, description: 'Changes to the rules in force published.' }),
    held: z.number().int().openapi({ example: 0, description: 'Changes waiting in the review item `reviewId`.' }),
    reviewId: z.number().int().nullable(),
  })
  .openapi('ImportResult');

export const importArticleRoute = createRoute({
  method: 'post',
  path: '/v1/admin/articles',
  tags: ['admin'],
  summary: 'Store an article',
  description: 'Give `html` (parsed by the adapter) or `text` (first line not special; `title` names it).',
  security: adminSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: ImportBody } } } },
  responses: {
    200: { description: 'The article was already stored with this text.', content: { 'application/json': { schema: ImportResult } } },
    201: { description: 'A new article or version was stored.', content: { 'application/json': { schema: ImportResult } } },
    ...problemResponses(400, 401),
  },
});

export function registerAdminArticlesImport(app: App) {
  app.openapi(importArticleRoute, async (c) => {
    const body = c.req.valid('json');
    if (!/^https?:/i.test(body.url)) throw badField('body.url', 'must be an http(s) URL');
    if ((body.html === undefined) === (body.text === undefined)) throw badField('body.html', 'send exactly one of html or text');
    const page = body.html !== undefined
      ? parsePage(body.html, body.url, body.adapter ?? 'auto')
      : { title: body.title ?? '', text: body.text!, publishedAt: null };
    const url = canonicalise(body.url);
    const result = await ingestPage(c.get('db'), {
      canonicalUrl: url,
      adapter: 'adapter' in page ? page.adapter : 'text',
      sourceId: null,
      page: { title: body.title ?? page.title, text: page.text, publishedAt: body.publishedAt ?? page.publishedAt },
      fetchedAt: new Date().toISOString(),
      etag: null,
      lastModified: null,
      httpStatus: 200,
      trust: body.trust ?? trustOfUrl(url),
      publishDirectly: body.review !== true,
    }, { kv: c.env.DATA_VERSION, version: c.var.dataVersion });
    return c.json({ url, outcome: result.outcome, facts: result.facts, detail: result.detail, published: result.published, held: result.held, reviewId: result.reviewId }, result.outcome === 'unchanged' ? 200 : 201);
  });
}
