/**
 * Scrape runs and their pages. A cron run is keyed by its scheduled time; its pages are claimed
 * in batches so a long run continues across invocations and never visits a page twice.
 */
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { chunks, rowsPerStatement, VALUES_PER_STATEMENT, type Db } from '../client';
import { scrapeRunPages, scrapeRuns, type ScrapeRun, type ScrapeRunPage } from '../schema';

export type RunTrigger = 'cron' | 'manual';

/** Starts a run; for a cron trigger, returns the existing run when that scheduled time already has one. */
export async function startRun(
  db: Db,
  run: { trigger: RunTrigger; scheduledTime: string | null; startedAt: string },
): Promise<{ run: ScrapeRun; created: boolean }> {
  const [created] = await db
    .insert(scrapeRuns)
    .values({ ...run, status: 'running' })
    .onConflictDoNothing({ target: scrapeRuns.scheduledTime })
    .returning();
  if (created) return { run: created, created: true };
  const existing = await db.select().from(scrapeRuns).where(eq(scrapeRuns.scheduledTime, run.scheduledTime!)).get();
  return { run: existing!, created: false };
}

export async function findRunByScheduledTime(db: Db, scheduledTime: string): Promise<ScrapeRun | undefined> {
  return db.select().from(scrapeRuns).where(eq(scrapeRuns.scheduledTime, scheduledTime)).get();
}

/** The oldest run still running, which the next cron invocation continues before starting another. */
export async function unfinishedRun(db: Db): Promise<ScrapeRun | undefined> {
  return db.select().from(scrapeRuns).where(eq(scrapeRuns.status, 'running')).orderBy(scrapeRuns.id).get();
}

export async function getRun(db: Db, id: number): Promise<ScrapeRun | undefined> {
  return db.select().from(scrapeRuns).where(eq(scrapeRuns.id, id)).get();
}

export async function listRuns(db: Db, options: { limit: number; beforeId?: number }): Promise<ScrapeRun[]> {
  const query = db.select().from(scrapeRuns);
  const filtered = options.beforeId !== undefined ? query.where(lt(scrapeRuns.id, options.beforeId)) : query;
  return filtered.orderBy(desc(scrapeRuns.id)).limit(options.limit);
}

/** Adds pages to a run; a URL already in the run is ignored. Returns how many were new. */
export async function addRunPages(db: Db, runId: number, pages: { url: string; sourceId: number | null }[]): Promise<number> {
  let added = 0;
  for (const some of chunks(pages, rowsPerStatement(scrapeRunPages))) {
    const rows = await db
      .insert(scrapeRunPages)
      .values(some.map((p) => ({ runId, url: p.url, sourceId: p.sourceId, status: 'pending' })))
      .onConflictDoNothing()
      .returning({ id: scrapeRunPages.id });
    added += rows.length;
  }
  return added;
}

export async function countRunPages(db: Db, runId: number): Promise<number> {
  const row = await db.select({ n: sql<number>`count(*)` }).from(scrapeRunPages).where(eq(scrapeRunPages.runId, runId)).get();
  return row?.n ?? 0;
}

/** Atomically claims up to `limit` pending pages of a run for this invocation, stamped `claimedAt`. */
export async function claimRunPages(db: Db, runId: number, limit: number, claimedAt: string): Promise<ScrapeRunPage[]> {
  const pending = db
    .select({ id: scrapeRunPages.id })
    .from(scrapeRunPages)
    .where(and(eq(scrapeRunPages.runId, runId), eq(scrapeRunPages.status, 'pending')))
    .orderBy(scrapeRunPages.id)
    .limit(limit);
  return db
    .update(scrapeRunPages)
    .set({ status: 'claimed', claimedAt })
    .where(and(inArray(scrapeRunPages.id, pending), eq(scrapeRunPages.status, 'pending')))
    .returning();
}

/** Hands claimed pages this invocation will not visit back to the run, for the next one. */
export async function releaseRunPages(db: Db, pageIds: number[]): Promise<void> {
  for (const ids of chunks(pageIds, VALUES_PER_STATEMENT)) {
    await db
      .update(scrapeRunPages)
      .set({ status: 'pending', claimedAt: null })
      .where(and(inArray(scrapeRunPages.id, ids), eq(scrapeRunPages.status, 'claimed')));
  }
}

/**
 * Pages an earlier invocation claimed before `claimedBefore` and never finished (it was stopped
 * at its time limit): when nothing is left to claim they are closed as failed, so the run can
 * end. A newer claim may belong to an invocation still running, and is left to it.
 */
export async function abandonClaimedPages(db: Db, runId: number, claimedBefore: string): Promise<void> {
  await db
    .update(scrapeRunPages)
    .set({ status: 'done', outcome: 'failed', detail: 'interrupted: the invocation that claimed it stopped' })
    .where(
      and(
        eq(scrapeRunPages.runId, runId),
        eq(scrapeRunPages.status, 'claimed'),
        or(isNull(scrapeRunPages.claimedAt), lt(scrapeRunPages.claimedAt, claimedBefore)),
      ),
    );
}

/** The statement that closes a page of a run; returned unexecuted to join the page's batch. */
export function completeRunPage(
  db: Db,
  pageId: number,
  result: { outcome: string; detail: string | null; factsWritten: number; previousFacts?: number | null; changesPublished?: number; changesHeld?: number },
) {
  return db.update(scrapeRunPages).set({ status: 'done', ...result }).where(eq(scrapeRunPages.id, pageId));
}

export async function runPages(db: Db, runId: number): Promise<ScrapeRunPage[]> {
  return db.select().from(scrapeRunPages).where(eq(scrapeRunPages.runId, runId)).orderBy(scrapeRunPages.id);
}

export async function pendingPageCount(db: Db, runId: number): Promise<number> {
  const row = await db
    .select({ n: sql<number>`count(*)` })
    .from(scrapeRunPages)
    .where(and(eq(scrapeRunPages.runId, runId), inArray(scrapeRunPages.status, ['pending', 'claimed'])))
    .get();
  return row?.n ?? 0;
}

export async function updateRun(db: Db, runId: number, patch: Partial<ScrapeRun>): Promise<ScrapeRun | undefined> {
  const [row] = await db.update(scrapeRuns).set(patch).where(eq(scrapeRuns.id, runId)).returning();
  return row;
}
