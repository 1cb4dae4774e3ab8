/**
 * The text of an article as fetched, append only: a new row whenever the content hash changes,
 * so facts can always be traced to the exact words they came from.
 */
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';

export const articleVersions = sqliteTable(
  'article_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Extracted article text (not HTML); quote offsets in `facts` index into it. */
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull(),
    fetchedAt: text('fetched_at').notNull(),
    etag: text('etag'),
    lastModified: text('last_modified'),
    httpStatus: integer('http_status').notNull(),
    /** The page title at this fetch (a page may retitle itself). */
    title: text('title').notNull().default(''),
    /** Facts the extractor found in this version; 0 flags a page that stopped stating rules. */
    factsCount: integer('facts_count').notNull().default(0),
  },
  (t) => [index('article_versions_article_fetched_idx').on(t.articleId, t.fetchedAt)],
);

export type ArticleVersion = typeof articleVersions.$inferSelect;
export type NewArticleVersion = typeof articleVersions.$inferInsert;
