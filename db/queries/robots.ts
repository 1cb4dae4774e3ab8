/**
 * robots.txt answers kept between scrape runs: the fetcher's `robotsCache`, in D1, so the
 * invocations of a run (one a minute) do not each ask every site for robots.txt again.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { robotsTxt } from '../schema';

/** A site's robots.txt answer in the shape the fetcher's `RobotsCache` takes (db/ does not import scrapers/). */
interface KeptRobots {
  status: number;
  body: string | null;
}

/** RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours. */
export const ROBOTS_MAX_AGE_MS = 24 * 60 * 60_000;

export function robotsCacheIn(db: Db, now: () => Date, maxAgeMs = ROBOTS_MAX_AGE_MS) {
  return {
    async get(origin: string): Promise<KeptRobots | null> {
      const row = await db.select().from(robotsTxt).where(eq(robotsTxt.origin, origin)).get();
      if (!row || now().getTime() - Date.parse(row.fetchedAt) > maxAgeMs) return null;
      return { status: row.status, body: row.body };
    },
    async put(origin: string, answer: KeptRobots): Promise<void> {
      const kept = { fetchedAt: now().toISOString(), status: answer.status, body: answer.body };
      await db.insert(robotsTxt).values({ origin, ...kept }).onConflictDoUpdate({ target: robotsTxt.origin, set: kept });
    },
  };
}
