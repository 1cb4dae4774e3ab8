/**
 * One row per scrape run. A cron run is keyed by its `scheduled_time`, so a retried or
 * duplicated trigger finds the run it already started instead of starting another.
 */
import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

export const scrapeRuns = sqliteTable('scrape_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** `cron` or `manual`. */
  trigger: text('trigger').notNull(),
  /** The cron's scheduled time (ISO); null for manual runs. */
  scheduledTime: text('scheduled_time').unique(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  /** `running`, `ok`, `partial` or `failed`. */
  status: text('status').notNull(),
  counts: text('counts_json', { mode: 'json' }).$type<Record<string, number>>(),
  errors: text('errors_json', { mode: 'json' }).$type<Array<{ sourceId?: number; url?: string; error: string }>>(),
  /** Where a run that ran out of time stopped, so the next one can resume. */
  cursor: text('cursor'),
});

export type ScrapeRun = typeof scrapeRuns.$inferSelect;
export type NewScrapeRun = typeof scrapeRuns.$inferInsert;
