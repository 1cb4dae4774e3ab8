/**
 * An article is a page identified by its canonical URL; what it said at each fetch lives in
 * `article_versions`.
 */
import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { sources } from './sources';

export const articles = sqliteTable('articles', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  canonicalUrl: text('canonical_url').notNull().unique(),
  /** The source it was found through; null for articles submitted directly. */
  sourceId: integer('source_id').references(() => sources.id, { onDelete: 'set null' }),
  title: text('title').notNull(),
  /** As the page states it: `YYYY-MM-DD` or a full ISO timestamp; null when it states none. */
  publishedAt: text('published_at'),
  /** The adapter that read the latest version: `gov-notice` marks an official source. */
  adapter: text('adapter'),
  /**
   * `official` or `unofficial` as it was when stored: the source's trust, else what the operator
   * said when importing it, else by its host. A source's trust, when it has one, takes precedence.
   */
  trust: text('trust').$type<'official' | 'unofficial'>().notNull().default('unofficial'),
  /** The last visit that found the page as stored (a new version, the same text, or a 304). */
  checkedAt: text('checked_at'),
  createdAt: createdAt(),
});

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
