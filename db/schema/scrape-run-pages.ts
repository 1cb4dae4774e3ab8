/**
 * The pages of a scrape run, claimed in batches: a run with more pages than one invocation can
 * afford keeps its remaining pages here and the next invocation continues it. The unique
 * (run, url) pair is what keeps a run from fetching a page twice.
 */
import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { scrapeRuns } from './scrape-runs';

export const scrapeRunPages = sqliteTable(
  'scrape_run_pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id')
      .notNull()
      .references(() => scrapeRuns.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    sourceId: integer('source_id'),
    /** `pending`, `claimed` or `done`. */
    status: text('status').notNull().default('pending'),
    /** `new`, `changed`, `unchanged`, `failed` or `skipped` once done. */
    outcome: text('outcome'),
    detail: text('detail'),
    factsWritten: integer('facts_written').notNull().default(0),
    /** Changes to the rules in force this page published at once, and those held for review. */
    changesPublished: integer('changes_published').notNull().default(0),
    changesHeld: integer('changes_held').notNull().default(0),
    /** When an invocation claimed the page; an old claim is one whose invocation has stopped. */
    claimedAt: text('claimed_at'),
    /**
     * Set when the page's new version states no rules where the previous one did: how many the
     * previous one stated (they stay current). The run report's flags are these rows.
     */
    previousFacts: integer('previous_facts'),
  },
  (t) => [
    uniqueIndex('scrape_run_pages_run_url_unique').on(t.runId, t.url),
    index('scrape_run_pages_run_status_idx').on(t.runId, t.status),
  ],
);

export type ScrapeRunPage = typeof scrapeRunPages.$inferSelect;
