/**
 * Review items: an article version whose changes to the rules in force wait for an operator. Its
 * version and facts are stored as any other (facts not current); approving makes them current and
 * writes the change events and webhook outbox, rejecting leaves them on record, unpublished. A
 * later version of the same article supersedes a pending item.
 */
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { articles } from './articles';
import { articleVersions } from './article-versions';

export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    versionId: integer('version_id')
      .notNull()
      .unique()
      .references(() => articleVersions.id, { onDelete: 'cascade' }),
    /** `pending`, `approved`, `rejected` or `superseded`. */
    status: text('status').notNull().default('pending'),
    /** The changes as detected when the version was held, with both sentences and why each waits. */
    changes: text('changes_json', { mode: 'json' }).notNull().$type<unknown[]>(),
    decidedAt: text('decided_at'),
    /** `admin`, or the version that superseded it (`version:<id>`). */
    decidedBy: text('decided_by'),
    createdAt: createdAt(),
  },
  (t) => [index('reviews_status_idx').on(t.status, t.id), index('reviews_article_status_idx').on(t.articleId, t.status)],
);

export type Review = typeof reviews.$inferSelect;
