/**
 * Pages the scraper visits on a schedule. `adapter` names the parser in `scrapers/sources/`;
 * the scheduling columns are written only by the pipeline.
 */
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    url: text('url').notNull().unique(),
    adapter: text('adapter').notNull(),
    /** `official` (a government site: the host ends in gov.cn, or the operator says so) or `unofficial`. */
    trust: text('trust').$type<'official' | 'unofficial'>().notNull().default('unofficial'),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    intervalMinutes: integer('interval_minutes').notNull().default(360),
    /** Outcome of the last fetch: an HTTP status, `not_modified`, or an error code. */
    lastStatus: text('last_status'),
    lastFetchedAt: text('last_fetched_at'),
    /** Null means due now. */
    nextDueAt: text('next_due_at'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** The last failure's reason, readable; cleared by a success. */
    lastError: text('last_error'),
    /** 0 for sources an operator added; n for pages discovered n links away from one. */
    depth: integer('depth').notNull().default(0),
    /** The source whose page linked to this one (related-article discovery). */
    discoveredFrom: integer('discovered_from'),
    createdAt: createdAt(),
  },
  (t) => [index('sources_due_idx').on(t.enabled, t.nextDueAt)],
);

export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
