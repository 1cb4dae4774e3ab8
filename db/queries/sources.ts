/** Sources: the pages the scraper visits, their schedule and their health. */
import { and, asc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { chunks, VALUES_PER_STATEMENT, type Db } from '../client';
import { sources, type NewSource, type Source } from '../schema';

export type SourcePatch = Partial<Pick<Source, 'adapter' | 'enabled' | 'intervalMinutes' | 'url' | 'trust'>>;

export async function createSource(db: Db, source: NewSource): Promise<Source | null> {
  const [row] = await db.insert(sources).values(source).onConflictDoNothing({ target: sources.url }).returning();
  return row ?? null;
}

export async function findSourceByUrl(db: Db, url: string): Promise<Source | undefined> {
  return db.select().from(sources).where(eq(sources.url, url)).get();
}

/** Sources in id order after `afterId` (a page of the admin list). */
export async function listSources(db: Db, options: { limit: number; afterId: number }): Promise<Source[]> {
  return db.select().from(sources).where(gt(sources.id, options.afterId)).orderBy(asc(sources.id)).limit(options.limit);
}

export async function getSources(db: Db, ids: number[]): Promise<Source[]> {
  const found: Source[] = [];
  for (const some of chunks([...new Set(ids)].sort((a, b) => a - b), VALUES_PER_STATEMENT)) {
    found.push(...(await db.select().from(sources).where(inArray(sources.id, some)).orderBy(asc(sources.id))));
  }
  return found;
}

export async function updateSource(db: Db, id: number, patch: SourcePatch): Promise<Source | undefined> {
  const changes: Partial<Source> = { ...patch };
  // Re-enabling a source gives it a clean slate and makes it due now.
  if (patch.enabled === true) Object.assign(changes, { consecutiveFailures: 0, nextDueAt: null, lastError: null });
  const [row] = await db.update(sources).set(changes).where(eq(sources.id, id)).returning();
  return row;
}

export async function deleteSource(db: Db, id: number): Promise<boolean> {
  const rows = await db.delete(sources).where(eq(sources.id, id)).returning({ id: sources.id });
  return rows.length > 0;
}

/** Enabled sources whose next visit is due at `now`, oldest first. */
export async function dueSources(db: Db, now: string, limit: number): Promise<Source[]> {
  return db
    .select()
    .from(sources)
    .where(and(eq(sources.enabled, true), or(isNull(sources.nextDueAt), lte(sources.nextDueAt, now))))
    .orderBy(asc(sources.nextDueAt), asc(sources.id))
    .limit(limit);
}

/** Every enabled source, for a manual "scrape now". */
export async function enabledSources(db: Db, limit: number): Promise<Source[]> {
  return db.select().from(sources).where(eq(sources.enabled, true)).orderBy(asc(sources.id)).limit(limit);
}

export interface SourceOutcome {
  status: string;
  ok: boolean;
  error: string | null;
  at: string;
  /** A source failing this many runs in a row is disabled. */
  maxFailures: number;
}

/** The statement that records a visit; returned unexecuted so it joins the page's batch. */
export function recordSourceOutcome(db: Db, source: Source, outcome: SourceOutcome) {
  const nextDue = new Date(Date.parse(outcome.at) + source.intervalMinutes * 60_000).toISOString();
  const failures = outcome.ok ? 0 : source.consecutiveFailures + 1;
  return db
    .update(sources)
    .set({
      lastStatus: outcome.status,
      lastFetchedAt: outcome.at,
      nextDueAt: nextDue,
      consecutiveFailures: failures,
      lastError: outcome.ok ? null : outcome.error,
      enabled: outcome.ok || failures < outcome.maxFailures ? sql`${sources.enabled}` : false,
    })
    .where(eq(sources.id, source.id));
}
