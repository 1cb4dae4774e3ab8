/**
 * robots.txt as last read from each origin, so an invocation does not ask a site for it again
 * within a day (RFC 9309 §2.4 allows a cached copy for up to 24 hours). Only answers that settle
 * the question are kept: a body, or a status meaning there is none. An unreachable robots.txt is
 * asked for again next time.
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const robotsTxt = sqliteTable('robots_txt', {
  /** `https://example.gov.cn`: scheme, host and port, as robots.txt is scoped. */
  origin: text('origin').primaryKey(),
  fetchedAt: text('fetched_at').notNull(),
  /** The final HTTP status: 2xx with `body`, else a 4xx meaning there is no robots.txt. */
  status: integer('status').notNull(),
  body: text('body'),
});

export type RobotsTxtRow = typeof robotsTxt.$inferSelect;
