/** What the database covers: per region, scheme and policy year, how many current facts. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { facts } from '../schema';

export async function factCoverage(db: Db) {
  return db
    .select({ region: facts.region, scheme: facts.scheme, year: facts.year, count: sql<number>`count(*)` })
    .from(facts)
    .where(eq(facts.current, true))
    .groupBy(facts.region, facts.scheme, facts.year)
    .orderBy(asc(facts.region), asc(facts.scheme), asc(facts.year));
}
